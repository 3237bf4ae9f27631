using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// The trained heads of the semantic stage: one linear scorer per label over the encoder's vector, read as a softmax,
/// and the probability each harmful label must reach to raise a signal. The encoder itself is not in the file: it
/// ships in its package, and the file names the one it was trained on.
/// </summary>
public sealed record SemanticModel
{
    public const string FormatName = "reviewconsole-semantic/1";

    public string Format { get; init; } = FormatName;

    /// <summary>Names this model in every decision it takes part in, e.g. "minilm-20261201-1".</summary>
    public required string Version { get; init; }

    /// <summary>The <see cref="ISentenceEncoder.Name"/> the heads were trained on.</summary>
    public required string Encoder { get; init; }

    public required int Dimensions { get; init; }

    public required ImmutableArray<string> Labels { get; init; }

    /// <summary>Labels × dimensions.</summary>
    public required ImmutableArray<ImmutableArray<float>> Weights { get; init; }

    public required ImmutableArray<float> Biases { get; init; }

    /// <summary>
    /// The probability at which a harmful label raises a signal (chosen on held-out sources, see docs/MODEL.md); under
    /// <see cref="SemanticLabels.AnyHarm"/>, the summed probability of the abusive labels at which the likeliest of them does.
    /// </summary>
    public required ImmutableDictionary<string, double> Thresholds { get; init; }

    /// <summary>
    /// Per harmful label, a lower probability at which the message is suspect: the label raises a signal below the harm
    /// bar, which never warns by itself but counts as a strike once a conversation has had its warnings
    /// (<see cref="Policy.TerminationPolicy.StrikeThreshold"/>). Empty in models trained before it existed.
    /// </summary>
    public ImmutableDictionary<string, double> SuspicionThresholds { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>How the model's probabilities meet the rules' signals (see <see cref="SemanticCombiner"/>).</summary>
    public SemanticCombination Combination { get; init; } = new();

    /// <summary>The nearest labelled examples' vote, mixed into the heads' probabilities; without it the heads decide alone.</summary>
    public SemanticNeighbours? Neighbours { get; init; }

    /// <summary>The cascade's fast stage; without one the encoder reads every message.</summary>
    public SemanticGate? Gate { get; init; }

    public DateTimeOffset TrainedAt { get; init; }

    /// <summary>What it was trained on: examples per label and per source, the options used.</summary>
    public ImmutableDictionary<string, int> ExamplesPerLabel { get; init; } = ImmutableDictionary<string, int>.Empty;

    public ImmutableDictionary<string, int> ExamplesPerSource { get; init; } = ImmutableDictionary<string, int>.Empty;

    public string TrainingOptions { get; init; } = "";

    public int IndexOf(string label) => Labels.IndexOf(label);

    /// <summary>
    /// The probability of each label, in the order of <see cref="Labels"/>: the heads' softmax, mixed with the
    /// neighbours' vote when the model has neighbours.
    /// </summary>
    public float[] Predict(ReadOnlySpan<float> vector)
    {
        var probabilities = Heads(vector);
        if (Neighbours is { } neighbours && neighbours.Weight > 0)
        {
            var votes = neighbours.Vote(vector, Labels.Length);
            var weight = (float)neighbours.Weight;
            for (var k = 0; k < probabilities.Length; k++)
            {
                probabilities[k] = (1 - weight) * probabilities[k] + weight * votes[k];
            }
        }
        return probabilities;
    }

    /// <summary>The heads' softmax probabilities alone.</summary>
    public float[] Heads(ReadOnlySpan<float> vector)
    {
        var logits = new float[Labels.Length];
        var max = float.NegativeInfinity;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = Dot(Weights[k].AsSpan(), vector) + Biases[k];
            max = Math.Max(max, logits[k]);
        }
        var sum = 0f;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = MathF.Exp(logits[k] - max);
            sum += logits[k];
        }
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] /= sum;
        }
        return logits;
    }

    /// <summary>The dot product; for the encoders' unit-length vectors, their cosine similarity.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /// <summary>Every problem with the model, each in a few words; empty when it can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Format != FormatName)
        {
            errors.Add($"format is '{Format}', expected '{FormatName}'");
        }
        if (string.IsNullOrWhiteSpace(Version) || Version.Length > 64)
        {
            errors.Add("version must be 1 to 64 characters");
        }
        if (Dimensions <= 0)
        {
            errors.Add("dimensions must be positive");
        }
        if (Labels.IsDefaultOrEmpty || Labels.Distinct().Count() != Labels.Length)
        {
            errors.Add("labels must be distinct and not empty");
            return errors;
        }
        if (Weights.IsDefault || Weights.Length != Labels.Length || Weights.Any(w => w.IsDefault || w.Length != Dimensions))
        {
            errors.Add($"weights must be {Labels.Length} rows of {Dimensions}");
        }
        else if (Weights.Any(w => w.Any(x => !float.IsFinite(x))))
        {
            errors.Add("weights must be finite numbers");
        }
        if (Biases.IsDefault || Biases.Length != Labels.Length || Biases.Any(b => !float.IsFinite(b)))
        {
            errors.Add($"biases must be {Labels.Length} finite numbers");
        }
        if (Combination is null || !(Combination.RuleVetoBenign is > 0.5 and <= 1) || !(Combination.RuleVetoFactor is >= 0 and <= 1)
            || !(Combination.BenignContextFactor is > 0 and <= 1) || !(Combination.RequestContextFactor is > 0 and <= 1) || !(Combination.ImpersonalCrisis is >= 0 and <= 1) || !(Combination.UncorroboratedCrisis is >= 0 and <= 1)
            || !(Combination.UncorroboratedEnd is >= 0 and <= 1))
        {
            errors.Add("combination: ruleVetoBenign must be in (0.5, 1], ruleVetoFactor in [0, 1], benignContextFactor in (0, 1], impersonalCrisis, uncorroboratedCrisis and uncorroboratedEnd in [0, 1]");
        }
        errors.AddRange(Gate?.Validate() ?? []);
        errors.AddRange(Neighbours?.Validate(Dimensions, Labels.Length) ?? []);
        foreach (var (label, threshold) in (Thresholds ?? ImmutableDictionary<string, double>.Empty).Concat(SuspicionThresholds ?? ImmutableDictionary<string, double>.Empty))
        {
            if (!Labels.Contains(label) && label != SemanticLabels.AnyHarm)
            {
                errors.Add($"threshold for unknown label '{label}'");
            }
            if (!(threshold > 0 && threshold < 1))
            {
                errors.Add($"threshold for '{label}' must be between 0 and 1");
            }
        }
        foreach (var (label, suspicion) in SuspicionThresholds ?? ImmutableDictionary<string, double>.Empty)
        {
            if (Thresholds?.GetValueOrDefault(label) is { } threshold && suspicion > threshold)
            {
                errors.Add($"suspicion threshold for '{label}' must not exceed its threshold");
            }
        }
        return errors;
    }

    /// <summary>Writes the model with a SHA-256 of its content, so a damaged or hand-edited file is refused at load.</summary>
    public string ToFileText()
    {
        var body = JsonSerializer.Serialize(this, SerializerOptions);
        return $"{{\n\"sha256\": \"{Hash(body)}\",\n\"model\": {body}\n}}\n";
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToFileText());
    }

    /// <summary>Loads and checks a model file; any problem is one <see cref="SemanticModelException"/> naming the file.</summary>
    public static SemanticModel Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SemanticModelException(path, ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message);
        }
        return Parse(text, path);
    }

    public static SemanticModel Parse(string text, string source)
    {
        SemanticModel? model;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty("sha256", out var hash) || !document.RootElement.TryGetProperty("model", out var body))
            {
                throw new SemanticModelException(source, "not a semantic model file (no sha256 and model)");
            }
            var raw = body.GetRawText();
            if (!string.Equals(hash.GetString(), Hash(raw), StringComparison.OrdinalIgnoreCase))
            {
                throw new SemanticModelException(source, "its checksum does not match its content (damaged or edited)");
            }
            model = body.Deserialize<SemanticModel>(SerializerOptions);
        }
        catch (JsonException ex)
        {
            throw new SemanticModelException(source, $"not valid JSON ({ex.Message})");
        }
        if (model is null)
        {
            throw new SemanticModelException(source, "the model is empty");
        }
        var errors = model.Validate();
        return errors.Count == 0 ? model : throw new SemanticModelException(source, string.Join("; ", errors));
    }

    private static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

