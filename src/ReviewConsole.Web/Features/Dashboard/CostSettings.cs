using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary>The figures the cost metrics use (defaults from the product description, ../shared/PRODUCT.md); an admin changes them.</summary>
public sealed record CostSettings
{
    public double DollarsPerThousandTokens { get; init; } = 2.50;
    public int TypicalAbusiveSessionTokens { get; init; } = 12_000;
    public int TypicalAbusiveSessionMinutes { get; init; } = 47;
    public double ModeratorHourlyCost { get; init; } = 28;
    public double LegalHourlyCost { get; init; } = 450;
    /// <summary>Hours of legal review one escalation takes (the product description gives the rate, not the time).</summary>
    public double LegalHoursPerEscalation { get; init; } = 1;

    public static CostSettings Default { get; } = new();

    public ComputeCosts Compute => new(DollarsPerThousandTokens, TypicalAbusiveSessionTokens);

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Range(string name, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                errors.Add($"{name} is {value}; it must be between {min} and {max}.");
            }
        }
        Range("Dollars per 1,000 tokens", DollarsPerThousandTokens, 0, 1000);
        Range("Typical abusive session tokens", TypicalAbusiveSessionTokens, 0, 10_000_000);
        Range("Typical abusive session minutes", TypicalAbusiveSessionMinutes, 0, 10_000);
        Range("Moderator hourly cost", ModeratorHourlyCost, 0, 10_000);
        Range("Legal hourly cost", LegalHourlyCost, 0, 100_000);
        Range("Legal hours per escalation", LegalHoursPerEscalation, 0, 1000);
        return errors;
    }
}

/// <summary>Reads and saves the cost settings (one row in Settings), audited, with optimistic concurrency.</summary>
public sealed class CostSettingsStore(IDbContextFactory<ReviewDbContext> contexts, IMemoryCache cache, AuditLog audit, RollupState rollups, TimeProvider clock)
{
    public const string Key = "costs";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(CostSettings Settings, Guid Version)> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key, out (CostSettings, Guid) cached))
        {
            return cached;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        var result = row is null ? (CostSettings.Default, Guid.Empty) : (JsonSerializer.Deserialize<CostSettings>(row.Value, Json) ?? CostSettings.Default, row.Version);
        cache.Set(Key, result, TimeSpan.FromMinutes(5));
        return result;
    }

    /// <returns>An error to show, or null when saved.</returns>
    public async Task<string?> SaveAsync(CostSettings settings, Guid expectedVersion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (settings.Validate() is { Count: > 0 } errors)
        {
            return string.Join(" ", errors);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        var before = row?.Value;
        if ((row?.Version ?? Guid.Empty) != expectedVersion)
        {
            return "Someone else changed the cost settings since you opened them: reload to see theirs.";
        }
        if (row is null)
        {
            row = new Setting { Key = Key, Value = "" };
            db.Settings.Add(row);
        }
        row.Value = JsonSerializer.Serialize(settings, Json);
        row.UpdatedAt = clock.GetUtcNow();
        row.Version = Guid.NewGuid();
        audit.Add(db, actor, AuditActions.CostSettingsChanged, "settings:costs", before ?? JsonSerializer.Serialize(CostSettings.Default, Json), row.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return "Someone else changed the cost settings since you opened them: reload to see theirs.";
        }
        cache.Remove(Key);
        // Compute avoided is rolled up with the typical session size: every day is counted again.
        rollups.RequestRebuild();
        return null;
    }
}
