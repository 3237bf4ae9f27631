using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Transcripts;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `workspace --db FILE [--items 1000000] [--runs 30]`: times the reviewer workspace's own queries (the console's
/// ReviewQueue and TranscriptQuery, on the console's EF model) on a large SQLite database, such as one made by
/// `seed --conversations 1000000`. Migrates it first. With --items, tops the review queue up to that many items by
/// copying existing ones (with jittered priorities and times) so the queue holds as many as the target asks. Adds one
/// 1,000-message conversation for the transcript timing if the database has none.
/// </summary>
public static class WorkspaceBench
{
    private static readonly int[] PendingDepths = [0, 1_000, 10_000, 100_000, 500_000, 900_000];
    private static readonly int[] LabelledDepths = [100_000, 500_000];

    private const string LongConversation = "bench-long-1000";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = IngestLoad.ParseOptions(args, "workspace --db FILE [--items N] [--runs 30]", "db");
        var database = options["db"];
        var items = int.Parse(options.GetValueOrDefault("items", "0"), CultureInfo.InvariantCulture);
        var runs = int.Parse(options.GetValueOrDefault("runs", "30"), CultureInfo.InvariantCulture);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSetup.ConnectionStringSetting] = $"Data Source={Path.GetFullPath(database)}" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddMemoryCache().AddSingleton(TimeProvider.System);
        services.AddReviewDatabase(configuration, Directory.GetCurrentDirectory());
        services.AddScoped<ReviewQueue>();
        services.AddScoped<TranscriptQuery>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));

        var clock = Stopwatch.StartNew();
        await db.Database.MigrateAsync();
        Console.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:0.0} s");
        await TopUpAsync(db, items);
        await EnsureLongConversationAsync(db);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");

        var queue = scope.ServiceProvider.GetRequiredService<ReviewQueue>();
        var total = await db.ReviewItems.CountAsync();
        var pending = await db.ReviewItems.CountAsync(r => r.Status == ReviewStatus.Pending);
        Console.WriteLine($"review items: {total:N0} ({pending:N0} pending)");
        Console.WriteLine($"{"query",-44} {"median ms",10} {"p95 ms",8} {"max ms",8}");

        foreach (var depth in PendingDepths.Where(d => d < pending))
        {
            var byPriority = new QueueQuery();
            var cursor = await CursorAtAsync(db, byPriority, depth);
            await TimeAsync($"queue page, priority, depth {depth:N0}", runs, () => queue.PageAsync(byPriority, cursor));
            var newest = new QueueQuery { Sort = QueueSort.Newest };
            var newestCursor = await CursorAtAsync(db, newest, depth);
            await TimeAsync($"queue page, newest, depth {depth:N0}", runs, () => queue.PageAsync(newest, newestCursor));
        }
        var labelled = await db.ReviewItems.CountAsync(r => r.Status == ReviewStatus.Labelled);
        foreach (var depth in LabelledDepths.Where(d => d < labelled))
        {
            var done = new QueueQuery { Status = ReviewStatus.Labelled };
            var cursor = await CursorAtAsync(db, done, depth);
            await TimeAsync($"labelled items, priority, depth {depth:N0}", runs, () => queue.PageAsync(done, cursor));
        }
        await TimeAsync("queue page, crisis view", runs, () => queue.PageAsync(new QueueQuery { View = QueueView.Crisis }, null));
        await TimeAsync("queue page, legal view", runs, () => queue.PageAsync(new QueueQuery { View = QueueView.Legal }, null));
        var category = await db.ReviewItems.Where(r => r.Category != null).Select(r => r.Category).FirstAsync();
        await TimeAsync($"queue page, category {category}", runs, () => queue.PageAsync(new QueueQuery { Category = category }, null));
        var account = await db.ReviewItems.OrderByDescending(r => r.Id).Select(r => r.AccountId).FirstAsync();
        await TimeAsync("queue page, one account", runs, () => queue.PageAsync(new QueueQuery { AccountId = account }, null));
        await TimeAsync("next free item", runs, () => queue.NextFreeAsync(new QueueQuery(), null, "bench-user"));
        await TimeAsync("counts per status (uncached)", Math.Min(runs, 5), () =>
        {
            queue.InvalidateCounts();
            return queue.CountsAsync();
        });
        await TimeAsync("counts per status (cached)", runs, () => queue.CountsAsync());

        var transcripts = scope.ServiceProvider.GetRequiredService<TranscriptQuery>();
        var loaded = await transcripts.LoadAsync(LongConversation);
        await TimeAsync($"transcript of {loaded!.Messages.Length:N0} messages", runs, () => transcripts.LoadAsync(LongConversation));
        var typical = await db.ReviewItems.OrderBy(r => r.Id).Select(r => r.ConversationId).FirstAsync();
        await TimeAsync("transcript of a typical flagged conversation", runs, () => transcripts.LoadAsync(typical));
        return 0;
    }

    private static async Task<QueueCursor?> CursorAtAsync(ReviewDbContext db, QueueQuery query, int depth)
    {
        if (depth == 0)
        {
            return null;
        }
        // Set-up only (OFFSET walks the rows): the timed page starts after this row, as "Next" would.
        var status = query.EffectiveStatus;
        var items = db.ReviewItems.Where(r => r.Status == status);
        var ordered = query.Sort == QueueSort.Priority
            ? items.OrderByDescending(r => r.Priority).ThenBy(r => r.Id)
            : items.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
        return await ordered.Skip(depth - 1).Select(r => new QueueCursor(r.Priority, r.CreatedAt, r.Id)).FirstAsync();
    }

    private static async Task TimeAsync<T>(string name, int runs, Func<Task<T>> query)
    {
        await query();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name,-44} {times[times.Count / 2],10:0.00} {times[(int)Math.Min(times.Count - 1, Math.Ceiling(times.Count * 0.95) - 1)],8:0.00} {times[^1],8:0.00}");
    }

    private static async Task TopUpAsync(ReviewDbContext db, int target)
    {
        var count = await db.ReviewItems.CountAsync();
        var clock = Stopwatch.StartNew();
        while (count < target)
        {
            var batch = Math.Min(count, target - count);
            // Copies point at the same conversations and decisions (the foreign keys hold); priorities and times are
            // jittered so the copies spread through the sort orders instead of sitting beside their originals. Times
            // are stored as EF's DateTimeOffset binary: (ticks / 1000) << 11 | offset, so the jitter keeps the low 11 bits.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO ReviewItems (ConversationId, AccountId, DecisionId, Kind, Status, Category, Severity, Priority, PolicyVersion,
                                         CreatedAt, ClaimedById, ClaimExpiresAt, ResolvedAt, ResolvedById, ResolvedByName, Version)
                SELECT ConversationId, AccountId, DecisionId, Kind, Status, Category, Severity,
                       round(Priority - (abs(random()) % 5000) / 100.0, 2), PolicyVersion,
                       CreatedAt - ((abs(random()) % 4000000000) << 11), NULL, NULL, ResolvedAt, ResolvedById, ResolvedByName, Version
                FROM ReviewItems ORDER BY Id LIMIT {0}
                """, batch);
            count += batch;
        }
        if (clock.ElapsedMilliseconds > 0 && target > 0)
        {
            Console.WriteLine($"review items topped up to {count:N0} in {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task EnsureLongConversationAsync(ReviewDbContext db)
    {
        if (await db.Conversations.AnyAsync(c => c.Id == LongConversation))
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Conversations (Id, AccountId, StartedAt, LastMessageAt, Status, MessageCount, TotalTokens, Warnings, Strikes, CrisisSeen, EndedAt, EngineState, Version)
            SELECT {0}, AccountId, StartedAt, LastMessageAt, 0, 1000, 0, 0, 0, 0, NULL, NULL, Version FROM Conversations LIMIT 1
            """, LongConversation);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Messages (ExternalId, ConversationId, Sequence, Role, Text, TokenCount, SentAt, DeviceFingerprint, NetworkFingerprint,
                                  Decision, Reason, Score, Warnings, Strikes, PolicyVersion)
            SELECT 'b' || Id, {0}, ROW_NUMBER() OVER (ORDER BY Id), Role, Text, TokenCount, SentAt, NULL, NULL,
                   Decision, Reason, Score, Warnings, Strikes, PolicyVersion
            FROM (SELECT * FROM Messages ORDER BY Id LIMIT 1000)
            """, LongConversation);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Decisions (ConversationId, MessageId, Kind, Reason, TopCategory, Severity, Score, Warnings, Strikes, PolicyVersion, ExplanationJson, DecidedAt)
            SELECT m.ConversationId, m.Id, m.Decision, m.Reason, NULL, 0, m.Score, m.Warnings, m.Strikes, m.PolicyVersion,
                   (SELECT ExplanationJson FROM Decisions ORDER BY Id LIMIT 1), m.SentAt
            FROM Messages m WHERE m.ConversationId = {0} AND m.Decision <> 0
            """, LongConversation);
    }
}
