using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Features.Health;

/// <summary>Degraded when messages wait and the writer has committed nothing for a while (a locked or stalled database).</summary>
public sealed class IngestWriterHealthCheck(IngestPipeline pipeline, IOptions<IngestOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (waiting, sinceProgress) = pipeline.Progress;
        var stalled = waiting > 0 && sinceProgress.TotalSeconds >= options.Value.StalledAfterSeconds;
        return Task.FromResult(stalled
            ? HealthCheckResult.Degraded($"ingest writer stalled: {waiting} messages waiting, nothing committed for {sinceProgress.TotalSeconds:0} s")
            : HealthCheckResult.Healthy($"ingest writer: {waiting} messages waiting"));
    }
}
