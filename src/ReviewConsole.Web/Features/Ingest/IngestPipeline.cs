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

    public IngestPipeline(IServiceProvider services, IngestBatchProcessor processor, IOptions<IngestOptions> options, ILogger<IngestPipeline> logger)
    {
        this.services = services;
        this.processor = processor;
        this.logger = logger;
        maxBatch = Math.Max(1, options.Value.MaxBatch);
        queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Queues a message and waits until it is committed (or refused).</summary>
    public async Task<IngestOutcome> SubmitAsync(IngestMessage message, CancellationToken cancellationToken)
    {
        var pending = new Pending(message, new TaskCompletionSource<IngestOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued the message will be decided even if this caller goes away; its retry then gets the same answer.
        return await pending.Completion.Task;
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
                while (batch.Count < maxBatch && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                ProcessAsync(batch, stoppingToken).GetAwaiter().GetResult();
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
            logger.LogWarning(ex, "An ingest batch of {Count} messages failed; committing them one at a time", batch.Count);
            foreach (var pending in batch)
            {
                try
                {
                    var outcome = await CommitAsync([pending.Message], stoppingToken);
                    pending.Completion.TrySetResult(outcome[0]);
                }
                catch (Exception single) when (single is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(single, "Message {MessageId} of conversation {ConversationId} could not be stored", pending.Message.MessageId, pending.Message.ConversationId);
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
            logger.LogWarning(ex, "The ingest writer could not open the database at start; it will try again with the first message");
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
        await DisposeWriterAsync();
    }

    private sealed record Pending(IngestMessage Message, TaskCompletionSource<IngestOutcome> Completion);
}
