using System.Buffers;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The last folding step, on whole tokens: words of abuse run together cut apart (<see cref="RunTogetherWords"/>) and
/// written without vowels restored (<see cref="DroppedVowels"/>). A repaired token only gains letters and spaces, each
/// pointing at the typed letter after it, so a span read in the repaired text still highlights what the user typed.
/// </summary>
internal static class TokenRepairs
{
    /// <summary>Repairs the tokens of <paramref name="text"/> (folded, words separated by single spaces) in place; returns the new length.</summary>
    public static int Repair(char[] text, int[] origin, int length, bool keepDoubles)
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
            if (lettersOnly && i > start && (DroppedVowels.Restore(text.AsSpan(start, i - start), keepDoubles) ?? RunTogetherWords.Cut(text.AsSpan(start, i - start))) is { } repaired)
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
