using System.Collections.Concurrent;
using System.Threading.Channels;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// Semantic timing "next message": the ingest writer hands over each user message the rules let through, one thread
/// reads them with the encoder in batches, and the writer takes a conversation's reading when its next message arrives
/// (<see cref="Engine.Conversations.TerminationEngine.Decide(Engine.Conversations.ConversationState, MessageAnalysis, MessageAnalysis?)"/>).
/// Ingest never waits for the encoder. When messages come faster than the encoder reads (≈330 a second on 2 cores) the
/// oldest waiting ones are dropped — they keep the rules' answer — and counted; a reading that comes after the next
/// message is discarded, never applied to a later one.
/// </summary>
public sealed class LateReadings : BackgroundService
{
    public const int QueueCapacity = 4096;
    private const int BatchSize = 16;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly PolicyProvider policies;
    private readonly TimeProvider clock;
    private readonly ILogger<LateReadings> logger;
    private readonly Channel<Waiting> queue;
    private readonly ConcurrentDictionary<string, Reading> ready = new(StringComparer.Ordinal);
    private long queued, read, dropped, applied, stale;

    public LateReadings(PolicyProvider policies, TimeProvider clock, ILogger<LateReadings> logger)
    {
        this.policies = policies;
        this.clock = clock;
        this.logger = logger;
        queue = Channel.CreateBounded<Waiting>(new BoundedChannelOptions(QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropOldest,
        }, _ => Interlocked.Increment(ref dropped));
    }

    /// <summary>How many messages were handed over, read, dropped unread, applied to a next message, and read too late.</summary>
    public (long Queued, long Read, long Dropped, long Applied, long Stale) Counts =>
        (Interlocked.Read(ref queued), Interlocked.Read(ref read), Interlocked.Read(ref dropped), Interlocked.Read(ref applied), Interlocked.Read(ref stale));

    /// <summary>Hands over user message number <paramref name="userMessage"/> of a conversation, for the encoder to read.</summary>
    public void Enqueue(string conversationId, int userMessage, string text)
    {
        Interlocked.Increment(ref queued);
        queue.Writer.TryWrite(new Waiting(conversationId, userMessage, text));
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
        var batch = new List<Waiting>(BatchSize);
        var lastSweep = clock.GetUtcNow();
        try
        {
            while (queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
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
            logger.LogError(ex, "The semantic encoder failed on a batch of {Count} messages; they keep the rules' answer", batch.Count);
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

    private sealed record Waiting(string ConversationId, int UserMessage, string Text);

    private sealed record Reading(int UserMessage, string Text, SemanticScores Scores, DateTimeOffset ReadAt);
}
