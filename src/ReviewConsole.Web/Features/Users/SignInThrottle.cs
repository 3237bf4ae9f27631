using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReviewConsole.Web.Features.Users;

public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Attempts one client address may make at once, and how often one more is allowed.</summary>
    public int AddressBurst { get; set; } = 10;
    public double AddressRefillSeconds { get; set; } = 6;

    /// <summary>
    /// Attempts on one account at once, and how often one more is allowed: with the lockout at 10 failures, locking
    /// someone out takes minutes of attempts, not five requests.
    /// </summary>
    public int AccountBurst { get; set; } = 3;
    public double AccountRefillSeconds { get; set; } = 60;
}

/// <summary>
/// Sign-in attempts are rationed per client address and per account before the password is even checked: a refused
/// attempt counts toward no lockout, so guessing and locking others out are both slowed to a crawl.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> addresses = Limiter(options.Value.AddressBurst, options.Value.AddressRefillSeconds);
    private readonly PartitionedRateLimiter<string> accounts = Limiter(options.Value.AccountBurst, options.Value.AccountRefillSeconds);

    /// <summary>True when the attempt may go ahead; otherwise how long until the next one may.</summary>
    public bool TryAttempt(IPAddress? address, string email, out TimeSpan retryAfter)
    {
        foreach (var (limiter, key) in new[] { (addresses, address?.ToString() ?? "unknown"), (accounts, email.Trim().ToUpperInvariant()) })
        {
            using var lease = limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return false;
            }
        }
        retryAfter = TimeSpan.Zero;
        return true;
    }

    private static PartitionedRateLimiter<string> Limiter(int burst, double refillSeconds) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(0.001, refillSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        addresses.Dispose();
        accounts.Dispose();
    }
}
