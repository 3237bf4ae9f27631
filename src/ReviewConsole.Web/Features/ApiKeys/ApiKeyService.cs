using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.ApiKeys;

/// <summary>A key just created: the only moment its secret exists outside the caller's hands.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Key);

/// <summary>
/// Creates, lists, revokes and checks API keys. A key is 32 random bytes; only its SHA-256 is stored (a key this
/// long needs no slow hash), with its first characters so admins can tell keys apart. Checks are cached for a second
/// in memory, so a key revoked anywhere (the admin page, or `apikey revoke` in another process) stops working within
/// a second; revoking through this service clears the cache at once. A second still spares the database all but one
/// look-up per key and second under load.
/// </summary>
public sealed class ApiKeyService(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Prefix = "rck_";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, (ApiClientIdentity? Client, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    /// <summary>A new key, stored hashed, and its audit entry, committed together; the key itself is returned once.</summary>
    public async Task<CreatedApiKey> CreateAsync(string name, AuditActor actor, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > 128)
        {
            throw new ArgumentException("An API key needs a name of 1 to 128 characters.", nameof(name));
        }
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var client = new ApiClient
        {
            Name = name,
            KeyHash = Hash(key),
            KeyPrefix = key[..(Prefix.Length + 6)],
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actor.UserId,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Add(db, actor, AuditActions.ApiKeyCreated, $"api-key:{client.Id}", after: client.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedApiKey(client.Id, client.Name, key);
    }

    /// <summary>Revokes a key; false when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(int id, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null || client.RevokedAt is not null)
        {
            return false;
        }
        client.RevokedAt = clock.GetUtcNow();
        scope.ServiceProvider.GetRequiredService<AuditLog>().Add(db, actor, AuditActions.ApiKeyRevoked, $"api-key:{client.Id}", before: client.Name);
        await db.SaveChangesAsync(cancellationToken);
        cache.Clear();
        return true;
    }

    public async Task<List<ApiClient>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await db.ApiClients.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The client a presented key belongs to; null when the key is unknown or revoked.</summary>
    public async Task<ApiClientIdentity?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 128)
        {
            return null;
        }
        var hash = Hash(key);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Client;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var client = await db.ApiClients.AsNoTracking()
            .Where(c => c.KeyHash == hash && c.RevokedAt == null)
            .Select(c => new ApiClientIdentity(c.Id, c.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }
        cache[hash] = (client, now + CacheFor);
        return client;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record ApiClientIdentity(int Id, string Name);
