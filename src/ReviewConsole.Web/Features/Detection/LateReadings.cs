using System.Collections.Concurrent;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// Semantic timing "next message": the ingest writer hands over each user message the rules let through, one thread
/// reads them with the encoder in batches, and the writer takes a conversation's reading when its next message arrives
/// (<see cref="Engine.Conversations.TerminationEngine.Decide(Engine.Conversations.ConversationState, MessageAnalysis, MessageAnalysis?)"/>).
/// Ingest never waits for the encoder. When messages come faster than the encoder reads (≈330 a second on 2 cores),
/// the model's gate (microseconds) ranks what waits: the most suspicious messages are read first and the least
/// suspicious are dropped — they keep the rules' answer — and counted. A reading that comes after the next message is
/// discarded, never applied to a later one.
/// </summary>
public sealed class LateReadings : BackgroundService
{
    public const int QueueCapacity = 4096;
    private const int BatchSize = 16;
    // Under full load the encoder gets about a tenth of a core (the kernel weighs nice 10 at 110 against 1,024).
    private const int BackgroundNice = 10;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly PolicyProvider policies;
    private readonly TimeProvider clock;
    private readonly ILogger<LateReadings> logger;
    private readonly Lock gate = new();
    // Ordered by the gate's probability (then arrival): the last is read next, the first is dropped when full.
    private readonly SortedSet<Waiting> waiting = new(WaitingOrder.Instance);
    private readonly SemaphoreSlim signal = new(0);
    private long arrivals;
    private readonly ConcurrentDictionary<string, Reading> ready = new(StringComparer.Ordinal);
    private long queued, read, dropped, applied, stale;

    public LateReadings(PolicyProvider policies, TimeProvider clock, ILogger<LateReadings> logger)
    {
        this.policies = policies;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>How many messages were handed over, read, dropped unread, applied to a next message, and read too late.</summary>
    public (long Queued, long Read, long Dropped, long Applied, long Stale) Counts =>
        (Interlocked.Read(ref queued), Interlocked.Read(ref read), Interlocked.Read(ref dropped), Interlocked.Read(ref applied), Interlocked.Read(ref stale));

    /// <summary>Hands over user message number <paramref name="userMessage"/> of a conversation, for the encoder to read.</summary>
    /// <param name="suspicion">The model's gate probability for the text: the most suspicious are read first.</param>
    public void Enqueue(string conversationId, int userMessage, string text, float suspicion)
    {
        Interlocked.Increment(ref queued);
        var item = new Waiting(conversationId, userMessage, text, suspicion, Interlocked.Increment(ref arrivals));
        lock (gate)
        {
            waiting.Add(item);
            if (waiting.Count > QueueCapacity)
            {
                waiting.Remove(waiting.Min!);
                Interlocked.Increment(ref dropped);
            }
        }
        // One pending wake-up is enough: the reader empties what waits before it sleeps again.
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    /// <summary>
    /// The model's reading of the conversation's user message number <paramref name="userMessage"/> (the one before the
    /// message being decided), combined with the rules as <paramref name="analyzer"/> combines them; null when it has
    /// not been read (yet).
    /// </summary>
    public MessageAnalysis? Take(string conversationId, int userMessage, MessageAnalyzer analyzer)
    {
        if (!ready.TryRemove(conversationId, out var reading))
        {
            return null;
        }
        if (reading.UserMessage != userMessage)
        {
            Interlocked.Increment(ref stale);
            return null;
        }
        Interlocked.Increment(ref applied);
        return analyzer.Analyze(reading.Text, reading.Scores);
    }

    // A thread of its own, below the request threads: the encoder uses what the cores have left.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        ThreadNiceness.TryLower(BackgroundNice);
        var batch = new List<Waiting>(BatchSize);
        var lastSweep = clock.GetUtcNow();
        try
        {
            while (true)
            {
                stoppingToken.ThrowIfCancellationRequested();
                lock (gate)
                {
                    while (batch.Count < BatchSize && waiting.Max is { } next)
                    {
                        waiting.Remove(next);
                        batch.Add(next);
                    }
                }
                if (batch.Count == 0)
                {
                    signal.Wait(stoppingToken);
                    continue;
                }
                ReadBatch(batch);
                batch.Clear();
                if (clock.GetUtcNow() - lastSweep > KeptFor)
                {
                    lastSweep = clock.GetUtcNow();
                    Sweep(lastSweep - KeptFor);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void ReadBatch(List<Waiting> batch)
    {
        if (policies.Current.Semantic is not { } stage)
        {
            return;
        }
        try
        {
            var scores = stage.ScoreMany([.. batch.Select(w => w.Text)]);
            var now = clock.GetUtcNow();
            for (var i = 0; i < batch.Count; i++)
            {
                ready[batch[i].ConversationId] = new Reading(batch[i].UserMessage, batch[i].Text, scores[i], now);
            }
            Interlocked.Add(ref read, batch.Count);
        }
        catch (Exception ex)
        {
            logger.BatchFailed(ex, batch.Count);
        }
    }

    // Conversations that never sent another message leave their last reading behind: memory stays bounded.
    private void Sweep(DateTimeOffset before)
    {
        foreach (var (conversationId, reading) in ready)
        {
            if (reading.ReadAt < before)
            {
                ready.TryRemove(conversationId, out _);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var (handed, readCount, droppedCount, appliedCount, staleCount) = Counts;
        if (handed > 0)
        {
            logger.Stopped(handed, readCount, droppedCount, appliedCount, staleCount);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        signal.Dispose();
    }

    private sealed record Waiting(string ConversationId, int UserMessage, string Text, float Suspicion, long Arrival);

    private sealed class WaitingOrder : IComparer<Waiting>
    {
        public static readonly WaitingOrder Instance = new();

        // Among equals, the newer first: its conversation is the likelier to send another message soon.
        public int Compare(Waiting? x, Waiting? y) =>
            x!.Suspicion != y!.Suspicion ? x.Suspicion.CompareTo(y.Suspicion) : x.Arrival.CompareTo(y.Arrival);
    }

    private sealed record Reading(int UserMessage, string Text, SemanticScores Scores, DateTimeOffset ReadAt);
}

internal static partial class LateReadingsLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The semantic encoder failed on a batch of {Count} messages; they keep the rules' answer")]
    public static partial void BatchFailed(this ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Late readings: {Queued} messages handed to the model, {Read} read, {Dropped} dropped unread (encoder too slow), {Applied} applied to a next message, {Stale} read after the next message")]
    public static partial void Stopped(this ILogger logger, long queued, long read, long dropped, long applied, long stale);
}
