namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// A symbol typed between every letter of a word ("s!t!u!p!i!d", "k*i*l*l", "i|d|i|o|t"): a separator, as the dot of
/// "i.d.i.o.t" is, not the letter it would stand for in leetspeak ("sitiuipiid"). Each such symbol is written as a dot,
/// one character for one, before leetspeak is read; the split letters are then joined as any others. A symbol between
/// words ("a|b", "c++", "x+y") or between longer pieces ("k!ll") is left as typed.
/// </summary>
internal static class SeparatorSymbols
{
    private static readonly System.Buffers.SearchValues<char> Symbols = System.Buffers.SearchValues.Create("!|$@*+~^#%&=:;");

    // Fewer letters spell no word worth hiding ("a|b").
    private const int MinLetters = 3;

    /// <summary>
    /// Whether the letters at every other character from <paramref name="start"/> to <paramref name="end"/> spell a word
    /// of the lexicon or of English, typed or with doubled letters squeezed ("k*i*l*l"): "x+y+z" and "a|b|c" spell none.
    /// </summary>
    private static bool SpellsAWord(string text, int start, int end)
    {
        var typed = new char[(end - start + 1) / 2];
        var squeezed = new char[typed.Length];
        var n = 0;
        var m = 0;
        for (var k = start; k < end; k += 2)
        {
            var c = char.ToLowerInvariant(text[k]);
            typed[n++] = c;
            if (m == 0 || squeezed[m - 1] != c)
            {
                squeezed[m++] = c;
            }
        }
        return SplitLetterWords.IsWord(typed, 0, n - 1) || SplitLetterWords.IsWord(squeezed, 0, m - 1);
    }

    /// <summary>Whether the text holds a symbol this class may read as a separator.</summary>
    public static bool MayHold(string text) => text.AsSpan().ContainsAny(Symbols);

    /// <summary>The text with every symbol typed between single letters written as a dot; the same length as <paramref name="text"/>.</summary>
    public static string Resolve(string text)
    {
        char[]? result = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]) || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
            {
                i++;
                continue;
            }
            // A word opens on a letter: count single letters each followed by the same symbol.
            var start = i;
            var separator = i + 1 < text.Length && Symbols.Contains(text[i + 1]) ? text[i + 1] : '\0';
            var letters = 1;
            var end = i + 1;
            while (separator != '\0' && end + 1 < text.Length && text[end] == separator && char.IsAsciiLetter(text[end + 1]))
            {
                letters++;
                end += 2;
            }
            // The run must end the word: "k!ll" is one symbol inside letters, not a letter spelled out.
            var endsTheWord = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]);
            if (letters >= MinLetters && endsTheWord && SpellsAWord(text, start, end))
            {
                result ??= text.ToCharArray();
                for (var k = start + 1; k < end; k += 2)
                {
                    result[k] = '.';
                }
            }
            i = Math.Max(end, i + 1);
        }
        return result is null ? text : new string(result);
    }
}
