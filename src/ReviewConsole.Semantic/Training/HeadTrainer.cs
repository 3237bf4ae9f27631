using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Trains the model's heads: a multinomial logistic regression (ML.NET's L-BFGS maximum entropy) over the encoder's
/// vectors, every label weighted so that each counts as much as the others in total (the corpora are very unequal:
/// 19,000 profane tweets, 200 harmful requests). Deterministic for the same examples and options.
/// </summary>
public static class HeadTrainer
{
    public sealed record Options(float L2 = 0.0005f, float L1 = 0f, int MaxIterations = 300, int Seed = 2026)
    {
        public override string ToString() => $"LbfgsMaximumEntropy L2={L2} L1={L1} iterations={MaxIterations} seed={Seed}, labels balanced by weight";
    }

    private sealed class Row
    {
        [VectorType(384)]
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = "";

        public float Weight { get; set; }
    }

    /// <summary>The weights and biases of each label, in the order of <see cref="SemanticLabels.All"/> restricted to the labels present.</summary>
    public static (ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<float>> Weights, ImmutableArray<float> Biases) Train(
        IReadOnlyList<string> labels, IReadOnlyList<float[]> vectors, Options? options = null, CancellationToken cancellation = default)
    {
        options ??= new Options();
        if (labels.Count != vectors.Count || labels.Count == 0)
        {
            throw new ArgumentException("Training needs as many labels as vectors, and at least one.");
        }
        var dimensions = vectors[0].Length;
        var present = SemanticLabels.All.Where(labels.Contains).ToArray();
        if (present.Length < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.");
        }
        var counts = labels.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var total = (float)labels.Count;
        var rows = new Row[labels.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new Row { Features = vectors[i], Label = labels[i], Weight = total / (present.Length * counts[labels[i]]) };
        }

        var ml = new MLContext(options.Seed);
        cancellation.ThrowIfCancellationRequested();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        // Keys in a fixed order, so label k of the model is always SemanticLabels.All's k-th present label.
        var keyData = ml.Data.LoadFromEnumerable(present.Select(l => new { Label = l }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Row.Label), keyData: keyData)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L2Regularization = options.L2,
                L1Regularization = options.L1,
                MaximumNumberOfIterations = options.MaxIterations,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        var parameters = model.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        var biases = parameters.GetBiases().ToArray();
        if (classes != present.Length)
        {
            throw new InvalidOperationException($"The trainer produced {classes} classes for {present.Length} labels.");
        }
        return ([.. present], [.. weights.Select(w => w.DenseValues().ToImmutableArray())], [.. biases]);
    }
}
