using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Accounts;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Features.Queue;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Decides and stores a batch of messages in one transaction: the engine runs on each conversation's saved state,
/// messages of a conversation are taken in the order they arrived, a message id already stored gets its first
/// answer back, and a failure leaves nothing written. Terminations and safeguards open review items
/// (<see cref="ReviewItemRule"/>); account risk (<see cref="AccountRiskColumns"/>), restriction recommendations and
/// coordination links are kept up to date in the same transaction. What it last wrote is kept in <see cref="IngestCache"/>;
/// what a batch changes is written by <see cref="IngestWrites"/>.
/// </summary>
/// Used by one writer at a time (the ingest pipeline, or an import): it is not thread-safe.
public sealed class IngestBatchProcessor(PolicyProvider policies, CoordinationDetector coordination, LateReadings lateReadings, IngestCache cache,
    TimeProvider clock) : IDisposable
{
    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    private readonly CoordinationLinks links = new();

    // One writer per context: its prepared statements are reused while the pipeline keeps the same context.
    private BulkWriter? writer;
    private ReviewDbContext? writerContext;

    public async Task<IngestOutcome[]> ProcessAsync(ReviewDbContext db, IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
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
            cache.Clear();
            links.Forget();
            throw;
        }
    }

    public void Dispose()
    {
        writer?.Dispose();
        writer = null;
    }

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

    private async Task<IngestOutcome[]> DecideAndWriteAsync(ReviewDbContext db, IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
        var inForce = policies.Current;
        var outcomes = new IngestOutcome[batch.Count];
        var conversationIds = batch.Select(m => m.ConversationId).Distinct().ToList();
        var accountIds = batch.Select(m => m.AccountId).Distinct().ToList();

        var writer = WriterFor(db);
        await cache.LoadAsync(db, writer, conversationIds, accountIds, cancellationToken);
        // Only conversations whose answers are not all in memory (stored before this process started, or long) can
        // hold messages the cache does not know.
        var notAllKnown = conversationIds.Where(id => cache.TryGetConversation(id, out var cached) && cached.Answers is null).ToList();
        var existing = notAllKnown.Count > 0 ? await FindStoredAsync(db, batch, notAllKnown, cancellationToken) : [];
        var writes = new IngestWrites();
        var states = new Dictionary<string, (CachedConversation Entry, ConversationState State)>(StringComparer.Ordinal);
        var accepted = new Dictionary<(string, string), Message>();
        var now = clock.GetUtcNow();

        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            var key = (message.ConversationId, message.MessageId);
            cache.TryGetConversation(message.ConversationId, out var cached);
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

            if (!cache.TryGetAccount(message.AccountId, out var account))
            {
                account = new ChatAccount { Id = message.AccountId, FirstSeenAt = message.SentAt, LastSeenAt = message.SentAt, RiskAsOf = message.SentAt };
                cache.Add(account);
                writes.NewAccounts.Add(account);
                links.AccountCreated(account.Id);
            }
            if (cached is null)
            {
                var started = new Conversation { Id = message.ConversationId, AccountId = account.Id, StartedAt = message.SentAt, LastMessageAt = message.SentAt };
                cached = new CachedConversation(started, answers: []);
                cache.Add(cached);
                writes.NewConversations.Add(started);
                account.ConversationCount++;
                started.StartRisk = inForce.Accounts.ScoreAt(AccountRiskColumns.Read(account), message.SentAt);
                states[started.Id] = (cached, inForce.Accounts.StartConversation(AccountRiskColumns.Read(account), message.SentAt));
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
                if (decision.Kind == DecisionKind.Rejected)
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
                Decision = decision.Kind,
                Reason = decision.Reason,
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

            var riskBefore = AccountRiskColumns.Read(account);
            var risk = inForce.Accounts.Observe(riskBefore, decision, message.SentAt);
            if (!ReferenceEquals(risk, riskBefore))
            {
                AccountRiskColumns.Write(account, risk);
            }
            if (decision.Kind != DecisionKind.Continue)
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
            states[conversationId].Entry.Answered(messageId, Respond(row, conversationId, replayed: false));
        }
        return outcomes;
    }

    /// <summary>The answer already given for a stored message (the idempotent replay).</summary>
    public static MessageDecisionResponse Respond(Message row, string conversationId, bool replayed)
        => new(conversationId, row.ExternalId, JsonNamingPolicy.CamelCase.ConvertName(row.Decision.ToString()),
            JsonNamingPolicy.CamelCase.ConvertName(row.Reason.ToString()), UserNotices.For(row.Decision, row.Reason), row.Warnings, row.Strikes,
            row.PolicyVersion, replayed);

    public static ConversationState ReadState(Conversation conversation) =>
        conversation.EngineState is { Length: > 0 } json
            ? JsonSerializer.Deserialize<ConversationState>(json, StateJson) ?? ConversationState.New
            : ConversationState.New;

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

    private static void RecordDecision(IngestWrites writes, Conversation conversation, ChatAccount account, Message row, Decision decision,
        bool crisisSeenBefore, double accountRisk, DateTimeOffset now)
    {
        var top = decision.TopSignal;
        var record = new EngineDecisionRecord
        {
            ConversationId = conversation.Id,
            Message = row,
            Kind = decision.Kind,
            Reason = decision.Reason,
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

        if (ReviewItemRule.Opens(decision, crisisSeenBefore))
        {
            writes.ReviewItems.Add(ReviewItemRule.ItemFor(record, account.Id, accountRisk, now));
        }
    }

    private static void RecommendRestriction(IngestWrites writes, ChatAccount account, RestrictionRecommendation? recommendation, DateTimeOffset now)
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
}
