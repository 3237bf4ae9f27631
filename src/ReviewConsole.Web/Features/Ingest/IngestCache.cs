using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Recent conversations and accounts as the single ingest writer last wrote them. The writer owns the columns ingest
/// writes, so what it last wrote is what the database holds: most batches need no query at all. Any failed batch clears
/// it all (<see cref="Clear"/>); an account a reviewer changed is read again before the next batch (<see cref="ForgetAccount"/>).
/// </summary>
public sealed class IngestCache
{
    // Per generation (so up to twice as many): an import of a million messages must fit in a 128 MB heap.
    private const int Capacity = 10_000;

    /// <summary>A conversation's answers are kept up to this many messages; a longer one is then looked up in the database.</summary>
    public const int AnswersPerConversation = 1_000;

    private readonly RecentCache<CachedConversation> conversations = new(Capacity);
    private readonly RecentCache<ChatAccount> accounts = new(Capacity);
    private readonly ConcurrentQueue<string> staleAccounts = new();

    /// <summary>Thread-safe: the account is read again from the database before the next batch.</summary>
    public void ForgetAccount(string accountId) => staleAccounts.Enqueue(accountId);

    public void Clear()
    {
        conversations.Clear();
        accounts.Clear();
    }

    internal bool TryGetConversation(string id, [MaybeNullWhen(false)] out CachedConversation conversation) => conversations.TryGet(id, out conversation);

    internal void Add(CachedConversation conversation) => conversations.Set(conversation.Conversation.Id, conversation);

    internal bool TryGetAccount(string id, [MaybeNullWhen(false)] out ChatAccount account) => accounts.TryGet(id, out account);

    internal void Add(ChatAccount account) => accounts.Set(account.Id, account);

    /// <summary>
    /// Drops the accounts reviewers changed, then reads the batch's conversations and accounts the cache does not hold.
    /// Most ids it does not know are new ones: it probes for them, and reads through EF only the rows that exist.
    /// </summary>
    internal async Task LoadAsync(ReviewDbContext db, BulkWriter writer, IReadOnlyCollection<string> conversationIds, IReadOnlyCollection<string> accountIds,
        CancellationToken cancellationToken)
    {
        while (staleAccounts.TryDequeue(out var stale))
        {
            accounts.Remove(stale);
        }
        var storedConversations = await writer.ExistingKeysAsync<Conversation, string>(
            [.. conversationIds.Where(id => !conversations.TryGet(id, out _))], cancellationToken);
        if (storedConversations.Count > 0)
        {
            foreach (var loaded in await db.Conversations.AsNoTracking().Where(c => storedConversations.Contains(c.Id)).ToListAsync(cancellationToken))
            {
                conversations.Set(loaded.Id, new CachedConversation(loaded, answers: null));
            }
        }
        var storedAccounts = await writer.ExistingKeysAsync<ChatAccount, string>([.. accountIds.Where(id => !accounts.TryGet(id, out _))], cancellationToken);
        if (storedAccounts.Count > 0)
        {
            foreach (var loaded in await db.Accounts.AsNoTracking().Where(a => storedAccounts.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                accounts.Set(loaded.Id, loaded);
            }
        }
    }
}

/// <summary>
/// A conversation as the writer last wrote it. <see cref="Answers"/> is set when this process created the
/// conversation: then every one of its messages' answers is there, and a retry needs no look-up.
/// </summary>
internal sealed class CachedConversation(Conversation conversation, Dictionary<string, MessageDecisionResponse>? answers)
{
    public Conversation Conversation { get; } = conversation;

    public Dictionary<string, MessageDecisionResponse>? Answers { get; set; } = answers;

    /// <summary>The engine state <see cref="Conversation.EngineState"/> holds, once read or written.</summary>
    public ConversationState? State { get; set; }

    /// <summary>Keeps a committed message's answer, until the conversation has too many to keep.</summary>
    public void Answered(string messageId, MessageDecisionResponse answer)
    {
        if (Answers is { } answers)
        {
            answers[messageId] = answer;
            if (answers.Count > IngestCache.AnswersPerConversation)
            {
                Answers = null;
            }
        }
    }
}
