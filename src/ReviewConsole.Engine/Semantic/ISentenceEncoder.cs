namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// Turns a text into a fixed-length, unit-length vector whose direction carries its meaning. The engine only knows
/// this contract; the pretrained encoder that fulfils it lives outside the engine (ReviewConsole.Semantic).
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Names the encoder and its version; a model file records it and refuses another encoder.</summary>
    string Name { get; }

    int Dimensions { get; }

    float[][] Encode(IReadOnlyList<string> texts);
}
