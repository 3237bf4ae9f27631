using System.Diagnostics;
using System.Text.Json;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Semantic.Training;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>Where Retrain from labels finds its public corpora and keeps its encodings (<c>Semantic:Training</c>).</summary>
public sealed class RetrainOptions
{
    public const string Section = "Semantic:Training";

    /// <summary>The directory holding <c>train/*.jsonl</c> and <c>dev.jsonl</c>; without it the heads learn from the templates and the labels alone.</summary>
    public string DataPath { get; set; } = Path.Combine("..", "shared", "data");

    public bool Templates { get; set; } = true;

    public int MaxPerSource { get; set; } = 2500;

    /// <summary>The encodings of the public corpora, kept between runs (≈40 MB); empty: in memory only.</summary>
    public string? CachePath { get; set; } = Path.Combine(Path.GetTempPath(), "reviewconsole-embeddings", "minilm.bin");
}

/// <summary>What Retrain from labels is doing. One run at a time, for the whole server.</summary>
public abstract record RetrainState
{
    public sealed record Idle : RetrainState;

    public sealed record Running(string StartedBy, DateTimeOffset StartedAt, string Step, double Fraction) : RetrainState;

    public sealed record Ready(RetrainCandidate Candidate) : RetrainState;

    public sealed record Failed(string Error) : RetrainState;

    public sealed record Cancelled(string By) : RetrainState;

    public sealed record Published(string PolicyVersion, string ModelVersion) : RetrainState;
}

/// <summary>A trained candidate model and what its backtest against the labels showed, waiting to be published or discarded.</summary>
/// <param name="Corpus">What the heads learned from besides the labels, in words.</param>
public sealed record RetrainCandidate(SemanticModel Model, string ModelBefore, TerminationPolicy Policy, int LabelExamples,
    IReadOnlyDictionary<string, int> LabelExamplesPerLabel, int Examples, string Corpus, BacktestResult Backtest, string TrainedBy,
    DateTimeOffset TrainedAt, TimeSpan Took);

