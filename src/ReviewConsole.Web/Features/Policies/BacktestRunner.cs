using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Policies;

public enum BacktestScope
{
    /// <summary>Conversations whose termination a reviewer labelled correct or false positive.</summary>
    Labelled,
    /// <summary>Every conversation started in the date range, labelled or not.</summary>
    AllHistory,
}

/// <param name="CandidateModel">A retrained semantic model the candidate brings; null: both sides read messages with the model in force.</param>
public sealed record BacktestRequest(TerminationPolicy Candidate, BacktestScope Scope, DateTimeOffset? From = null, DateTimeOffset? To = null,
    SemanticModel? CandidateModel = null);

public sealed record BacktestProgress(int Done, int Total);

/// <summary>
/// Replays history under the current policy and a candidate, side by side. One reader streams conversations from the
/// database in chunks (a chunk's messages found by conversation, put in sequence in memory) into a small bounded channel;
/// one worker per core replays them, each with its own engines and tally; the tallies are merged at the end. Memory is
/// bounded by the channel, not by the history. Labelled conversations are read as ingest reads them: with the semantic
/// model in force when there is one, and the candidate's own model on the candidate's side (<see cref="ReadsWithModel"/>).
/// </summary>
public sealed class BacktestRunner(IDbContextFactory<ReviewDbContext> contexts, PolicyProvider policies)
{
    public const int ChunkSize = 500;

