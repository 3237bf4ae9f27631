using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// A vote of the labelled training texts nearest to a message (k nearest neighbours by cosine similarity), mixed into
/// the heads' probabilities. A linear head draws one boundary per label across the whole space; the neighbours keep
/// what it smooths away: "you brainless heap of circuits" sits beside the insults to an assistant it was trained on,
/// even where the boundary between harassment and profanity runs the wrong way. Measured leaving one source out, the
/// mix raised held-out crisis, harassment of an assistant and sexual harassment at the same false-positive budget
/// (docs/MODEL.md, "Neighbours").
/// <para>Stored compactly: each vector as signed bytes with its own scale, the labels and sources as one byte each,
/// all base64. Each label's votes are divided by how many examples of it the set holds, so the largest corpus does not
/// win by number.</para>
/// </summary>
public sealed record SemanticNeighbours
{
    /// <summary>How many nearest examples vote.</summary>
    public required int K { get; init; }

    /// <summary>A neighbour's vote is exp(Temperature × similarity): the closest count most.</summary>
    public required double Temperature { get; init; }

    /// <summary>The vote's share of the final probability; the heads' softmax has the rest.</summary>
    public required double Weight { get; init; }

    /// <summary>The sources the examples come from; <see cref="SourceIndexes"/> points into it.</summary>
    public required ImmutableArray<string> Sources { get; init; }

    /// <summary>Base64, one byte per example: its label's index in the model's labels.</summary>
    public required string LabelIndexes { get; init; }

    /// <summary>Base64, one byte per example: its source's index in <see cref="Sources"/>.</summary>
    public required string SourceIndexes { get; init; }

    /// <summary>Base64 of the examples' vectors, row after row, each component a signed byte times its row's scale.</summary>
    public required string Vectors { get; init; }

    /// <summary>Base64 of one little-endian float per example: the scale of its row.</summary>
    public required string Scales { get; init; }

    /// <summary>When set, examples from this source do not vote (measuring a source with neighbours that never saw it).</summary>
    [JsonIgnore]
    public string? ExcludedSource { get; init; }

    // Decoded once and shared by every copy made with `with` (a fold excluding one source shares the arrays).
    private Decoded? decoded;

    [JsonIgnore]
    public int Count => Decode().Labels.Length;

    /// <summary>Builds the stored form from float vectors (unit length, as the encoders give them).</summary>
    public static SemanticNeighbours Create(IReadOnlyList<float[]> vectors, IReadOnlyList<int> labelIndexes, IReadOnlyList<string> sources,
        int k, double temperature, double weight)
    {
        if (vectors.Count != labelIndexes.Count || vectors.Count != sources.Count || vectors.Count == 0)
        {
            throw new ArgumentException("Neighbours need as many vectors, labels and sources, and at least one.");
        }
        var sourceNames = sources.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (sourceNames.Length > 255 || labelIndexes.Any(l => l is < 0 or > 255))
        {
            throw new ArgumentException("Neighbours hold at most 255 sources and 256 labels.");
        }
        var dimensions = vectors[0].Length;
        var bytes = new sbyte[vectors.Count * dimensions];
        var scales = new float[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            var max = vectors[i].Max(MathF.Abs);
            scales[i] = max > 0 ? max / 127f : 1f;
            for (var d = 0; d < dimensions; d++)
            {
                bytes[i * dimensions + d] = (sbyte)Math.Clamp(MathF.Round(vectors[i][d] / scales[i]), -127, 127);
            }
        }
        return new SemanticNeighbours
        {
            K = k,
            Temperature = temperature,
            Weight = weight,
            Sources = [.. sourceNames],
            LabelIndexes = Convert.ToBase64String([.. labelIndexes.Select(l => (byte)l)]),
            SourceIndexes = Convert.ToBase64String([.. sources.Select(s => (byte)Array.IndexOf(sourceNames, s))]),
            Vectors = Convert.ToBase64String(MemoryMarshal.AsBytes(bytes.AsSpan())),
            Scales = Convert.ToBase64String(MemoryMarshal.AsBytes(scales.AsSpan())),
        };
    }

