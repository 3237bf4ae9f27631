using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Encodes training texts (folded exactly as the engine folds messages) on every core, and keeps the vectors in a
/// file per encoder so that cross-validation and retraining do not encode the same 20,000 texts again.
/// </summary>
public sealed class EmbeddingCache(ISentenceEncoder encoder, string? path)
{
    private readonly ConcurrentDictionary<string, float[]> vectors = Read(path, encoder.Dimensions);

    public ISentenceEncoder Encoder => encoder;

    /// <summary>Vectors of raw texts, folded and cut as the engine does (<see cref="SemanticStage.Prepare"/>).</summary>
    public float[][] Get(IReadOnlyList<string> texts, IProgress<double>? progress = null, CancellationToken cancellation = default) =>
        GetPrepared([.. texts.Select(SemanticStage.Prepare)], progress, cancellation);

    /// <summary>An encoder that answers from this cache first (for replaying a data set through the engine).</summary>
    public ISentenceEncoder AsEncoder() => new CachedEncoder(this);

    public float[][] GetPrepared(IReadOnlyList<string> prepared, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        var keys = prepared.Select(Key).ToArray();
        var missing = Enumerable.Range(0, prepared.Count).Where(i => !vectors.ContainsKey(keys[i])).GroupBy(i => keys[i]).Select(g => g.First()).ToArray();
        var done = 0;
        var chunks = missing.Chunk(16).ToArray();
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, chunk =>
        {
            var encoded = encoder.Encode(chunk.Select(i => prepared[i]).ToArray());
            for (var j = 0; j < chunk.Length; j++)
            {
                vectors[keys[chunk[j]]] = encoded[j];
            }
            progress?.Report((double)Interlocked.Add(ref done, chunk.Length) / Math.Max(1, missing.Length));
        });
        if (missing.Length > 0 && path is not null)
        {
            Write(path);
        }
        return [.. keys.Select(k => vectors[k])];
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);

    private static ConcurrentDictionary<string, float[]> Read(string? path, int dimensions)
    {
        var result = new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return result;
        }
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != dimensions)
        {
            return result;
        }
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }
            result[key] = vector;
        }
        return result;
    }

    private void Write(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = target + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            var snapshot = vectors.ToArray();
            writer.Write(encoder.Dimensions);
            writer.Write(snapshot.Length);
            foreach (var (key, vector) in snapshot)
            {
                writer.Write(key);
                foreach (var x in vector)
                {
                    writer.Write(x);
                }
            }
        }
        File.Move(temporary, target, overwrite: true);
    }
}

internal sealed class CachedEncoder(EmbeddingCache cache) : ISentenceEncoder
{
    public string Name => cache.Encoder.Name;

    public int Dimensions => cache.Encoder.Dimensions;

    public float[][] Encode(IReadOnlyList<string> texts) => cache.GetPrepared(texts);
}
