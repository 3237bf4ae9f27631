using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Policies;

public sealed record SavedDraft(TerminationPolicy Policy, BacktestResult? Backtest, DateTimeOffset? BacktestAt);

/// <summary>Each admin's working candidate, kept with the last backtest run on it, so it survives a reload.</summary>
public sealed class PolicyDrafts(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SavedDraft?> LoadAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.PolicyDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.OwnerId == ownerId, cancellationToken);
        if (draft is null)
        {
            return null;
        }
        try
        {
            return new SavedDraft(TerminationPolicy.FromJson(draft.PolicyJson),
                draft.BacktestJson is { } result ? JsonSerializer.Deserialize<BacktestResult>(result, Json) : null, draft.BacktestAt);
        }
        catch (Exception ex) when (ex is JsonException or PolicyValidationException)
        {
            // A draft from an older shape of the policy: start again from the policy in force.
            return null;
        }
    }

    public async Task SaveAsync(string ownerId, TerminationPolicy policy, BacktestResult? backtest, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.PolicyDrafts.SingleOrDefaultAsync(d => d.OwnerId == ownerId, cancellationToken);
        if (draft is null)
        {
            draft = new PolicyDraft { OwnerId = ownerId, PolicyJson = "" };
            db.PolicyDrafts.Add(draft);
        }
        var now = clock.GetUtcNow();
        draft.PolicyJson = policy.ToJson();
        draft.BacktestJson = backtest is null ? null : JsonSerializer.Serialize(backtest, Json);
        draft.BacktestAt = backtest is null ? null : now;
        draft.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DiscardAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.PolicyDrafts.Where(d => d.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
    }
}
