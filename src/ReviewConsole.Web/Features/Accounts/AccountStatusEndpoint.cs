using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Api;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Accounts;

/// <summary><c>GET /api/v1/accounts/{accountId}/status</c>: what the chat product needs to know about an account.</summary>
public static class AccountStatusEndpoint
{
    public sealed record Status(
        string AccountId,
        string Restriction,
        double Risk,
        int Conversations,
        int Terminations,
        IReadOnlyList<RestrictionView> Restrictions,
        IReadOnlyList<TerminationView> RecentTerminations,
        IReadOnlyList<AppealView> Appeals);

    public sealed record RestrictionView(long Id, string Status, string Reason, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt);

    /// <param name="Review">Where the review stands (NotQueued, Pending, SecondOpinion, Escalated, Labelled).</param>
    /// <param name="Verdict">The latest verdict (Correct, FalsePositive, EscalateToLegal, SecondOpinion), its false-positive reason and
    /// when it was given. The reviewer's name stays inside the console: reviewers of abuse are not named to the product.</param>
    public sealed record TerminationView(string ConversationId, DateTimeOffset? EndedAt, string Review, string? Verdict = null,
        string? VerdictReason = null, DateTimeOffset? ReviewedAt = null);

    public sealed record AppealView(long Id, string ConversationId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? Reason);

    public static void MapAccountStatusEndpoint(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{accountId}/status", GetAsync)
            .WithName("GetAccountStatus")
            .WithSummary("Restrictions, risk, recent terminations and appeal outcomes of an account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Status>, ProblemHttpResult>> GetAsync(string accountId, ReviewDbContext db, PolicyProvider policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return ApiProblems.NotFound($"No account '{accountId}' is known.");
        }
        var restrictions = await db.Restrictions.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderByDescending(r => r.CreatedAt).Take(20)
            .Select(r => new RestrictionView(r.Id, r.Status.ToString(), r.Reason, r.CreatedAt, r.DecidedAt))
            .ToListAsync(cancellationToken);
        var terminated = await db.Conversations.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.Status == ConversationStatus.Terminated)
            .OrderByDescending(c => c.EndedAt).Take(20)
            .Select(c => new { c.Id, c.EndedAt })
            .ToListAsync(cancellationToken);
        var ids = terminated.Select(t => t.Id).ToList();
        var reviews = await db.ReviewItems.AsNoTracking()
            .Where(r => ids.Contains(r.ConversationId) && r.Kind == DecisionKind.Terminate)
            .Select(r => new
            {
                r.ConversationId,
                r.Status,
                r.ResolvedAt,
                Latest = r.Labels.OrderByDescending(l => l.Id).Select(l => new { l.Verdict, l.FalsePositiveReason }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.AccountId == accountId)
            .OrderByDescending(a => a.CreatedAt).Take(20)
            .Select(a => new AppealView(a.Id, a.ConversationId, a.Status.ToString(), a.CreatedAt, a.ResolvedAt, a.ResolutionReason))
            .ToListAsync(cancellationToken);

        var risk = policies.Current.Accounts.ScoreAt(AccountRiskColumns.Read(account), clock.GetUtcNow());
        return TypedResults.Ok(new Status(
            account.Id,
            account.RestrictionState.ToString(),
            Math.Round(risk, 3),
            account.ConversationCount,
            account.TerminationCount,
            restrictions,
            [.. terminated.Select(t => reviews.FirstOrDefault(r => r.ConversationId == t.Id) is { } review
                ? new TerminationView(t.Id, t.EndedAt, review.Status.ToString(), review.Latest?.Verdict.ToString(),
                    review.Latest?.FalsePositiveReason?.ToString(), review.Latest is null ? null : review.ResolvedAt)
                : new TerminationView(t.Id, t.EndedAt, "NotQueued"))],
            appeals));
    }
}
