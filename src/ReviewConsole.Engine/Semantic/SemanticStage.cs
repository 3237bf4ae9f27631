using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// The learned stage: the message, folded like every message (so disguised letters read as plain ones but words keep
/// their spelling), encoded by a pretrained sentence encoder and scored by the model's heads.
/// </summary>
public sealed class SemanticStage
{
    /// <param name="cascade">Let the model's gate choose what the encoder reads (<see cref="ShouldRead"/>): faster,
    /// at a small cost in recall measured in docs/model-report.md. Off, the encoder reads every user message.</param>
    public SemanticStage(ISentenceEncoder encoder, SemanticModel model, bool cascade = false)
    {
        if (!string.Equals(encoder.Name, model.Encoder, StringComparison.Ordinal) || encoder.Dimensions != model.Dimensions)
        {
            throw new ArgumentException(
                $"The model {model.Version} was trained on the encoder '{model.Encoder}' ({model.Dimensions} dimensions), not on '{encoder.Name}' ({encoder.Dimensions}).");
        }
        Encoder = encoder;
        Model = model;
        Cascade = cascade;
    }

    public bool Cascade { get; }

    public ISentenceEncoder Encoder { get; }

    public SemanticModel Model { get; }

    public SemanticScores Score(string text) => ScoreMany([text])[0];

    /// <summary>
    /// Whether the encoder should read a message: always without the cascade; with it, when the rules already raised a
    /// signal (the model may confirm or veto it) or when the model's gate passes the message.
    /// </summary>
    public bool ShouldRead(string text, bool rulesSignalled) =>
        !Cascade || rulesSignalled || Model.Gate is not { } gate || gate.Passes(Prepare(text));

    public SemanticScores[] ScoreMany(IReadOnlyList<string> texts)
    {
        var readable = new string[texts.Count];
        for (var i = 0; i < readable.Length; i++)
        {
            readable[i] = Prepare(texts[i]);
        }
        var vectors = Encoder.Encode(readable);
        var result = new SemanticScores[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            result[i] = ScoreVector(vectors[i]);
        }
        return result;
    }

    /// <summary>Longer texts are cut: the encoder reads at most a few hundred word pieces anyway.</summary>
    public const int MaxCharacters = 1500;

    /// <summary>What the encoder reads of a message: the engine's readable folding, cut to <see cref="MaxCharacters"/>.</summary>
    public static string Prepare(string text)
    {
        var readable = TextNormalizer.Readable(text.Length > MaxCharacters * 2 ? text[..(MaxCharacters * 2)] : text);
        return readable.Length > MaxCharacters ? readable[..MaxCharacters] : readable;
    }

    private SemanticScores ScoreVector(ReadOnlySpan<float> vector) =>
        new(Model.Version, Model.Labels, [.. Model.Predict(vector)]);
}
