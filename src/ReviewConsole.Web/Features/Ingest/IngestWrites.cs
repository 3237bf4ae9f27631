using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Everything a batch changes, written in dependency order in one transaction. Updates set only the columns ingest
/// owns, so a reviewer's concurrent edit of the same account (its restriction) is never overwritten.
/// </summary>
internal sealed class IngestWrites
{
    public List<ChatAccount> NewAccounts { get; } = [];
    public List<Conversation> NewConversations { get; } = [];
    public List<Message> Messages { get; } = [];
    public List<EngineDecisionRecord> Decisions { get; } = [];
    public List<ReviewItem> ReviewItems { get; } = [];
    public List<AccountRestriction> Restrictions { get; } = [];
    public List<ChatAccount> RestrictionRecommended { get; } = [];
    private readonly HashSet<ChatAccount> touchedAccounts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Conversation> touchedConversations = new(ReferenceEqualityComparer.Instance);

    public void Touched(ChatAccount account, Conversation conversation)
    {
        touchedAccounts.Add(account);
        touchedConversations.Add(conversation);
    }

    public async Task ApplyAsync(BulkWriter writer, CancellationToken cancellationToken)
    {
        foreach (var account in NewAccounts)
        {
            await writer.InsertAsync(account, cancellationToken);
        }
        foreach (var conversation in NewConversations)
        {
            await writer.InsertAsync(conversation, cancellationToken);
        }
        foreach (var message in Messages)
        {
            await writer.InsertAsync(message, cancellationToken);
        }
        foreach (var decision in Decisions)
        {
            decision.MessageId = decision.Message!.Id;
            await writer.InsertAsync(decision, cancellationToken);
        }
        foreach (var item in ReviewItems)
        {
            item.DecisionId = item.Decision!.Id;
            await writer.InsertAsync(item, cancellationToken);
        }
        foreach (var restriction in Restrictions)
        {
            await writer.InsertAsync(restriction, cancellationToken);
        }
        foreach (var account in touchedAccounts.Where(a => !NewAccounts.Contains(a)))
        {
            await writer.UpdateAsync<ChatAccount>(account.Id,
            [
                (nameof(ChatAccount.LastSeenAt), account.LastSeenAt),
                (nameof(ChatAccount.TotalTokens), account.TotalTokens),
                (nameof(ChatAccount.ConversationCount), account.ConversationCount),
                (nameof(ChatAccount.TerminationCount), account.TerminationCount),
                (nameof(ChatAccount.AbusiveTokens), account.AbusiveTokens),
                (nameof(ChatAccount.RiskScore), account.RiskScore),
                (nameof(ChatAccount.RiskAsOf), account.RiskAsOf),
                (nameof(ChatAccount.RecentTerminations), account.RecentTerminations),
            ], null, cancellationToken);
        }
        foreach (var account in RestrictionRecommended.Where(a => !NewAccounts.Contains(a)))
        {
            await writer.UpdateAsync<ChatAccount>(account.Id,
                [(nameof(ChatAccount.RestrictionState), RestrictionState.Recommended), (nameof(ChatAccount.Version), account.Version)],
                (nameof(ChatAccount.RestrictionState), RestrictionState.None), cancellationToken);
        }
        foreach (var conversation in touchedConversations.Where(c => !NewConversations.Contains(c)))
        {
            await writer.UpdateAsync<Conversation>(conversation.Id,
            [
                (nameof(Conversation.Status), conversation.Status),
                (nameof(Conversation.MessageCount), conversation.MessageCount),
                (nameof(Conversation.TotalTokens), conversation.TotalTokens),
                (nameof(Conversation.LastMessageAt), conversation.LastMessageAt),
                (nameof(Conversation.Warnings), conversation.Warnings),
                (nameof(Conversation.Strikes), conversation.Strikes),
                (nameof(Conversation.CrisisSeen), conversation.CrisisSeen),
                (nameof(Conversation.EndedAt), conversation.EndedAt),
                (nameof(Conversation.EngineState), conversation.EngineState),
                (nameof(Conversation.Version), conversation.Version),
            ], null, cancellationToken);
        }
    }
}