    public async Task<BacktestResult> RunAsync(BacktestRequest request, ComputeCosts costs, IProgress<BacktestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var inForce = policies.Current;
        var current = inForce.Policy;
        var candidate = request.Candidate.EnsureValid();
        var chunks = Channel.CreateBounded<List<BacktestConversation>>(new BoundedChannelOptions(4) { SingleWriter = true });
        var total = await CountAsync(request, cancellationToken);
        var done = 0;
        progress?.Report(new BacktestProgress(0, total));

        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            var replay = Replay(ReadsWithModel(request) ? inForce.Semantic : null, current, candidate, request.CandidateModel);
            var tally = new BacktestTally();
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var conversation in chunk)
                {
                    var (before, after) = replay.Replay(conversation);
                    tally.Add(conversation, before, after, costs);
                }
                progress?.Report(new BacktestProgress(Interlocked.Add(ref done, chunk.Count), total));
            }
            return tally;
        }, cancellationToken)).ToList();

        try
        {
            await ReadAsync(request, chunks.Writer, cancellationToken);
            chunks.Writer.Complete();
        }
        catch (Exception ex)
        {
            chunks.Writer.Complete(ex);
            throw;
        }
        var tallies = await Task.WhenAll(workers);
        var result = tallies[0];
        foreach (var other in tallies.Skip(1))
        {
            result.Merge(other);
        }
        return result.Result(costs);
    }

    /// <summary>
    /// The labelled history (bounded by what reviewers labelled) is read with the model, as ingest read it. All of
    /// history is read by the rules alone: at ≈6 ms a message the encoder would take hours on a large one.
    /// </summary>
    public static bool ReadsWithModel(BacktestRequest request) => request.Scope == BacktestScope.Labelled || request.CandidateModel is not null;

    private static PolicyBacktest Replay(SemanticStage? inForce, TerminationPolicy current, TerminationPolicy candidate, SemanticModel? candidateModel)
    {
        if (inForce is null)
        {
            return new PolicyBacktest(current, candidate);
        }
        // One encoding per message for both sides: the two models differ only in their heads.
        var encoder = new LastEncodings(inForce.Encoder);
        var currentAnalyzer = new MessageAnalyzer(semantic: new SemanticStage(encoder, inForce.Model, inForce.Cascade));
        var candidateAnalyzer = candidateModel is null ? currentAnalyzer : new MessageAnalyzer(semantic: new SemanticStage(encoder, candidateModel, inForce.Cascade));
        return new PolicyBacktest(current, candidate, currentAnalyzer, candidateAnalyzer);
    }

    private async Task<int> CountAsync(BacktestRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return request.Scope == BacktestScope.Labelled
            ? await LabelledTerminations(db).Select(l => l.ConversationId).Distinct().CountAsync(cancellationToken)
            : await InRange(db, request).CountAsync(cancellationToken);
    }

    private async Task ReadAsync(BacktestRequest request, ChannelWriter<List<BacktestConversation>> writer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (request.Scope == BacktestScope.Labelled)
        {
            // Bounded by the labelled history (a few dozen bytes each), not by the messages.
            var labelled = await LabelledTerminations(db).ToListAsync(cancellationToken);
            var verdicts = labelled.GroupBy(l => l.ConversationId, StringComparer.Ordinal).Select(g => g.First()).ToList();
            foreach (var chunk in verdicts.Chunk(ChunkSize))
            {
                await writer.WriteAsync(await LoadAsync(db, chunk.ToDictionary(v => v.ConversationId, v => ((bool?)v.Abusive, v.Category)), cancellationToken), cancellationToken);
            }
            return;
        }

        // Keyset over (StartedAt, Id), the order of the StartedAt index, so each chunk reads only its own rows.
        (DateTimeOffset StartedAt, string Id)? after = null;
        while (true)
        {
            var page = InRange(db, request);
            if (after is var (startedAt, id))
            {
#pragma warning disable CA1309 // EF Core translates string.Compare(a, b) to the database's comparison; the ordinal overload has no translation.
                page = page.Where(c => c.StartedAt > startedAt || (c.StartedAt == startedAt && string.Compare(c.Id, id) > 0));
#pragma warning restore CA1309
            }
            var rows = await page.OrderBy(c => c.StartedAt).ThenBy(c => c.Id).Select(c => new { c.Id, c.StartedAt })
                .Take(ChunkSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }
            after = (rows[^1].StartedAt, rows[^1].Id);
            var ids = rows.Select(r => r.Id).ToList();
            var known = await VerdictsOfAsync(db, ids, cancellationToken);
            await writer.WriteAsync(await LoadAsync(db, ids.ToDictionary(id => id, id => known.GetValueOrDefault(id)), cancellationToken), cancellationToken);
        }
    }

    private static async Task<List<BacktestConversation>> LoadAsync(ReviewDbContext db, Dictionary<string, (bool? Abusive, string? Category)> wanted,
        CancellationToken cancellationToken)
    {
        var ids = wanted.Keys.ToList();
        var starts = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.StartRisk, c.Status }).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
        var rows = await db.Messages.AsNoTracking().Where(m => ids.Contains(m.ConversationId))
            .Select(m => new { m.ConversationId, m.Sequence, m.Role, m.Text, m.TokenCount })
            .ToListAsync(cancellationToken);
        var conversations = new List<BacktestConversation>(wanted.Count);
        foreach (var group in rows.GroupBy(r => r.ConversationId, StringComparer.Ordinal))
        {
            var (abusive, category) = wanted[group.Key];
            var start = starts.GetValueOrDefault(group.Key);
            conversations.Add(new BacktestConversation(group.Key,
                [.. group.OrderBy(r => r.Sequence).Select(r => new BacktestMessage(r.Role == MessageRole.User, r.Text, r.TokenCount))], abusive, category,
                start?.StartRisk ?? 0, EndedByTermination: start?.Status == ConversationStatus.Terminated));
        }
        return conversations;
    }

    /// <summary>The latest verdict on each termination, where it is a verdict (correct or false positive).</summary>
    private static IQueryable<ReviewItemVerdict> LabelledTerminations(ReviewDbContext db)
    {
        var latest = db.Labels.GroupBy(l => l.ReviewItemId).Select(g => g.Max(l => l.Id));
        return from label in db.Labels
               where latest.Contains(label.Id) && (label.Verdict == LabelVerdict.Correct || label.Verdict == LabelVerdict.FalsePositive)
               join item in db.ReviewItems on label.ReviewItemId equals item.Id
               where item.Kind == DecisionKind.Terminate
               select new ReviewItemVerdict { ConversationId = item.ConversationId, Abusive = label.Verdict == LabelVerdict.Correct, Category = item.Category };
    }

    /// <summary>
    /// The latest verdict on the terminations of these conversations, found from the conversations' side (indexed), not
    /// by grouping every label in the database once per chunk.
    /// </summary>
    private static async Task<Dictionary<string, (bool? Abusive, string? Category)>> VerdictsOfAsync(ReviewDbContext db, List<string> ids,
        CancellationToken cancellationToken)
    {
        var labels = await (from item in db.ReviewItems
                            where ids.Contains(item.ConversationId) && item.Kind == DecisionKind.Terminate
                            join label in db.Labels on item.Id equals label.ReviewItemId
                            select new { item.ConversationId, item.Category, label.Id, label.Verdict })
            .ToListAsync(cancellationToken);
        return labels.GroupBy(l => l.ConversationId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(l => l.Id)!)
            .Where(l => l.Verdict is LabelVerdict.Correct or LabelVerdict.FalsePositive)
            .ToDictionary(l => l.ConversationId, l => ((bool?)(l.Verdict == LabelVerdict.Correct), (string?)l.Category), StringComparer.Ordinal);
    }

    /// <summary>A plain class with settable members, so EF can keep composing (filter, distinct, count) after the projection.</summary>
    private sealed class ReviewItemVerdict
    {
        public string ConversationId { get; init; } = "";
        public bool Abusive { get; init; }
        public string? Category { get; init; }
    }

    private static IQueryable<Conversation> InRange(ReviewDbContext db, BacktestRequest request)
    {
        var conversations = db.Conversations.AsNoTracking();
        if (request.From is { } from)
        {
            conversations = conversations.Where(c => c.StartedAt >= from);
        }
        if (request.To is { } to)
        {
            conversations = conversations.Where(c => c.StartedAt < to);
        }
        return conversations;
    }
}
