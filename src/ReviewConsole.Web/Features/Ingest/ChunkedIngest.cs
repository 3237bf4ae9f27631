using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Feeds a bulk producer's messages (an import, the demo world) to the ingest writer a chunk at a time, keeping one
/// chunk in the writer's hands while the producer reads the next and the chunk's texts are analysed in parallel: the
/// producer, the analysis and the writer overlap instead of taking turns. Chunks are queued in order, so a
/// conversation's messages are still decided in order. Not thread-safe: one producer per instance.
/// </summary>
public sealed class ChunkedIngest(IngestPipeline pipeline, PolicyProvider policies, Action<IReadOnlyList<IngestMessage>, IngestOutcome[]> decided)
{
    private (IReadOnlyList<IngestMessage> Messages, Task<IngestOutcome[]> Outcomes)? inFlight;

    /// <summary>Queues the chunk (the caller gives it up), then waits for the chunk before it to be decided.</summary>
    public async Task SubmitAsync(IReadOnlyList<IngestMessage> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }
        var inForce = policies.Current;
        var prepared = new IngestMessage[chunk.Count];
        Parallel.For(0, chunk.Count, i => prepared[i] = chunk[i].Prepared(inForce));
        var outcomes = await pipeline.EnqueueManyAsync(prepared, cancellationToken);
        await DrainAsync();
        inFlight = (prepared, outcomes);
    }

    /// <summary>Waits for everything submitted to be decided.</summary>
    public Task FlushAsync() => DrainAsync();

    private async Task DrainAsync()
    {
        if (inFlight is { } previous)
        {
            inFlight = null;
            decided(previous.Messages, await previous.Outcomes);
        }
    }
}
