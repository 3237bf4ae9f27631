using System.Buffers;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The folding steps on whole tokens: a message typed without spaces cut into words (<see cref="RunTogetherSentences"/>,
/// before letter pairs are squeezed), then words of abuse run together cut apart (<see cref="RunTogetherWords"/>) and
/// words of abuse written without vowels restored (<see cref="DroppedVowels"/>). A repaired token only gains letters and
/// spaces, each pointing at the typed letter after it, so a span read in the repaired text still highlights what the user
/// typed.
/// </summary>
internal static class TokenRepairs
{
    /// <summary>Repairs the tokens of <paramref name="text"/> (folded, words separated by single spaces) in place; returns the new length.</summary>
    public static int Repair(char[] text, int[] origin, int length, bool keepDoubles) =>
        RepairTokens(text, origin, length, keepDoubles ? RepairKeepingDoubles : RepairSqueezed, MinRepaired);

    // Neither repair reads a shorter token ("stpd" is the shortest spelling restored).
    private const int MinRepaired = 4;

    private static readonly TokenRepair RepairKeepingDoubles = token => DroppedVowels.Restore(token, keepDoubles: true) ?? RunTogetherWords.Cut(token);
    private static readonly TokenRepair RepairSqueezed = token => DroppedVowels.Restore(token, keepDoubles: false) ?? RunTogetherWords.Cut(token);

    /// <summary>
    /// Cuts a message typed without spaces into words (<see cref="RunTogetherSentences"/>), in place, before the skeleton
    /// squeezes letter pairs; returns the new length.
    /// </summary>
    public static int RepairDespaced(string typed, char[] text, int[] origin, int length)
    {
        if (!RunTogetherSentences.IsDespaced(typed, text.AsSpan(0, length)))
        {
            return length;
        }
        var addressed = RunTogetherSentences.Addresses(text.AsSpan(0, length));
        var minWords = RunTogetherSentences.MinWords(text.AsSpan(0, length).Trim(" |"));
        return RepairTokens(text, origin, length, token => RunTogetherSentences.Cut(token, addressed, minWords), MinRepaired);
    }

    private delegate string? TokenRepair(ReadOnlySpan<char> token);

    private static int RepairTokens(char[] text, int[] origin, int length, TokenRepair repair, int minLength)
    {
        List<(int Start, int End, string Repaired)>? found = null;
        var i = 0;
        while (i < length)
        {
            while (i < length && !char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }
            var start = i;
            var lettersOnly = true;
            while (i < length && text[i] is not (' ' or '|'))
            {
                lettersOnly &= char.IsAsciiLetterLower(text[i]);
                i++;
            }
            if (lettersOnly && i - start >= minLength && repair(text.AsSpan(start, i - start)) is { } repaired)
            {
                (found ??= []).Add((start, i, repaired));
            }
        }
        return found is null ? length : Rewrite(text, origin, length, found);
    }

    private static int Rewrite(char[] text, int[] origin, int length, List<(int Start, int End, string Repaired)> found)
    {
        var source = ArrayPool<char>.Shared.Rent(length);
        var sourceOrigin = ArrayPool<int>.Shared.Rent(length);
        try
        {
            text.AsSpan(0, length).CopyTo(source);
            origin.AsSpan(0, length).CopyTo(sourceOrigin);
            var write = 0;
            var read = 0;
            foreach (var (start, end, repaired) in found)
            {
                for (; read < start && write < text.Length; read++, write++)
                {
                    text[write] = source[read];
                    origin[write] = sourceOrigin[read];
                }
                // The typed letters are a subsequence of the repaired token: each character put in points at the next typed one.
                foreach (var c in repaired)
                {
                    if (write == text.Length)
                    {
                        return write;
                    }
                    var typed = read < end && source[read] == c;
                    origin[write] = sourceOrigin[Math.Min(read, end - 1)];
                    text[write++] = c;
                    if (typed)
                    {
                        read++;
                    }
                }
                read = end;
            }
            for (; read < length && write < text.Length; read++, write++)
            {
                text[write] = source[read];
                origin[write] = sourceOrigin[read];
            }
            return write;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(source);
            ArrayPool<int>.Shared.Return(sourceOrigin);
        }
    }
}
