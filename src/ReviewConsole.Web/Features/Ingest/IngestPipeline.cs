using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// The single writer behind the ingest API: callers queue their message and wait; the writer takes whatever is
/// waiting (up to <see cref="IngestOptions.MaxBatch"/>), decides and commits it in one transaction, then answers
/// every caller of the batch. A caller is answered only after its message is committed, so an acknowledged
/// message survives a crash; one writer also means a conversation's messages are decided strictly in order.
/// </summary>
public sealed class IngestPipeline : BackgroundService
{
    private readonly Channel<Pending> queue;
    private readonly IServiceProvider services;
    private readonly IngestBatchProcessor processor;
    private readonly ILogger<IngestPipeline> logger;
    private readonly int maxBatch;
    private readonly TimeSpan deadline;
    private readonly TimeProvider clock;
    // Messages queued or being written, and when the writer last made progress (or work arrived to an idle writer).
    private int waiting;
    private long lastProgressTimestamp;

    public IngestPipeline(IServiceProvider services, IngestBatchProcessor processor, IOptions<IngestOptions> options, TimeProvider clock, ILogger<IngestPipeline> logger)
    {
        this.services = services;
        this.processor = processor;
        this.logger = logger;
        this.clock = clock;
        maxBatch = Math.Max(1, options.Value.MaxBatch);
        deadline = options.Value.AnswerDeadlineSeconds > 0 ? TimeSpan.FromSeconds(options.Value.AnswerDeadlineSeconds) : Timeout.InfiniteTimeSpan;
        lastProgressTimestamp = clock.GetTimestamp();
        queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Messages queued or being written, and for how long the writer has committed nothing while they wait.</summary>
    public (int Waiting, TimeSpan SinceProgress) Progress =>
        (Volatile.Read(ref waiting), clock.GetElapsedTime(Interlocked.Read(ref lastProgressTimestamp)));

    /// <summary>
    /// Queues a message and waits until it is committed (or refused), at most the answer deadline: then the message is
    /// withdrawn if the writer has not taken it yet, and the caller is told to retry.
    /// </summary>
    public async Task<IngestOutcome> SubmitAsync(IngestMessage message, CancellationToken cancellationToken)
    {
        var pending = new Pending(message, new TaskCompletionSource<IngestOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        var started = clock.GetTimestamp();
        // The queue has room almost always: only a full one costs a cancellable wait (which must not complete after its deadline).
        if (!queue.Writer.TryWrite(pending))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(deadline);
            try
            {
                await queue.Writer.WriteAsync(pending, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new IngestOutcome.Unavailable(Stored: false, RetryAfter);
            }
        }
        Queued();
        try
        {
            // Once taken by the writer the message will be decided even if this caller goes away; its retry then gets the same answer.
            return await pending.Completion.Task.WaitAsync(Remaining(started), cancellationToken);
        }
        catch (TimeoutException)
        {
            var withdrawn = pending.TryWithdraw();
            logger.NotCommitted(message.MessageId, message.ConversationId, deadline, withdrawn ? "withdrawn" : "its transaction is under way");
            return new IngestOutcome.Unavailable(Stored: !withdrawn, RetryAfter);
        }
    }

    private TimeSpan Remaining(long started) =>
        deadline == Timeout.InfiniteTimeSpan ? deadline : TimeSpan.FromTicks(Math.Max(0, (deadline - clock.GetElapsedTime(started)).Ticks));

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private void Queued()
    {
        if (Interlocked.Increment(ref waiting) == 1)
        {
            // Work arrived at an idle writer: the stall clock starts now, not at the last commit hours ago.
            Interlocked.Exchange(ref lastProgressTimestamp, clock.GetTimestamp());
        }
    }

    private void Done(int count)
    {
        Interlocked.Add(ref waiting, -count);
        Interlocked.Exchange(ref lastProgressTimestamp, clock.GetTimestamp());
    }

    /// <summary>
    /// Queues messages in their order and returns once all are queued, with a task that completes when all are
    /// decided: a bulk producer can then read its next chunk while the writer works on this one.
    /// </summary>
    public async Task<Task<IngestOutcome[]>> EnqueueManyAsync(IReadOnlyList<IngestMessage> messages, CancellationToken cancellationToken)
    {
        var pending = new Task<IngestOutcome>[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var item = new Pending(messages[i], new TaskCompletionSource<IngestOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
            await queue.Writer.WriteAsync(item, cancellationToken);
            Queued();
            pending[i] = item.Completion.Task;
        }
        return Task.WhenAll(pending);
    }

    // The writer has a thread of its own, and blocks on it while the queue is empty: on the thread pool, each of its
    // waits ended with a continuation queued behind the requests' work, so every batch started late (a tenth of the
    // load bench's throughput). With SQLite every call completes synchronously: the writer never leaves its thread.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => RunWriter(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void RunWriter(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(maxBatch);
        try
        {
            OpenEarlyAsync(stoppingToken).GetAwaiter().GetResult();
            while (queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                var withdrawn = 0;
                while (batch.Count < maxBatch && queue.Reader.TryRead(out var next))
                {
                    if (next.TryTake())
                    {
                        batch.Add(next);
                    }
                    else
                    {
                        withdrawn++;
                    }
                }
                if (batch.Count > 0)
                {
                    ProcessAsync(batch, stoppingToken).GetAwaiter().GetResult();
                }
                Done(batch.Count + withdrawn);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            foreach (var pending in batch)
            {
                pending.Completion.TrySetCanceled(stoppingToken);
            }
            while (queue.Reader.TryRead(out var left))
            {
                left.Completion.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        try
        {
            var outcomes = await CommitAsync(batch.ConvertAll(p => p.Message), stoppingToken);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One bad message must not fail its neighbours: retry them one by one, so only the culprit fails.
            logger.BatchFailed(ex, batch.Count);
            foreach (var pending in batch)
            {
                try
                {
                    var outcome = await CommitAsync([pending.Message], stoppingToken);
                    pending.Completion.TrySetResult(outcome[0]);
                }
                catch (Exception single) when (single is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.MessageFailed(single, pending.Message.MessageId, pending.Message.ConversationId);
                    pending.Completion.TrySetException(single);
                }
            }
        }
    }

    // The writer keeps one context, with its connection open and its prepared statements, from batch to batch:
    // a scope, a connection (and its PRAGMAs) and statement preparation per batch cost about a fifth of the writer's time.
    private AsyncServiceScope? writerScope;
    private WalCheckpointer? checkpointer;

    // Ready before the first message, so its caller does not wait for the connection and its set-up; if the
    // database is not there yet, the first batch opens it (and reports the failure to its callers).
    private async Task OpenEarlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await OpenWriterAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.OpenFailed(ex);
            await DisposeWriterAsync();
        }
    }

    private async Task<ReviewDbContext> OpenWriterAsync(CancellationToken cancellationToken)
    {
        if (writerScope is { } open)
        {
            return open.ServiceProvider.GetRequiredService<ReviewDbContext>();
        }
        writerScope = services.CreateAsyncScope();
        var writer = writerScope.Value.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await writer.Database.OpenConnectionAsync(cancellationToken);
        checkpointer = await WalCheckpointer.StartForWriterAsync(writer, cancellationToken);
        return writer;
    }

    private async Task<IngestOutcome[]> CommitAsync(IReadOnlyList<IngestMessage> messages, CancellationToken cancellationToken)
    {
        var db = await OpenWriterAsync(cancellationToken);
        try
        {
            var outcomes = await processor.ProcessAsync(db, messages, cancellationToken);
            db.ChangeTracker.Clear();
            return outcomes;
        }
        catch
        {
            // After a failure, start again from a fresh context and connection.
            await DisposeWriterAsync();
            throw;
        }
    }

    private async Task DisposeWriterAsync()
    {
        if (checkpointer is { } running)
        {
            checkpointer = null;
            await running.DisposeAsync();
        }
        if (writerScope is { } scope)
        {
            writerScope = null;
            await scope.DisposeAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriterStoppedAsync();
        await DisposeWriterAsync();
    }

    // Disposed without a stop (a host torn down at once), the writer may still be in a batch: the processor, disposed
    // after this service, must not have its prepared statements disposed under the writer's thread.
    public override void Dispose()
    {
        base.Dispose();
        WriterStoppedAsync().GetAwaiter().GetResult();
        DisposeWriterAsync().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Waits for the writer's thread to leave its batch: the host stops waiting for a hosted service after its
    /// shutdown timeout, but the writer's context and statements must outlive the batch it is in. A batch ends on its own
    /// (cancellation is read between batches), so this wait is bounded by one batch.
    /// </summary>
    private async Task WriterStoppedAsync()
    {
        if (ExecuteTask is { IsCompleted: false } running)
        {
            // Its outcome (cancelled, failed, still running after the timeout) is the writer's own to log; only the wait matters here.
            await running.WaitAsync(WriterStopTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static readonly TimeSpan WriterStopTimeout = TimeSpan.FromSeconds(30);

    private sealed record Pending(IngestMessage Message, TaskCompletionSource<IngestOutcome> Completion)
    {
        private const int Queued = 0, Taken = 1, Withdrawn = 2;
        private int state;

        /// <summary>The writer takes the message, unless its caller withdrew it first.</summary>
        public bool TryTake() => Interlocked.CompareExchange(ref state, Taken, Queued) == Queued;

        /// <summary>The caller withdraws the message, unless the writer took it first.</summary>
        public bool TryWithdraw() => Interlocked.CompareExchange(ref state, Withdrawn, Queued) == Queued;
    }
}

internal static partial class IngestLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "An ingest batch of {Count} messages failed; committing them one at a time")]
    public static partial void BatchFailed(this ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} of conversation {ConversationId} could not be stored")]
    public static partial void MessageFailed(this ILogger logger, Exception exception, string messageId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ingest writer could not open the database at start; it will try again with the first message")]
    public static partial void OpenFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of {ConversationId} not committed within {Deadline}; {State}")]
    public static partial void NotCommitted(this ILogger logger, string messageId, string conversationId, TimeSpan deadline, string state);
}
