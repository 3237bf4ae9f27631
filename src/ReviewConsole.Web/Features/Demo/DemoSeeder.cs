using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Demo;

/// <summary>What a seed run produced; <see cref="Messages"/> counts the messages stored.</summary>
public sealed record SeedResult(int Conversations, int Messages, int ReviewItems, int Labels, int Appeals, TimeSpan Elapsed);

/// <summary>
/// Fills the database with the demo world through the live engine path (the ingest writer), then has the demo
/// reviewer label most older review items — false positives where the simulator knows the conversation was benign —
/// and files appeals against some terminations, a few of them already decided.
/// </summary>
public sealed class DemoSeeder(IngestPipeline pipeline, PolicyProvider policies, IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    private const int ChunkMessages = 2000;
    private const int ReviewPage = 2000;

    public async Task<SeedResult> SeedAsync(int conversations, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        // The simulator's ground truth is kept only for conversations the engine flagged (a tenth or so): those are the
        // ones the demo reviewer labels, and a million conversations' worth would not fit the memory budget.
        var kinds = new Dictionary<string, DemoKind>(StringComparer.Ordinal);
        var pendingKinds = new Dictionary<string, DemoKind>(StringComparer.Ordinal);
        var chunk = new List<IngestMessage>(ChunkMessages + 16);
        var done = 0;
        var messages = 0;
        var ingest = new ChunkedIngest(pipeline, policies, (submitted, outcomes) =>
        {
            messages += Stored(outcomes);
            foreach (var outcome in outcomes)
            {
                if (outcome is IngestOutcome.Decided { Response: { Replayed: false, Decision: "terminate" or "safeguard" } response }
                    && pendingKinds.TryGetValue(response.ConversationId, out var kind))
                {
                    kinds[response.ConversationId] = kind;
                }
            }
            foreach (var message in submitted)
            {
                pendingKinds.Remove(message.ConversationId);
            }
        });
        foreach (var conversation in new DemoWorld(seed).Generate(conversations, now))
        {
            pendingKinds[conversation.Id] = conversation.Kind;
            chunk.AddRange(conversation.Messages);
            done++;
            if (chunk.Count >= ChunkMessages)
            {
                await ingest.SubmitAsync(chunk, cancellationToken);
                chunk = new List<IngestMessage>(ChunkMessages + 16);
                progress?.Report(done);
            }
        }
        await ingest.SubmitAsync(chunk, cancellationToken);
        await ingest.FlushAsync();
        progress?.Report(done);

        var (items, labels, appeals) = await ReviewAsync($"demo-{seed}-", kinds, now, new Random(seed), cancellationToken);
        logger.Seeded(done, messages, labels, appeals);
        return new SeedResult(done, messages, items, labels, appeals, started.Elapsed);
    }

    // Messages sent after their conversation was terminated are refused, exactly as live.
    private static int Stored(IngestOutcome[] outcomes) => outcomes.Count(o => o is IngestOutcome.Decided { Response.Replayed: false });

    private async Task<(int Items, int Labels, int Appeals)> ReviewAsync(string prefix, Dictionary<string, DemoKind> kinds, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var reviewer = (await users.GetUsersInRoleAsync(Roles.Reviewer)).OrderBy(u => u.Email).FirstOrDefault();
        if (reviewer is null)
        {
            return (await db.ReviewItems.CountAsync(r => r.ConversationId.StartsWith(prefix), cancellationToken), 0, 0);
        }

        // In pages of items, each saved and forgotten, so a million conversations' review stays in bounded memory.
        var total = 0;
        var labels = 0;
        var appeals = 0;
        var after = 0L;
        while (true)
        {
            var items = await db.ReviewItems.Where(r => r.Id > after && r.ConversationId.StartsWith(prefix)).OrderBy(r => r.Id).Take(ReviewPage).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                break;
            }
            after = items[^1].Id;
            total += items.Count;
            foreach (var item in items)
                {
                // Recent items stay in the queue; most older ones have been reviewed.
                if (item.CreatedAt > now.AddDays(-2) || random.NextDouble() > 0.75)
                {
                    continue;
                }
                var kind = kinds.GetValueOrDefault(item.ConversationId);
                var benign = kind is DemoKind.Benign or DemoKind.BenignSensitive;
                var verdict = benign ? LabelVerdict.FalsePositive : random.NextDouble() < 0.04 ? LabelVerdict.EscalateToLegal : LabelVerdict.Correct;
                var labelledAt = item.CreatedAt.AddMinutes(30 + random.Next(0, 60 * 36));
                db.Labels.Add(new ReviewLabel
                {
                    ReviewItemId = item.Id,
                    ReviewerId = reviewer.Id,
                    ReviewerName = reviewer.UserName ?? reviewer.Id,
                    Verdict = verdict,
                    FalsePositiveReason = benign ? (random.Next(3) switch { 0 => FalsePositiveReason.HistoricalAnalysis, 1 => FalsePositiveReason.CreativeWriting, _ => FalsePositiveReason.TechnicalDocumentation }) : null,
                    Note = benign ? "Sensitive words, harmless request." : null,
                    // Review time is heavy-tailed: most items take a minute or two, a few much longer.
                    SecondsSpent = (int)Math.Min(1800, 45 / Math.Pow(1 - random.NextDouble(), 0.5)),
                    CreatedAt = labelledAt,
                });
                item.Status = verdict == LabelVerdict.EscalateToLegal ? ReviewStatus.Escalated : ReviewStatus.Labelled;
                item.ResolvedAt = labelledAt;
                item.ResolvedById = reviewer.Id;
                item.ResolvedByName = reviewer.UserName;
                item.Version = Guid.NewGuid();
                labels++;

                if (item.Kind == DecisionKind.Terminate && random.NextDouble() < (benign ? 0.8 : 0.12))
                {
                    var resolved = random.NextDouble() < 0.7;
                    db.Appeals.Add(new Appeal
                    {
                        ConversationId = item.ConversationId,
                        AccountId = item.AccountId,
                        Text = benign ? "I was asking about history for a school essay, not planning anything." : "This is unfair, I was only joking.",
                        Status = !resolved ? AppealStatus.Open : benign ? AppealStatus.Overturned : AppealStatus.Upheld,
                        CreatedAt = labelledAt.AddHours(2),
                        ResolvedById = resolved ? reviewer.Id : null,
                        ResolvedAt = resolved ? labelledAt.AddHours(26) : null,
                        ResolutionReason = !resolved ? null : benign ? "Historical question; the termination was a false positive." : "Repeated requests to hurt a named person.",
                    });
                    appeals++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return (total, labels, appeals);
    }
}

internal static partial class DemoSeederLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo world seeded: {Conversations} conversations, {Messages} messages, {Labels} labels, {Appeals} appeals")]
    public static partial void Seeded(this ILogger logger, int conversations, int messages, int labels, int appeals);
}
