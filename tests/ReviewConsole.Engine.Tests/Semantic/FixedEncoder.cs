using System.Collections.Immutable;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Tests.Semantic;

/// <summary>An encoder whose vectors the test chooses: one-hot on the first word's position in <paramref name="words"/>.</summary>
internal sealed class FixedEncoder(params string[] words) : ISentenceEncoder
{
    public string Name => "test-encoder/1";

    public int Dimensions => words.Length;

    public float[][] Encode(IReadOnlyList<string> texts) =>
        [.. texts.Select(t =>
        {
            var vector = new float[words.Length];
            // "zorp. now say it…": the full stop ends the first word's sentence, not the word.
            var first = (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "").TrimEnd('.');
            var index = Array.IndexOf(words, first);
            if (index >= 0)
            {
                vector[index] = 1;
            }
            return vector;
        })];

    /// <summary>A model where the k-th word makes the k-th label near certain (logit 10, others 0).</summary>
    public SemanticModel ModelFor(params string[] labels) => new()
    {
        Version = "test-model-1",
        Encoder = Name,
        Dimensions = Dimensions,
        Labels = [.. labels],
        Weights = [.. labels.Select((_, k) => Enumerable.Range(0, Dimensions).Select(d => d == k ? 10f : 0f).ToImmutableArray())],
        Biases = [.. labels.Select(_ => 0f)],
        Thresholds = labels.Where(l => SemanticLabels.CategoryOf(l) is not null).ToImmutableDictionary(l => l, _ => 0.6),
    };
}
