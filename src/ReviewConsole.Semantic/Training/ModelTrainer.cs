using System.Collections.Immutable;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Trains a complete model: leave-one-source-out first (each source's probabilities come from heads that never saw
/// it), thresholds chosen on those out-of-source probabilities, then the heads trained on everything.
/// The out-of-source probabilities are also the honest measurement (<see cref="SourceReport"/>).
/// </summary>
public sealed class ModelTrainer(ISentenceEncoder encoder, EmbeddingCache cache)
{
    /// <summary>
    /// How often a threshold may fire on benign and benign-sensitive texts of unseen sources. Only sources of messages
    /// written to an assistant count (<see cref="CalibrationSources"/>): tweets and hate-speech test cases label crude
    /// or slur-quoting text "benign", which would push every threshold to its maximum.
    /// </summary>
    /// <param name="CrisisLeniency">A crisis threshold may fire this many times as often: a false safeguard offers
    /// resources and never ends a conversation, a missed crisis can cost a life.</param>
    /// <param name="SuspicionLeniency">A suspicion threshold (a strike once warned, never a warning) may fire this many
    /// times as often as a threshold.</param>
    public sealed record Calibration(double BenignFalsePositive = 0.01, double SensitiveFalsePositive = 0.03, double CrisisLeniency = 4,
        double MinThreshold = 0.3, double MaxThreshold = 0.97, double SuspicionLeniency = 3)
    {
        public Calibration Suspicion() => this with
        {
            BenignFalsePositive = BenignFalsePositive * SuspicionLeniency,
            SensitiveFalsePositive = SensitiveFalsePositive * SuspicionLeniency,
            MinThreshold = 0.2,
        };
    }

    /// <summary>
    /// The neighbours kept in the model (<see cref="SemanticNeighbours"/>): up to <paramref name="PerLabel"/> examples of
    /// each label, reviewers' first, then chosen by a hash of the text (deterministic); <paramref name="PerLabel"/> 0 keeps none.
    /// </summary>
    public sealed record NeighbourOptions(int PerLabel = 1000, int K = 20, double Temperature = 20, double Weight = 0.5)
    {
        public static NeighbourOptions None { get; } = new(PerLabel: 0);

        public override string ToString() => PerLabel == 0 ? "none" : $"{PerLabel} per label, k={K}, temperature={Temperature}, weight={Weight}";
    }

    public static readonly IReadOnlySet<string> CalibrationSources = new HashSet<string>(StringComparer.Ordinal)
    {
        TrainingCorpus.DevSource, TemplateCorpus.SourceA, TemplateCorpus.SourceB, "convabuse-train-half", "counsel-chat", "self-instruct",
    };

    /// <summary>
    /// Sources whose "benign" says not abusive, not "not asking to end": ConvAbuse's users say "ok bye" to a voice agent, which
    /// is an end request, so its benign texts do not count against the end-request threshold.
    /// </summary>
    public static readonly IReadOnlySet<string> NotLabelledForEnding = new HashSet<string>(StringComparer.Ordinal) { "convabuse-train-half" };

    /// <param name="OutOfSource">Each example's probabilities (in the order of the model's labels) from heads that never saw its source.</param>
    /// <param name="Folds">The heads trained without each source, by source.</param>
    public sealed record Result(SemanticModel Model, IReadOnlyList<TrainingExample> Examples, float[][] OutOfSource, IReadOnlyDictionary<string, SemanticModel> Folds);

    /// <param name="gateOptions">The cascade's gate; null trains none (the encoder then reads every message).</param>
    public Result Train(IReadOnlyList<TrainingExample> examples, string version, HeadTrainer.Options? options = null, Calibration? calibration = null,
        GateTrainer.Options? gateOptions = null, IProgress<string>? progress = null, NeighbourOptions? neighbourOptions = null,
        CancellationToken cancellation = default)
    {
        options ??= new HeadTrainer.Options();
        calibration ??= new Calibration();
        neighbourOptions ??= new NeighbourOptions();
        progress?.Report($"encoding {examples.Count} texts with {encoder.Name}");
        var vectors = cache.Get([.. examples.Select(e => e.Text)], cancellation: cancellation);
        var labels = examples.Select(e => e.Label).ToArray();
        var allLabels = SemanticLabels.All.Where(labels.Contains).ToImmutableArray();
        var neighbours = ChooseNeighbours(examples, vectors, allLabels, neighbourOptions);

        // Sources too small to say anything, and sources made of one label only, still train; every source is held out once.
        var sources = examples.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
        var outOfSource = new float[examples.Count][];
        var folds = new Dictionary<string, SemanticModel>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            cancellation.ThrowIfCancellationRequested();
            var trainIndex = Enumerable.Range(0, examples.Count).Where(i => examples[i].Source != source).ToArray();
            var trainLabels = trainIndex.Select(i => labels[i]).ToArray();
            if (trainLabels.Distinct().Count() < 2)
            {
                continue;
            }
            progress?.Report($"heads without {source} ({examples.Count - trainIndex.Length} held out)");
            var fold = ToModel(HeadTrainer.Train(trainLabels, [.. trainIndex.Select(i => vectors[i])], options, cancellation), version, ImmutableDictionary<string, double>.Empty);
            // The fold's neighbours are the model's without the held-out source; a fold that lost a label keeps its heads alone.
            fold = fold with { Neighbours = neighbours is not null && fold.Labels.SequenceEqual(allLabels) ? neighbours with { ExcludedSource = source } : null };
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => examples[i].Source == source))
            {
                // A label the fold never saw (all its examples were in the held-out source) gets probability 0.
                var p = fold.Predict(vectors[i]);
                outOfSource[i] = [.. allLabels.Select(l => fold.IndexOf(l) is var k and >= 0 ? p[k] : 0f)];
            }
            folds[source] = fold;
        }

        progress?.Report("heads on every source");
        var full = HeadTrainer.Train(labels, vectors, options, cancellation);
        var thresholds = ChooseThresholds(full.Labels, examples, outOfSource, calibration);
        var suspicion = ChooseThresholds(full.Labels, examples, outOfSource, calibration.Suspicion())
            .Where(t => t.Key == SemanticLabels.AnyHarm || SemanticLabels.CategoryOf(t.Key) is not (null or SignalCategory.Crisis or SignalCategory.EndRequest))
            .ToImmutableDictionary(t => t.Key, t => Math.Min(t.Value, thresholds[t.Key]));
        var (gate, gateFolds) = gateOptions is null ? (null, null) : GateTrainer.Train(examples, gateOptions, progress, cancellation);
        var model = ToModel(full, version, thresholds) with
        {
            SuspicionThresholds = suspicion,
            Neighbours = neighbours,
            Gate = gate,
            TrainedAt = DateTimeOffset.UtcNow,
            ExamplesPerLabel = examples.GroupBy(e => e.Label).ToImmutableDictionary(g => g.Key, g => g.Count()),
            ExamplesPerSource = examples.GroupBy(e => e.Source).ToImmutableDictionary(g => g.Key, g => g.Count()),
            TrainingOptions = $"{options}; neighbours: {neighbourOptions}; thresholds: {calibration}; gate: {gateOptions?.ToString() ?? "none"}",
        };
        foreach (var (source, fold) in folds)
        {
            folds[source] = fold with { Thresholds = model.Thresholds, SuspicionThresholds = model.SuspicionThresholds, Gate = gateFolds?.GetValueOrDefault(source) };
        }
        return new Result(model, examples, outOfSource, folds);
    }

    private static SemanticNeighbours? ChooseNeighbours(IReadOnlyList<TrainingExample> examples, float[][] vectors, ImmutableArray<string> labels,
        NeighbourOptions options)
    {
        if (options.PerLabel <= 0)
        {
            return null;
        }
        var chosen = Enumerable.Range(0, examples.Count)
            .GroupBy(i => examples[i].Label)
            .SelectMany(g => g.DistinctBy(i => examples[i].Text, StringComparer.Ordinal)
                .OrderBy(i => examples[i].Source == TrainingCorpus.ReviewerSource ? 0 : 1)
                .ThenBy(i => TrainingCorpus.OrderKey(examples[i].Text), StringComparer.Ordinal)
                .Take(options.PerLabel))
            .Order()
            .ToArray();
        return SemanticNeighbours.Create([.. chosen.Select(i => vectors[i])], [.. chosen.Select(i => labels.IndexOf(examples[i].Label))],
            [.. chosen.Select(i => examples[i].Source)], options.K, options.Temperature, options.Weight);
    }

    private SemanticModel ToModel((ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<float>> Weights, ImmutableArray<float> Biases) heads,
        string version, ImmutableDictionary<string, double> thresholds) => new()
    {
        Version = version,
        Encoder = encoder.Name,
        Dimensions = encoder.Dimensions,
        Labels = heads.Labels,
        Weights = heads.Weights,
        Biases = heads.Biases,
        Thresholds = thresholds,
    };

    /// <summary>
    /// For each signal label, and for the abusive labels pooled (<see cref="SemanticLabels.AnyHarm"/>), the lowest
    /// probability whose out-of-source false-positive rate stays within budget on benign texts and on benign-sensitive
    /// texts, clamped to [min, max].
    /// </summary>
    public static ImmutableDictionary<string, double> ChooseThresholds(ImmutableArray<string> labels, IReadOnlyList<TrainingExample> examples,
        float[][] outOfSource, Calibration calibration)
    {
        var result = ImmutableDictionary.CreateBuilder<string, double>();
        for (var k = 0; k < labels.Length; k++)
        {
            if (SemanticLabels.CategoryOf(labels[k]) is null)
            {
                continue;
            }
            var leniency = labels[k] == SemanticLabels.Crisis ? calibration.CrisisLeniency : 1;
            var index = k;
            result[labels[k]] = ChooseThreshold(labels[k], p => p[index], examples, outOfSource, calibration, leniency);
        }
        var pooled = SemanticLabels.Pooled.Select(l => labels.IndexOf(l)).Where(k => k >= 0).ToArray();
        if (pooled.Length > 1)
        {
            result[SemanticLabels.AnyHarm] = ChooseThreshold(SemanticLabels.AnyHarm, p => pooled.Sum(k => p[k]), examples, outOfSource, calibration, 1);
        }
        return result.ToImmutable();
    }

    private static double ChooseThreshold(string label, Func<float[], double> score, IReadOnlyList<TrainingExample> examples, float[][] outOfSource,
        Calibration calibration, double leniency)
    {
        var threshold = calibration.MinThreshold;
        foreach (var (negative, budget) in new[] { (SemanticLabels.Benign, calibration.BenignFalsePositive * leniency), (SemanticLabels.BenignSensitive, calibration.SensitiveFalsePositive * leniency) })
        {
            var scores = Enumerable.Range(0, examples.Count)
                .Where(i => examples[i].Label == negative && outOfSource[i] is not null && CalibrationSources.Contains(examples[i].Source)
                    && !(label == SemanticLabels.EndRequest && NotLabelledForEnding.Contains(examples[i].Source)))
                .Select(i => score(outOfSource[i])).OrderDescending().ToArray();
            if (scores.Length == 0)
            {
                continue;
            }
            var allowed = (int)Math.Floor(budget * scores.Length);
            threshold = Math.Max(threshold, allowed < scores.Length ? scores[allowed] + 1e-4 : 0);
        }
        return Math.Round(Math.Clamp(threshold, calibration.MinThreshold, calibration.MaxThreshold), 4);
    }
}
