using ReviewConsole.Engine.Time;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// Finds accounts that act together, over a sliding window of recent activity kept in memory (bounded by
/// <c>capacity</c> messages; the oldest go first). Near-duplicate flagged messages are found by MinHash over the
/// words and word pairs of their normalized text, with locality-sensitive banding so each message is compared only
/// with likely matches, never with the whole window. Thread-safe.
/// </summary>
public sealed class CoordinationDetector
{
    /// <summary>The most other accounts a hint names: enough to show a campaign, bounded however large it grows.</summary>
    public const int MaxAccountsPerHint = 20;

    /// <summary>The share of MinHash slots two messages must share: an estimate of their word-set (Jaccard) similarity.</summary>
    public const double NearDuplicateSimilarity = 0.5;

    /// <summary>The most earlier messages one message is compared with.</summary>
    private const int MaxCandidatesExamined = 256;

    private readonly Func<TerminationPolicy> policyInForce;
    private readonly Lock gate = new();
    private readonly NearDuplicateWindow window;
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> networks = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private DateTimeOffset newest;
    private long observations;

    /// <summary>How far past the clock a message's time may advance the window: beyond it, the time is taken as now.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public CoordinationDetector(TerminationPolicy policy, int capacity = 200_000, TimeProvider? clock = null)
        : this(Fixed(policy.EnsureValid()), capacity, clock)
    {
    }

    /// <param name="policyInForce">Read at every observation, so a published policy's windows and counts apply to the next message.</param>
    /// <param name="capacity">Messages held for near-duplicate comparison at most.</param>
    /// <param name="clock">Bounds the window's "now": one message stamped in year 9999 must not age every other message out.</param>
    public CoordinationDetector(Func<TerminationPolicy> policyInForce, int capacity = 200_000, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.policyInForce = policyInForce;
        this.clock = clock ?? TimeProvider.System;
        window = new NearDuplicateWindow(capacity);
    }

    private static Func<TerminationPolicy> Fixed(TerminationPolicy policy) => () => policy;

    private TerminationPolicy Policy => policyInForce();

    /// <summary>The messages currently held for near-duplicate comparison.</summary>
    public int WindowCount
    {
        get
        {
            lock (gate)
            {
                return window.Count;
            }
        }
    }

    /// <summary>Records the activity and returns what it has in common with other accounts (empty when nothing).</summary>
    public IReadOnlyList<CoordinationHint> Observe(AccountActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var latestCredible = clock.GetUtcNow() + FutureTolerance;
        if (activity.At > latestCredible)
        {
            activity = activity with { At = latestCredible };
        }
        var signature = activity.Flagged ? (activity.Signature ?? NearDuplicateSignature.Of(activity.Text)).Hashes : null;
        List<CoordinationHint>? hints = null;
        lock (gate)
        {
            if (activity.At > newest)
            {
                newest = activity.At;
            }
            Evict();
            if (activity.DeviceFingerprint is { Length: > 0 } device)
            {
                var accounts = Remember(devices, device, activity);
                if (accounts.Count >= 2)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.SharedDevice, Ordered(accounts, activity.AccountId),
                        $"{accounts.Count} accounts used this device within {Policy.FingerprintWindowDays} days."));
                }
            }
            if (activity.Flagged && activity.NetworkFingerprint is { Length: > 0 } network)
            {
                var accounts = Remember(networks, network, activity);
                if (accounts.Count >= Policy.CoordinationMinAccounts)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.SharedNetwork, Ordered(accounts, activity.AccountId),
                        $"{accounts.Count} accounts with flagged messages came from this network within {Policy.FingerprintWindowDays} days."));
                }
            }
            if (signature is not null)
            {
                // The most recent senders first: they are the campaign's live accounts, and the newest evidence for a reviewer.
                var similar = window.FindSimilar(signature, activity.AccountId, NearDuplicateSimilarity, MaxAccountsPerHint, MaxCandidatesExamined);
                if (similar.Count + 1 >= Policy.CoordinationMinAccounts)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.NearDuplicateMessages, [activity.AccountId, .. similar],
                        $"{similar.Count + 1} accounts sent nearly the same flagged message within {Policy.CoordinationWindowMinutes} minutes."));
                }
                window.Add(activity.AccountId, activity.At, signature);
            }
            if (++observations % 4096 == 0)
            {
                Sweep(devices);
                Sweep(networks);
            }
        }
        return (IReadOnlyList<CoordinationHint>?)hints ?? [];
    }

    private void Evict() => window.RemoveOlderThan(SaturatingTime.Before(newest, TimeSpan.FromMinutes(Policy.CoordinationWindowMinutes)));

    private Dictionary<string, DateTimeOffset> Remember(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string fingerprint, AccountActivity activity)
    {
        if (!index.TryGetValue(fingerprint, out var accounts))
        {
            index[fingerprint] = accounts = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }
        var oldest = SaturatingTime.Before(newest, TimeSpan.FromDays(Policy.FingerprintWindowDays));
        foreach (var (account, lastSeen) in accounts)
        {
            if (lastSeen < oldest)
            {
                accounts.Remove(account);
            }
        }
        if (!accounts.TryGetValue(activity.AccountId, out var lastSeenHere) || activity.At > lastSeenHere)
        {
            accounts[activity.AccountId] = activity.At;
        }
        return accounts;
    }

    private void Sweep(Dictionary<string, Dictionary<string, DateTimeOffset>> index)
    {
        var oldest = SaturatingTime.Before(newest, TimeSpan.FromDays(Policy.FingerprintWindowDays));
        foreach (var (fingerprint, accounts) in index)
        {
            foreach (var (account, lastSeen) in accounts)
            {
                if (lastSeen < oldest)
                {
                    accounts.Remove(account);
                }
            }
            if (accounts.Count == 0)
            {
                index.Remove(fingerprint);
            }
        }
    }

    /// <summary>The current account, then the others, most recently seen first, at most <see cref="MaxAccountsPerHint"/>.</summary>
    private static List<string> Ordered(Dictionary<string, DateTimeOffset> accounts, string current) =>
        [current, .. accounts.Where(a => a.Key != current).OrderByDescending(a => a.Value).Take(MaxAccountsPerHint).Select(a => a.Key)];
}