    /// <summary>The share of the vote each label gets (sums to 1), in the order of the model's labels.</summary>
    public float[] Vote(ReadOnlySpan<float> vector, int labelCount)
    {
        var d = Decode();
        var excluded = ExcludedSource is null ? -1 : Sources.IndexOf(ExcludedSource);
        var counts = d.CountsWithout(excluded, labelCount);
        var k = Math.Min(K, d.Labels.Length);
        Span<float> bestSimilarity = stackalloc float[k];
        Span<int> bestRow = stackalloc int[k];
        bestSimilarity.Fill(float.NegativeInfinity);
        bestRow.Fill(-1);
        for (var row = 0; row < d.Labels.Length; row++)
        {
            if (d.SourceOf[row] == excluded)
            {
                continue;
            }
            var similarity = Dot(d.Matrix.AsSpan(row * d.Dimensions, d.Dimensions), vector);
            if (similarity <= bestSimilarity[k - 1])
            {
                continue;
            }
            var at = k - 1;
            while (at > 0 && bestSimilarity[at - 1] < similarity)
            {
                bestSimilarity[at] = bestSimilarity[at - 1];
                bestRow[at] = bestRow[at - 1];
                at--;
            }
            bestSimilarity[at] = similarity;
            bestRow[at] = row;
        }
        var votes = new float[labelCount];
        var total = 0f;
        for (var i = 0; i < k && bestRow[i] >= 0; i++)
        {
            var label = d.Labels[bestRow[i]];
            var vote = (float)(Math.Exp(Temperature * bestSimilarity[i]) / Math.Max(1, counts[label]));
            votes[label] += vote;
            total += vote;
        }
        if (total > 0)
        {
            for (var i = 0; i < votes.Length; i++)
            {
                votes[i] /= total;
            }
        }
        return votes;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (var j = 0; j < va.Length; j++)
        {
            sum += va[j] * vb[j];
        }
        var result = Vector.Sum(sum);
        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }
        return result;
    }

    /// <summary>Every problem with the stored neighbours, for <see cref="SemanticModel.Validate"/>.</summary>
    public IReadOnlyList<string> Validate(int dimensions, int labelCount)
    {
        var errors = new List<string>();
        if (K is < 1 or > 200 || !(Temperature is > 0 and <= 200) || !(Weight is >= 0 and <= 1))
        {
            errors.Add("neighbours: k must be 1 to 200, temperature in (0, 200], weight in [0, 1]");
        }
        try
        {
            var labels = Convert.FromBase64String(LabelIndexes ?? "");
            var sources = Convert.FromBase64String(SourceIndexes ?? "");
            var vectors = Convert.FromBase64String(Vectors ?? "");
            var scales = Convert.FromBase64String(Scales ?? "");
            if (labels.Length == 0 || sources.Length != labels.Length || vectors.Length != labels.Length * dimensions || scales.Length != labels.Length * sizeof(float))
            {
                errors.Add($"neighbours: {labels.Length} labels need as many sources, {dimensions} bytes of vector and one scale each");
            }
            else if (labels.Any(l => l >= labelCount) || sources.Any(s => s >= (Sources.IsDefault ? 0 : Sources.Length)))
            {
                errors.Add("neighbours: a label or source index points past its list");
            }
            else if (MemoryMarshal.Cast<byte, float>(scales).ToArray().Any(s => !float.IsFinite(s) || s <= 0))
            {
                errors.Add("neighbours: scales must be positive finite numbers");
            }
        }
        catch (FormatException)
        {
            errors.Add("neighbours: labels, sources, vectors and scales must be base64");
        }
        return errors;
    }

    private Decoded Decode()
    {
        if (decoded is { } ready)
        {
            return ready;
        }
        var labels = Convert.FromBase64String(LabelIndexes);
        var bytes = MemoryMarshal.Cast<byte, sbyte>(Convert.FromBase64String(Vectors));
        var scales = MemoryMarshal.Cast<byte, float>(Convert.FromBase64String(Scales));
        var dimensions = bytes.Length / labels.Length;
        var matrix = new float[bytes.Length];
        for (var i = 0; i < matrix.Length; i++)
        {
            matrix[i] = bytes[i] * scales[i / dimensions];
        }
        var result = new Decoded(labels, Convert.FromBase64String(SourceIndexes), matrix, dimensions);
        Interlocked.CompareExchange(ref decoded, result, null);
        return decoded!;
    }

    private sealed class Decoded(byte[] labels, byte[] sourceOf, float[] matrix, int dimensions)
    {
        private readonly ConcurrentDictionary<(int Excluded, int Labels), int[]> counts = new();

        public byte[] Labels => labels;

        public int[] SourceOf { get; } = [.. sourceOf.Select(s => (int)s)];

        public float[] Matrix => matrix;

        public int Dimensions => dimensions;

        public int[] CountsWithout(int excluded, int labelCount) => counts.GetOrAdd((excluded, labelCount), key =>
        {
            var result = new int[key.Labels];
            for (var i = 0; i < labels.Length; i++)
            {
                if (SourceOf[i] != key.Excluded)
                {
                    result[labels[i]]++;
                }
            }
            return result;
        });
    }
}