/// <summary>
/// Retrain from labels: reviewers' verdicts (<see cref="LabelledExamples"/>) join the public corpora and the templates,
/// a candidate model trains in the background with the model trainer the <c>train</c> command uses (leave-one-source-out
/// thresholds and all), is stored as a model version, and is backtested with the candidate policy against the labelled
/// terminations beside the policy and model in force. Publishing makes both a new policy version; rolling back that
/// version restores the model it replaced. Every step is audited.
/// </summary>
public sealed class ModelRetraining(IServiceScopeFactory scopes, SemanticModelHost host, Microsoft.Extensions.Options.IOptions<RetrainOptions> options,
    TimeProvider clock, ILogger<ModelRetraining> logger) : IDisposable
{
    private readonly Lock gate = new();
    private RetrainState state = new RetrainState.Idle();
    private CancellationTokenSource? running;
    private Task? work;

    /// <summary>Raised on every change of <see cref="State"/> (from the training thread: marshal before rendering).</summary>
    public event Action? Changed;

    public RetrainState State => state;

    /// <summary>At shutdown: a run still training is cancelled.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            running?.Cancel();
            running?.Dispose();
            running = null;
        }
    }

    /// <summary>Whether a model can be retrained here: the semantic stage is on and its encoder is open.</summary>
    public bool Available => host.Stage is not null;

    /// <summary>Completes when the run in progress (if any) has ended.</summary>
    public Task Completion => work ?? Task.CompletedTask;

    /// <summary>How many labelled messages would become training examples now, by label.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountLabelExamplesAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var examples = await LabelledExamples.ReadAsync(scope.ServiceProvider.GetRequiredService<ReviewDbContext>(), cancellationToken);
        return examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>Starts a run with this candidate policy; false when one is already running or the stage is off.</summary>
    public bool TryStart(TerminationPolicy candidatePolicy, AuditActor actor)
    {
        var stage = host.Stage;
        if (stage is null || candidatePolicy.Validate().Count > 0)
        {
            return false;
        }
        lock (gate)
        {
            if (state is RetrainState.Running)
            {
                return false;
            }
            running?.Dispose(); // the previous run's, finished: nothing holds its token any more
            running = new CancellationTokenSource();
            Set(new RetrainState.Running(actor.Name, clock.GetUtcNow(), "reading reviewers' labels", 0));
            var token = running.Token;
            work = Task.Run(() => RunAsync(stage, candidatePolicy, actor, token), CancellationToken.None);
        }
        return true;
    }

    public async Task CancelAsync(AuditActor actor)
    {
        CancellationTokenSource? toCancel;
        lock (gate)
        {
            toCancel = state is RetrainState.Running ? running : null;
        }
        if (toCancel is null)
        {
            return;
        }
        await toCancel.CancelAsync();
        await Completion;
        lock (gate)
        {
            Set(new RetrainState.Cancelled(actor.Name));
        }
        await AuditAsync(actor, AuditActions.ModelRetrainCancelled, null, null);
    }

    /// <summary>Drops a ready candidate (it stays stored as a model version, unused).</summary>
    public async Task DiscardAsync(AuditActor actor)
    {
        string? version;
        lock (gate)
        {
            if (state is not RetrainState.Ready ready)
            {
                return;
            }
            version = ready.Candidate.Model.Version;
            Set(new RetrainState.Idle());
        }
        await AuditAsync(actor, AuditActions.ModelCandidateDiscarded, version, null);
    }

    /// <summary>Publishes the ready candidate: its policy and its model become a new policy version, in force from the next message.</summary>
    public async Task<PublishOutcome> PublishAsync(string? notes, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (state is not RetrainState.Ready { Candidate: var candidate })
        {
            return new PublishOutcome.NotFound();
        }
        await using var scope = scopes.CreateAsyncScope();
        var versions = scope.ServiceProvider.GetRequiredService<PolicyVersions>();
        var outcome = await versions.PublishAsync(candidate.Policy, notes ?? $"Retrained from labels: model {candidate.Model.Version}", actor,
            candidate.Model, cancellationToken);
        if (outcome is PublishOutcome.Published published)
        {
            lock (gate)
            {
                Set(new RetrainState.Published(published.VersionId, candidate.Model.Version));
            }
        }
        return outcome;
    }

    private async Task RunAsync(SemanticStage stage, TerminationPolicy candidatePolicy, AuditActor actor, CancellationToken cancellationToken)
    {
        var clockStarted = Stopwatch.StartNew();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            var fromLabels = await LabelledExamples.ReadAsync(db, cancellationToken);
            var (corpus, described) = PublicCorpus();
            // Reviewers' examples first: where a public text says otherwise, the reviewers' verdict wins.
            var examples = TrainingCorpus.Deduplicate([.. fromLabels, .. corpus]);
            await AuditAsync(actor, AuditActions.ModelRetrainStarted, null,
                JsonSerializer.Serialize(new { labelExamples = fromLabels.Count, examples = examples.Count, corpus = described, policy = candidatePolicy.Version }));

            var store = scope.ServiceProvider.GetRequiredService<SemanticModelStore>();
            var version = await NewVersionAsync(store, stage.Model.Encoder, cancellationToken);
            var sources = examples.Select(e => e.Source).Distinct().Count();
            var steps = sources + 3.0;
            var step = 0;
            var progress = new SynchronousProgress<string>(message => Report(message, Math.Min(0.9, ++step / steps * 0.9)));
            Report($"encoding {examples.Count:N0} texts", 0.02);
            var cache = new EmbeddingCache(stage.Encoder, string.IsNullOrWhiteSpace(options.Value.CachePath) ? null : options.Value.CachePath);
            var trained = new ModelTrainer(stage.Encoder, cache).Train(examples, version, gateOptions: new GateTrainer.Options(), progress: progress,
                cancellation: cancellationToken);
            var model = trained.Model with { Combination = stage.Model.Combination };

            var perLabel = fromLabels.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var summary = $"{fromLabels.Count} reviewers' examples ({string.Join(", ", perLabel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}); {described}";
            await store.SaveAsync(model, summary, actor.UserId, cancellationToken);

            Report("backtesting against the labels", 0.9);
            var backtest = await scope.ServiceProvider.GetRequiredService<BacktestRunner>().RunAsync(
                new BacktestRequest(candidatePolicy, BacktestScope.Labelled, CandidateModel: model), ComputeCosts.Default,
                new SynchronousProgress<BacktestProgress>(p => Report($"backtesting against the labels: {p.Done:N0} of {p.Total:N0} conversations",
                    0.9 + 0.1 * p.Done / Math.Max(1, p.Total))), cancellationToken);

            var candidate = new RetrainCandidate(model, stage.Model.Version, candidatePolicy, fromLabels.Count, perLabel, examples.Count, described, backtest,
                actor.Name, clock.GetUtcNow(), clockStarted.Elapsed);
            lock (gate)
            {
                Set(new RetrainState.Ready(candidate));
            }
            await AuditAsync(actor, AuditActions.ModelCandidateTrained, model.Version, JsonSerializer.Serialize(new
            {
                summary,
                seconds = Math.Round(clockStarted.Elapsed.TotalSeconds, 1),
                thresholds = model.Thresholds,
                current = backtest.Current,
                candidate = backtest.Candidate,
                flips = backtest.FlipCount,
            }));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // CancelAsync records the cancellation.
        }
        catch (Exception ex)
        {
            logger.RetrainFailed(ex);
            lock (gate)
            {
                Set(new RetrainState.Failed(ex.Message));
            }
            await AuditAsync(actor, AuditActions.ModelRetrainFailed, null, ex.Message);
        }
    }

    private (IReadOnlyList<TrainingExample> Examples, string Described) PublicCorpus()
    {
        var settings = options.Value;
        var path = Path.GetFullPath(settings.DataPath);
        if (Directory.Exists(Path.Combine(path, "train")))
        {
            var loaded = TrainingCorpus.Load(path, settings.MaxPerSource, settings.Templates);
            return (loaded, $"{loaded.Count:N0} texts from {path}{(settings.Templates ? " and the templates" : "")}");
        }
        if (settings.Templates)
        {
            var templates = TrainingCorpus.Cap(TrainingCorpus.Deduplicate(TemplateCorpus.Generate()), settings.MaxPerSource);
            return (templates, $"{templates.Count:N0} template texts (no public corpora at {path}: set {RetrainOptions.Section}:DataPath)");
        }
        return ([], $"the labels alone (no public corpora at {path}, templates off)");
    }

    private async Task<string> NewVersionAsync(SemanticModelStore store, string encoder, CancellationToken cancellationToken)
    {
        var prefix = encoder.Contains("Arctic", StringComparison.OrdinalIgnoreCase) ? "arcticxs" : "minilm";
        var stem = $"{prefix}-{clock.GetUtcNow():yyyyMMdd}-labels";
        for (var n = 1; ; n++)
        {
            var version = $"{stem}-{n}";
            if (!await store.ExistsAsync(version, cancellationToken))
            {
                return version;
            }
        }
    }

    private void Report(string step, double fraction)
    {
        lock (gate)
        {
            if (state is RetrainState.Running now)
            {
                Set(now with { Step = step, Fraction = Math.Clamp(fraction, 0, 1) });
            }
        }
    }

    private void Set(RetrainState next)
    {
        state = next;
        Changed?.Invoke();
    }

    private async Task AuditAsync(AuditActor actor, string action, string? modelVersion, string? after)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(actor, action, modelVersion is null ? "semantic-model" : $"semantic-model:{modelVersion}",
            host.ModelVersion, after, CancellationToken.None);
    }

    /// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> would post to a pool thread, out of order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

internal static partial class ModelRetrainingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Retrain from labels failed")]
    public static partial void RetrainFailed(this ILogger logger, Exception exception);
}
