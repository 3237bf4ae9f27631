using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Features.Queue;
using EngineDecisionKind = ReviewConsole.Engine.Conversations.DecisionKind;
using StoredDecisionKind = ReviewConsole.Web.Data.Entities.DecisionKind;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Decides and stores a batch of messages in one transaction: the engine runs on each conversation's saved state,
/// messages of a conversation are taken in the order they arrived, a message id already stored gets its first
/// answer back, and a failure leaves nothing written. Terminations and safeguards open review items; account risk,
/// restriction recommendations and coordination links are kept up to date in the same transaction.
/// </summary>
/// Used by one writer at a time (the ingest pipeline, or an import): it is not thread-safe.
public sealed class IngestBatchProcessor(PolicyProvider policies, CoordinationDetector coordination, LateReadings lateReadings, TimeProvider clock)
{
    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    private readonly CoordinationLinks links = new();

    // The single writer owns the columns ingest writes, so what it last wrote is what the database holds: recent
    // conversations and accounts are kept in memory and most batches need no query at all. Any failure clears it all.
    private readonly RecentCache<CachedConversation> conversationCache = new(CacheCapacity);
    private readonly RecentCache<ChatAccount> accountCache = new(CacheCapacity);
    // Per generation (so up to twice as many): an import of a million messages must fit in a 128 MB heap.
    private const int CacheCapacity = 10_000;
    // A conversation's answers are kept up to this many messages; a longer one is then looked up in the database.
    private const int AnswersPerConversation = 1_000;
    // Accounts a reviewer changed (restriction applied, dismissed or lifted): re-read before the next batch uses them.
    private readonly ConcurrentQueue<string> staleAccounts = new();

    /// <summary>Thread-safe: the account is read again from the database before the next batch.</summary>
    public void ForgetAccount(string accountId) => staleAccounts.Enqueue(accountId);

    public async Task<IngestOutcome[]> ProcessAsync(ReviewDbContext db, IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
        while (staleAccounts.TryDequeue(out var stale))
        {
            accountCache.Remove(stale);
        }
        try
        {
            return await DecideAndWriteAsync(db, batch, cancellationToken);
        }
        catch
        {
            // What is cached may not have been committed: start again from the database.
            writer?.Dispose();
            writer = null;
            writerContext = null;
            ClearEntityCaches();
            links.Forget();
            throw;
        }
    }

    // One writer per context: its prepared statements are reused while the pipeline keeps the same context.
    private BulkWriter? writer;
    private ReviewDbContext? writerContext;

    private BulkWriter WriterFor(ReviewDbContext db)
    {
        if (!ReferenceEquals(writerContext, db) || writer is null)
        {
            writer?.Dispose();
            writer = new BulkWriter(db);
            writerContext = db;
        }
        return writer;
    }

    private void ClearEntityCaches()
    {
        conversationCache.Clear();
        accountCache.Clear();
    }

    /// <summary>
    /// A conversation as the writer last wrote it. <see cref="Answers"/> is set when this process created the
    /// conversation: then every one of its messages' answers is there, and a retry needs no look-up.
    /// </summary>
    private sealed class CachedConversation(Conversation conversation, Dictionary<string, MessageDecisionResponse>? answers)
    {
        public Conversation Conversation { get; } = conversation;
        public Dictionary<string, MessageDecisionResponse>? Answers { get; set; } = answers;
        /// <summary>The engine state <see cref="Conversation.EngineState"/> holds, once read or written.</summary>
        public ConversationState? State { get; set; }
    }

