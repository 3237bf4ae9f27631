using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Accounts;

public sealed record AccountPanel(
    string AccountId,
    double Risk,
    RestrictionState Restriction,
    int Conversations,
    int Terminations,
    long TotalTokens,
    long AbusiveTokens,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    IReadOnlyList<AccountPanel.ConversationLine> RecentConversations,
    IReadOnlyList<AccountPanel.RestrictionLine> Restrictions,
    IReadOnlyList<AccountPanel.LinkLine> Links,
    IReadOnlyList<AccountPanel.AppealLine> Appeals)
{
    public sealed record ConversationLine(string Id, DateTimeOffset StartedAt, ConversationStatus Status, int Messages, int Strikes, bool Crisis);
    public sealed record RestrictionLine(long Id, RestrictionStatus Status, string Reason, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, Guid Version);
    public sealed record LinkLine(string OtherAccountId, LinkKind Kind, string Evidence, DateTimeOffset LastSeenAt);
    public sealed record AppealLine(long Id, string ConversationId, AppealStatus Status, DateTimeOffset CreatedAt);
}

/// <summary>Everything a reviewer needs to know about an account beside a transcript: a handful of indexed reads.</summary>
public sealed class AccountPanelQuery(IDbContextFactory<ReviewDbContext> contexts, PolicyProvider policies, TimeProvider clock)
{
    public const int Recent = 20;

    public async Task<AccountPanel?> LoadAsync(string accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderByDescending(c => c.StartedAt).Take(Recent)
            .Select(c => new AccountPanel.ConversationLine(c.Id, c.StartedAt, c.Status, c.MessageCount, c.Strikes, c.CrisisSeen))
            .ToListAsync(cancellationToken);
        var restrictions = await db.Restrictions.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderByDescending(r => r.Id).Take(Recent)
            .Select(r => new AccountPanel.RestrictionLine(r.Id, r.Status, r.Reason, r.CreatedAt, r.DecidedAt, r.Version))
            .ToListAsync(cancellationToken);
        var outgoing = await db.AccountLinks.AsNoTracking().Where(l => l.AccountId == accountId)
            .OrderByDescending(l => l.Id).Take(Recent)
            .Select(l => new AccountPanel.LinkLine(l.LinkedAccountId, l.Kind, l.Evidence, l.LastSeenAt))
            .ToListAsync(cancellationToken);
        var incoming = await db.AccountLinks.AsNoTracking().Where(l => l.LinkedAccountId == accountId)
            .OrderByDescending(l => l.Id).Take(Recent)
            .Select(l => new AccountPanel.LinkLine(l.AccountId, l.Kind, l.Evidence, l.LastSeenAt))
            .ToListAsync(cancellationToken);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.AccountId == accountId)
            .OrderByDescending(a => a.Id).Take(Recent)
            .Select(a => new AccountPanel.AppealLine(a.Id, a.ConversationId, a.Status, a.CreatedAt))
            .ToListAsync(cancellationToken);

        var risk = policies.Current.Accounts.ScoreAt(AccountRiskColumns.Read(account), clock.GetUtcNow());
        return new AccountPanel(account.Id, Math.Round(risk, 2), account.RestrictionState, account.ConversationCount, account.TerminationCount,
            account.TotalTokens, account.AbusiveTokens, account.FirstSeenAt, account.LastSeenAt, conversations, restrictions,
            [.. outgoing.Concat(incoming).OrderByDescending(l => l.LastSeenAt).Take(Recent)], appeals);
    }
}
