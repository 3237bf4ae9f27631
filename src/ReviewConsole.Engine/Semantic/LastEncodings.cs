namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// An encoder that remembers its last few texts, for two models compared on the same messages (a backtest of a
/// retrained model): the second model's reading of a message costs no second encoding. Unlike the encoders it wraps,
/// it is not thread-safe: one per worker.
/// </summary>
public sealed class LastEncodings(ISentenceEncoder inner, int capacity = 4) : ISentenceEncoder
{
    private readonly Queue<(string Text, float[] Vector)> recent = new(capacity);

    public string Name => inner.Name;

    public int Dimensions => inner.Dimensions;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        List<int>? missing = null;
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var (text, vector) in recent)
            {
                if (string.Equals(text, texts[i], StringComparison.Ordinal))
                {
                    result[i] = vector;
                    break;
                }
            }
            if (result[i] is null)
            {
                (missing ??= []).Add(i);
            }
        }
        if (missing is null)
        {
            return result;
        }
        var encoded = inner.Encode([.. missing.Select(i => texts[i])]);
        for (var j = 0; j < missing.Count; j++)
        {
            result[missing[j]] = encoded[j];
            if (recent.Count == capacity)
            {
                recent.Dequeue();
            }
            recent.Enqueue((texts[missing[j]], encoded[j]));
        }
        return result;
    }
}
