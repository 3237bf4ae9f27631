namespace ReviewConsole.Engine.Normalization;

/// <summary>What normalization found that a person trying to hide words would leave behind.</summary>
[Flags]
public enum EvasionTraits
{
    None = 0,
    HiddenCharacters = 1,
    Homoglyphs = 2,
    MixedScriptWord = 4,
    Leetspeak = 8,
    SplitLetters = 16,
    TagCharacters = 32,
    FullWidthOrStyled = 64,
    RepeatedCharacters = 128,
    UpsideDown = 256,
}

/// <summary>
/// A message folded to a lowercase Latin skeleton: words separated by single spaces, clause ends marked by '|',
/// letter runs squeezed to one letter. <see cref="OriginalStart"/> maps every skeleton character back to the
/// first original UTF-16 index it came from, so matches can be highlighted in what the user typed.
/// </summary>
public sealed class NormalizedText
{
    internal NormalizedText(char[] text, int[] originalStart, int length, int originalLength, EvasionTraits traits, string? hiddenTagText)
    {
        Buffer = text;
        OriginalStartBuffer = originalStart;
        Length = length;
        OriginalLength = originalLength;
        Traits = traits;
        HiddenTagText = hiddenTagText;
    }

    internal char[] Buffer { get; }

    internal int[] OriginalStartBuffer { get; }

    public int Length { get; private set; }

    public int OriginalLength { get; private set; }

    public ReadOnlySpan<char> Text => Buffer.AsSpan(0, Length);

    public EvasionTraits Traits { get; private set; }

    /// <summary>ASCII smuggled in Unicode tag characters (U+E0000–U+E007F), decoded; null when there was none.</summary>
    public string? HiddenTagText { get; private set; }

    public int OriginalStart(int normalizedIndex) => OriginalStartBuffer[normalizedIndex];

    /// <summary>
    /// The span [start, end) of what the user typed covering skeleton characters [start, start+length): of
    /// <see cref="Original"/>, mirrored when the text was read from its end (turned upside down).
    /// </summary>
    public (int Start, int End) ToOriginal(int start, int length)
    {
        var (resolvedStart, resolvedEnd) = ToResolved(start, length);
        return Mirrored ? (OriginalLength - resolvedEnd, OriginalLength - resolvedStart) : (resolvedStart, resolvedEnd);
    }

    /// <summary>Whether <see cref="Original"/> is what the user typed read from its end (<see cref="UpsideDownText"/>).</summary>
    public bool Mirrored { get; private set; }

    /// <summary>The span [start, end) of <see cref="Original"/> covering skeleton characters [start, start+length).</summary>
    public (int Start, int End) ToResolved(int start, int length)
    {
        var originalStart = OriginalStartBuffer[start];
        var last = start + length;
        var originalEnd = last < Length ? OriginalStartBuffer[last] : OriginalLength;
        return (originalStart, Math.Max(originalStart + 1, originalEnd));
    }

    /// <summary>The text as given (ambiguous letters resolved, turned text read upright), which <see cref="OriginalStart"/> indexes: punctuation the skeleton drops, such as commas.</summary>
    public string Original { get; private set; } = "";

    internal void Reset(string original, int length, EvasionTraits traits, string? hiddenTagText, bool mirrored)
    {
        Original = original;
        Mirrored = mirrored;
        Length = length;
        OriginalLength = original.Length;
        Traits = traits;
        HiddenTagText = hiddenTagText;
    }

    public override string ToString() => new(Text);
}
