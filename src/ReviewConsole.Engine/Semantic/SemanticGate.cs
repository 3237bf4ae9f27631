using System.Collections.Immutable;

namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// The cascade's fast stage: a linear scorer over hashed words, word pairs and word-internal letter runs of the
/// readable text, trained to tell "maybe not benign" from plainly benign. It costs microseconds where the encoder costs
/// milliseconds, so the encoder reads only what passes it (or what the rules already flagged). Its threshold is set
/// on held-out sources for high recall: a miss here is a miss of the model (docs/MODEL.md, "Cascade").
/// </summary>
public sealed record SemanticGate
{
    /// <summary>How many hashed features there are; a power of two.</summary>
    public required int Buckets { get; init; }

    public required ImmutableArray<float> Weights { get; init; }

    public required float Bias { get; init; }

    /// <summary>The probability at or above which the encoder reads the message.</summary>
    public required float Threshold { get; init; }

    /// <summary>Share of held-out non-benign texts that passed when the threshold was chosen (what the cascade keeps).</summary>
    public double HeldOutRecall { get; init; }

    /// <summary>Share of held-out benign texts that passed (what the encoder still reads for nothing).</summary>
    public double HeldOutBenignPassed { get; init; }

    public bool Passes(string readableText) => Probability(readableText) >= Threshold;

    public float Probability(string readableText)
    {
        var features = new HashSet<int>();
        Features(readableText, Buckets, features);
        return Probability(features);
    }

    /// <summary>The probability from features already extracted (<see cref="Features"/>, distinct).</summary>
    public float Probability(IEnumerable<int> features)
    {
        var logit = Bias;
        foreach (var feature in features)
        {
            logit += Weights[feature];
        }
        return 1f / (1f + MathF.Exp(-logit));
    }

    /// <summary>
    /// The distinct features of a readable text: each lower-cased word, each pair of neighbouring words, and the
    /// four-letter runs of each word marked at its ends (so an unseen inflection still shares most features with a seen one).
    /// </summary>
    public static void Features(string readableText, int buckets, ISet<int> into)
    {
        var mask = (uint)buckets - 1;
        Span<char> word = stackalloc char[48];
        uint previous = 0;
        var length = 0;
        for (var i = 0; i <= readableText.Length; i++)
        {
            var c = i < readableText.Length ? readableText[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c == '\'' && length > 0))
            {
                if (length < word.Length)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
                continue;
            }
            if (length == 0)
            {
                continue;
            }
            var current = Hash(word[..length], 0x811C9DC5);
            into.Add((int)(current & mask));
            if (previous != 0)
            {
                into.Add((int)(Mix(previous, current) & mask));
            }
            AddLetterRuns(word[..length], mask, into);
            previous = current;
            length = 0;
        }
    }

    private static void AddLetterRuns(ReadOnlySpan<char> word, uint mask, ISet<int> into)
    {
        Span<char> marked = stackalloc char[word.Length + 2];
        marked[0] = '<';
        word.CopyTo(marked[1..]);
        marked[^1] = '>';
        for (var start = 0; start + 4 <= marked.Length; start++)
        {
            into.Add((int)(Hash(marked.Slice(start, 4), 0x9747B28C) & mask));
        }
    }

    private static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }

    private static uint Mix(uint first, uint second) => (first * 31 + second) * 2654435761;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Buckets < 16 || (Buckets & (Buckets - 1)) != 0)
        {
            errors.Add("gate: buckets must be a power of two of at least 16");
        }
        else if (Weights.IsDefault || Weights.Length != Buckets || Weights.Any(w => !float.IsFinite(w)))
        {
            errors.Add($"gate: weights must be {Buckets} finite numbers");
        }
        if (!float.IsFinite(Bias))
        {
            errors.Add("gate: bias must be a finite number");
        }
        if (!(Threshold is > 0 and < 1))
        {
            errors.Add("gate: threshold must be between 0 and 1");
        }
        return errors;
    }
}
