using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Policies;

public sealed record SavedDraft(TerminationPolicy Policy, BacktestResult? Backtest, DateTimeOffset? BacktestAt);

/// <summary>Each admin's working candidate, kept with the last backtest run on it, so it survives a reload.</summary>
public sealed class PolicyDrafts(IDbContextFactory<ReviewDbContext> contexts, AuditLog audit, TimeProvider clock)
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
        await PutAsync(db, ownerId, policy, backtest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A backtest that ran: its result kept with the admin's draft, and its audit entry, saved together.</summary>
    public async Task RecordBacktestAsync(AuditActor actor, TerminationPolicy tested, string inForceVersion, IReadOnlyList<PolicyChange> changes,
        BacktestResult result, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (actor.UserId is { } ownerId)
        {
            await PutAsync(db, ownerId, tested, result, cancellationToken);
        }
        audit.Add(db, actor, AuditActions.BacktestRun, $"policy-candidate:{actor.Name}", inForceVersion,
            $"{result.Conversations} conversations, {result.FlipCount} flips, changes: {string.Join(", ", changes.Select(c => c.Setting))}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PutAsync(ReviewDbContext db, string ownerId, TerminationPolicy policy, BacktestResult? backtest, CancellationToken cancellationToken)
    {
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
    }

    public async Task DiscardAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.PolicyDrafts.Where(d => d.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
    }
}
