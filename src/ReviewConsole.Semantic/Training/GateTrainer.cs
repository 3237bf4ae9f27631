using System.Collections.Immutable;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Trains the cascade's <see cref="SemanticGate"/>: logistic regression by AdaGrad over hashed features, positives every
/// label that can raise a signal, classes balanced by weight, a seeded order so the result is the same on every machine.
/// </summary>
public static class GateTrainer
{
    /// <param name="Recall">Share of held-out non-benign texts the threshold must let through.</param>
    public sealed record Options(int Buckets = 1 << 15, int Epochs = 4, float LearningRate = 0.2f, float L2 = 1e-6f, double Recall = 0.97, int Seed = 7);

    public static bool IsPositive(string label) => SemanticLabels.CategoryOf(label) is not null;

    /// <summary>The weights alone (threshold 0.5): for folds, and for <see cref="Train"/>'s final gate.</summary>
    public static SemanticGate Fit(IReadOnlyList<int[]> features, IReadOnlyList<bool> positive, Options options, CancellationToken cancellation = default)
    {
        var weights = new float[options.Buckets];
        var squares = new float[options.Buckets];
        float bias = 0, biasSquare = 0;
        var positives = positive.Count(p => p);
        var negatives = positive.Count - positives;
        var positiveWeight = positives == 0 ? 0 : positive.Count / (2f * positives);
        var negativeWeight = negatives == 0 ? 0 : positive.Count / (2f * negatives);
        var order = Enumerable.Range(0, features.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellation.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var logit = bias;
                foreach (var f in features[i])
                {
                    logit += weights[f];
                }
                var p = 1f / (1f + MathF.Exp(-logit));
                var gradient = (p - (positive[i] ? 1f : 0f)) * (positive[i] ? positiveWeight : negativeWeight);
                foreach (var f in features[i])
                {
                    var g = gradient + options.L2 * weights[f];
                    squares[f] += g * g;
                    weights[f] -= options.LearningRate * g / (MathF.Sqrt(squares[f]) + 1e-6f);
                }
                biasSquare += gradient * gradient;
                bias -= options.LearningRate * gradient / (MathF.Sqrt(biasSquare) + 1e-6f);
            }
        }
        return new SemanticGate { Buckets = options.Buckets, Weights = [.. weights.Select(w => MathF.Round(w, 4))], Bias = bias, Threshold = 0.5f };
    }

    public static int[] FeaturesOf(string text, int buckets)
    {
        var set = new HashSet<int>();
        SemanticGate.Features(SemanticStage.Prepare(text), buckets, set);
        return [.. set];
    }

    /// <summary>
    /// Leave-one-source-out gates (each source scored by a gate that never saw it), the threshold that keeps
    /// <see cref="Options.Recall"/> of held-out non-benign texts, then the gate trained on everything.
    /// </summary>
    public static (SemanticGate Gate, IReadOnlyDictionary<string, SemanticGate> Folds) Train(IReadOnlyList<TrainingExample> examples, Options? options = null,
        IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        options ??= new Options();
        var features = examples.Select(e => FeaturesOf(e.Text, options.Buckets)).ToArray();
        var positive = examples.Select(e => IsPositive(e.Label)).ToArray();
        var heldOut = new float[examples.Count];
        var folds = new Dictionary<string, SemanticGate>(StringComparer.Ordinal);
        foreach (var source in examples.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => examples[i].Source != source).ToArray();
            var fold = Fit([.. train.Select(i => features[i])], [.. train.Select(i => positive[i])], options, cancellation);
            foreach (var i in Enumerable.Range(0, examples.Count).Where(i => examples[i].Source == source))
            {
                heldOut[i] = fold.Probability(features[i]);
            }
            folds[source] = fold;
        }
        var positives = Enumerable.Range(0, examples.Count).Where(i => positive[i]).Select(i => heldOut[i]).Order().ToArray();
        var threshold = positives.Length == 0 ? 0.5f : Math.Clamp(positives[(int)Math.Floor((1 - options.Recall) * positives.Length)], 1e-4f, 0.99f);
        var benign = Enumerable.Range(0, examples.Count).Where(i => !positive[i]).Select(i => heldOut[i]).ToArray();
        var gate = Fit(features, positive, options, cancellation) with
        {
            Threshold = threshold,
            HeldOutRecall = Math.Round(positives.Count(p => p >= threshold) / (double)Math.Max(1, positives.Length), 4),
            HeldOutBenignPassed = Math.Round(benign.Count(p => p >= threshold) / (double)Math.Max(1, benign.Length), 4),
        };
        progress?.Report($"gate: threshold {threshold:0.###} keeps {gate.HeldOutRecall:P1} of held-out non-benign texts, passes {gate.HeldOutBenignPassed:P1} of benign ones");
        return (gate, folds.ToImmutableDictionary(f => f.Key, f => f.Value with { Threshold = threshold }));
    }
}