    private async Task<IngestOutcome[]> DecideAndWriteAsync(ReviewDbContext db, IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
        var inForce = policies.Current;
        var outcomes = new IngestOutcome[batch.Count];
        var conversationIds = batch.Select(m => m.ConversationId).Distinct().ToList();
        var accountIds = batch.Select(m => m.AccountId).Distinct().ToList();

        var writer = WriterFor(db);
        // Most ids the caches do not know are new ones: probe for them, and read through EF only the rows that exist.
        var storedConversations = await writer.ExistingKeysAsync<Conversation, string>(
            conversationIds.Where(id => !conversationCache.TryGet(id, out _)).ToList(), cancellationToken);
        if (storedConversations.Count > 0)
        {
            foreach (var loaded in await db.Conversations.AsNoTracking().Where(c => storedConversations.Contains(c.Id)).ToListAsync(cancellationToken))
            {
                conversationCache.Set(loaded.Id, new CachedConversation(loaded, answers: null));
            }
        }
        var storedAccounts = await writer.ExistingKeysAsync<ChatAccount, string>(
            accountIds.Where(id => !accountCache.TryGet(id, out _)).ToList(), cancellationToken);
        if (storedAccounts.Count > 0)
        {
            foreach (var loaded in await db.Accounts.AsNoTracking().Where(a => storedAccounts.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                accountCache.Set(loaded.Id, loaded);
            }
        }
        // Only conversations whose answers are not all in memory (stored before this process started, or long) can
        // hold messages the cache does not know.
        var notAllKnown = conversationIds.Where(id => conversationCache.TryGet(id, out var cached) && cached.Answers is null).ToList();
        var existing = notAllKnown.Count > 0 ? await FindStoredAsync(db, batch, notAllKnown, cancellationToken) : [];
        var writes = new Writes();
        var states = new Dictionary<string, (CachedConversation Entry, ConversationState State)>(StringComparer.Ordinal);
        var accepted = new Dictionary<(string, string), Message>();
        var now = clock.GetUtcNow();

        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            var key = (message.ConversationId, message.MessageId);
            conversationCache.TryGet(message.ConversationId, out var cached);
            if (cached?.Answers is { } answers && answers.TryGetValue(message.MessageId, out var answered))
            {
                outcomes[i] = new IngestOutcome.Decided(answered with { Replayed = true });
                continue;
            }
            if (existing.TryGetValue(key, out var stored) || accepted.TryGetValue(key, out stored))
            {
                outcomes[i] = new IngestOutcome.Decided(Respond(stored, message.ConversationId, replayed: true));
                continue;
            }

            if (!accountCache.TryGet(message.AccountId, out var account))
            {
                account = new ChatAccount { Id = message.AccountId, FirstSeenAt = message.SentAt, LastSeenAt = message.SentAt, RiskAsOf = message.SentAt };
                accountCache.Set(account.Id, account);
                writes.NewAccounts.Add(account);
                links.AccountCreated(account.Id);
            }
            if (cached is null)
            {
                var started = new Conversation { Id = message.ConversationId, AccountId = account.Id, StartedAt = message.SentAt, LastMessageAt = message.SentAt };
                cached = new CachedConversation(started, answers: []);
                conversationCache.Set(started.Id, cached);
                writes.NewConversations.Add(started);
                account.ConversationCount++;
                started.StartRisk = inForce.Accounts.ScoreAt(RiskOf(account), message.SentAt);
                states[started.Id] = (cached, inForce.Accounts.StartConversation(RiskOf(account), message.SentAt));
            }
            else if (cached.Conversation.AccountId != message.AccountId)
            {
                outcomes[i] = new IngestOutcome.Conflict("accountId", $"Conversation '{cached.Conversation.Id}' belongs to another account.");
                continue;
            }
            var conversation = cached.Conversation;
            var state = states.TryGetValue(conversation.Id, out var known) ? known.State : cached.State ?? ReadState(conversation);

            Decision decision;
            if (message.Role == MessageRole.User)
            {
                var analysis = message.Analysis ?? (inForce.ModelLater
                    ? inForce.Engine.Analyzer.Analyze(message.Text, (SemanticScores?)null)
                    : inForce.Engine.Analyze(message.Text));
                var late = inForce.ModelLater && !state.Ended ? lateReadings.Take(conversation.Id, state.UserMessages, inForce.Engine.Analyzer) : null;
                (decision, var next) = inForce.Engine.Decide(state, analysis, late);
                if (decision.Kind == EngineDecisionKind.Rejected)
                {
                    outcomes[i] = new IngestOutcome.ConversationEnded(conversation.Id, conversation.EndedAt);
                    continue;
                }
                state = next;
                if (inForce.ModelLater && !next.Ended && inForce.Engine.LeftToTheModel(analysis))
                {
                    lateReadings.Enqueue(conversation.Id, next.UserMessages, message.Text, message.Suspicion);
                }
            }
            else
            {
                decision = inForce.Engine.AssistantMessage(state);
            }
            states[conversation.Id] = (cached, state);

            var row = new Message
            {
                ExternalId = message.MessageId,
                ConversationId = conversation.Id,
                Sequence = conversation.MessageCount + 1,
                Role = message.Role,
                Text = message.Text,
                TokenCount = message.TokenCount,
                SentAt = message.SentAt,
                DeviceFingerprint = message.DeviceFingerprint,
                NetworkFingerprint = message.NetworkFingerprint,
                Decision = ToStored(decision),
                Reason = (int)decision.Reason,
                Score = decision.MessageScore,
                Warnings = decision.Warnings,
                Strikes = decision.Strikes,
                PolicyVersion = inForce.Version,
            };
            writes.Messages.Add(row);
            writes.Touched(account, conversation);
            accepted[key] = row;
            outcomes[i] = new IngestOutcome.Decided(Respond(row, conversation.Id, replayed: false));

            var crisisSeenBefore = conversation.CrisisSeen;
            UpdateConversation(conversation, message, decision, state);
            account.LastSeenAt = message.SentAt > account.LastSeenAt ? message.SentAt : account.LastSeenAt;
            account.TotalTokens += message.TokenCount;
            if (message.Role != MessageRole.User)
            {
                continue;
            }

            var riskBefore = RiskOf(account);
            var risk = inForce.Accounts.Observe(riskBefore, decision, message.SentAt);
            if (!ReferenceEquals(risk, riskBefore))
            {
                WriteRisk(account, risk);
            }
            if (decision.Kind != EngineDecisionKind.Continue)
            {
                RecordDecision(writes, conversation, account, row, decision, crisisSeenBefore, inForce.Accounts.ScoreAt(risk, message.SentAt), now);
            }
            if (decision.Reason == DecisionReason.PersistentAbuse)
            {
                account.TerminationCount++;
                account.AbusiveTokens += conversation.TotalTokens;
                RecommendRestriction(writes, account, inForce.Accounts.Recommend(risk, message.SentAt), now);
            }

            var flagged = decision.MessageScore > 0;
            links.Observe(account.Id, coordination.Observe(new AccountActivity(account.Id, message.SentAt, message.Text, flagged,
                message.DeviceFingerprint, message.NetworkFingerprint, message.Signature)), message.SentAt);
        }

        foreach (var (entry, state) in states.Values)
        {
            entry.Conversation.EngineState = JsonSerializer.Serialize(state, StateJson);
            entry.State = state;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await links.WriteAsync(db, writer, cancellationToken);
        await writes.ApplyAsync(writer, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Every accepted message's conversation was decided in this batch, so its cache entry is in states.
        foreach (var ((conversationId, messageId), row) in accepted)
        {
            var cached = states[conversationId].Entry;
            if (cached.Answers is { } answers)
            {
                answers[messageId] = Respond(row, conversationId, replayed: false);
                if (answers.Count > AnswersPerConversation)
                {
                    cached.Answers = null;
                }
            }
        }
        return outcomes;
    }

    /// <summary>The answer already given for a stored message (the idempotent replay).</summary>
    public static MessageDecisionResponse Respond(Message row, string conversationId, bool replayed)
    {
        var reason = (DecisionReason)row.Reason;
        var kind = row.Decision switch
        {
            StoredDecisionKind.Warn => EngineDecisionKind.Warn,
            StoredDecisionKind.Terminate or StoredDecisionKind.EndedByUser => EngineDecisionKind.Terminate,
            StoredDecisionKind.Safeguard => EngineDecisionKind.Safeguard,
            _ => EngineDecisionKind.Continue,
        };
        return new MessageDecisionResponse(conversationId, row.ExternalId, JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()),
            JsonNamingPolicy.CamelCase.ConvertName(reason.ToString()), UserNotices.For(kind, reason), row.Warnings, row.Strikes,
            row.PolicyVersion, replayed);
    }

    public static ConversationState ReadState(Conversation conversation) =>
        conversation.EngineState is { Length: > 0 } json
            ? JsonSerializer.Deserialize<ConversationState>(json, StateJson) ?? ConversationState.New
            : ConversationState.New;

    public static AccountRisk RiskOf(ChatAccount account) => new()
    {
        Score = account.RiskScore,
        AsOf = account.RiskAsOf,
        Terminations = account.RecentTerminations is { Length: > 0 } json
            ? JsonSerializer.Deserialize<ImmutableArray<DateTimeOffset>>(json, StateJson)
            : [],
    };

    private static void WriteRisk(ChatAccount account, AccountRisk risk)
    {
        account.RiskScore = risk.Score;
        account.RiskAsOf = risk.AsOf;
        account.RecentTerminations = risk.Terminations.IsEmpty ? null : JsonSerializer.Serialize(risk.Terminations, StateJson);
    }

    private static async Task<Dictionary<(string, string), Message>> FindStoredAsync(
        ReviewDbContext db, IReadOnlyList<IngestMessage> batch, List<string> conversationIds, CancellationToken cancellationToken)
    {
        var messageIds = batch.Select(m => m.MessageId).Distinct().ToList();
        var rows = await db.Messages.AsNoTracking()
            .Where(m => conversationIds.Contains(m.ConversationId) && messageIds.Contains(m.ExternalId))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(m => (m.ConversationId, m.ExternalId));
    }

    private static void UpdateConversation(Conversation conversation, IngestMessage message, Decision decision, ConversationState state)
    {
        conversation.MessageCount++;
        conversation.TotalTokens += message.TokenCount;
        conversation.LastMessageAt = message.SentAt > conversation.LastMessageAt ? message.SentAt : conversation.LastMessageAt;
        conversation.Warnings = state.Warnings;
        conversation.Strikes = state.Strikes.Length;
        conversation.CrisisSeen |= state.CrisisActive;
        if (state.Ended && conversation.Status == ConversationStatus.Open)
        {
            conversation.Status = decision.Reason == DecisionReason.UserRequestedEnd ? ConversationStatus.EndedByUser : ConversationStatus.Terminated;
            conversation.EndedAt = message.SentAt;
        }
        conversation.Version = Guid.NewGuid();
    }

    private static void RecordDecision(Writes writes, Conversation conversation, ChatAccount account, Message row, Decision decision,
        bool crisisSeenBefore, double accountRisk, DateTimeOffset now)
    {
        var top = decision.TopSignal;
        var record = new EngineDecisionRecord
        {
            ConversationId = conversation.Id,
            Message = row,
            Kind = ToStored(decision),
            Reason = (int)decision.Reason,
            TopCategory = top?.Category.ToString(),
            Severity = (int)(top?.Severity ?? 0),
            Score = decision.MessageScore,
            Warnings = decision.Warnings,
            Strikes = decision.Strikes,
            PolicyVersion = decision.PolicyVersion,
            ExplanationJson = DecisionExplanation.ToJson(decision),
            DecidedAt = row.SentAt,
        };
        writes.Decisions.Add(record);

        // Terminations for abuse and the first safeguard of a conversation go to the review queue.
        var opensItem = decision.Reason == DecisionReason.PersistentAbuse
            || (decision.Reason == DecisionReason.Crisis && !crisisSeenBefore);
        if (!opensItem)
        {
            return;
        }
        writes.ReviewItems.Add(new ReviewItem
        {
            ConversationId = conversation.Id,
            AccountId = account.Id,
            Decision = record,
            Kind = record.Kind,
            Status = ReviewStatus.Pending,
            Category = record.TopCategory,
            Severity = record.Severity,
            Priority = ReviewPriority.Of(record.Kind, record.Severity, accountRisk),
            PolicyVersion = record.PolicyVersion,
            // When the decision was made (imports and the demo world replay history), never in the future.
            CreatedAt = row.SentAt < now ? row.SentAt : now,
        });
    }

    private static void RecommendRestriction(Writes writes, ChatAccount account, RestrictionRecommendation? recommendation, DateTimeOffset now)
    {
        if (recommendation is null || account.RestrictionState != RestrictionState.None)
        {
            return;
        }
        account.RestrictionState = RestrictionState.Recommended;
        account.Version = Guid.NewGuid();
        writes.RestrictionRecommended.Add(account);
        writes.Restrictions.Add(new AccountRestriction
        {
            AccountId = account.Id,
            Status = RestrictionStatus.Recommended,
            Reason = recommendation.Explain(),
            CreatedAt = now,
        });
    }

    private static StoredDecisionKind ToStored(Decision decision) => decision.Kind switch
    {
        EngineDecisionKind.Warn => StoredDecisionKind.Warn,
        EngineDecisionKind.Terminate => decision.Reason == DecisionReason.UserRequestedEnd ? StoredDecisionKind.EndedByUser : StoredDecisionKind.Terminate,
        EngineDecisionKind.Safeguard => StoredDecisionKind.Safeguard,
        _ => StoredDecisionKind.Continue,
    };

    /// <summary>
    /// Everything a batch changes, written in dependency order in one transaction. Updates set only the columns ingest
    /// owns, so a reviewer's concurrent edit of the same account (its restriction) is never overwritten.
    /// </summary>
    private sealed class Writes
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
}