/// <summary>A model file that cannot be used; the message is one line that names the file.</summary>
public sealed class SemanticModelException(string path, string reason)
    : Exception($"Semantic model '{path}' cannot be used: {reason}.")
{
    public string ModelPath { get; } = path;
}

/// <param name="RuleVetoBenign">A rule's harm signal is lowered when the model is at least this sure the message is benign.</param>
/// <param name="RuleVetoFactor">What a vetoed rule signal's confidence is multiplied by.</param>
/// <param name="BenignContextFactor">What a model signal's confidence is multiplied by when the rules saw a benign sense
/// or frame (a homonym, a descriptive question, fiction, history).</param>
/// <param name="ImpersonalCrisis">The probability a model crisis needs when the message has no word of the writer ("I",
/// "me", "my", "we") and the rules saw no crisis: a crisis is about the one who writes, and the crisis head, tuned to miss
/// nothing, also reads "what's the weather usually like in May" (0.62) as one. At 0.9 held-out crises safeguarded fell
/// 95.5 → 94.8 % (a crisis said in Portuguese has no English word of the writer) for no gain in the composed figures. Models trained before it take the default.</param>
/// <param name="UncorroboratedCrisis">The probability a model crisis needs when the message has no word of despair, ending
/// or loss (<see cref="Signals.TermClass.DistressCue"/>) and the rules saw no crisis: the crisis head reads "last warning,
/// obey me" (0.44) and "how far away can I stand from the house" (0.43) as faintly as "the world doesn't need me" (0.40).
/// Models trained before it take the default.</param>
/// <param name="RequestContextFactor">What a model harmful-request signal's confidence is multiplied by in such a frame: a
/// request read in a game, a story or history ("how do I kill without being seen in Among Us") is the safe prompt the
/// heads confuse most, while abuse in a tweet that names a song or a game is still abuse. Left out of
/// <see cref="BenignContextFactor"/> for that reason: at 0.5 for every label, held-out persistent abuse terminated fell
/// 86.4 → 85.7 % (Davidson's tweets 72.3 → 67.7 %). Models trained before it take the default.</param>
/// <param name="UncorroboratedEnd">The probability a model end request needs when the rules saw no end phrase and no word of leave-taking: the head reads "thanks, I'll ask for a day off" (0.91) as a closing, and ending a benign conversation
/// counts as terminating it, while the requests the rules miss ("I want out of this chat") read 0.97 and more. Models
/// trained before it take the default.</param>
public sealed record SemanticCombination(double RuleVetoBenign = 0.995, double RuleVetoFactor = 0.8, double BenignContextFactor = 0.75, double ImpersonalCrisis = 0.7,
    double UncorroboratedCrisis = 0.6, double RequestContextFactor = 0.5, double UncorroboratedEnd = 0.95);
