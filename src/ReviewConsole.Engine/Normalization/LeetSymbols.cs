namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The rarer symbols of leetspeak, which are punctuation everywhere else: '|' for "l" ("u$e|e$$", "ki||"), '+' for "t"
/// ("+r@!n3d"), '(' for "c" ("m@g!("), '€' for "e" ("w€"), '6' for "g" ("6!v3$") and a '!' that opens a word ("!d!0t"). Each is written as its
/// letter, one character for one, before the folding, only inside a word that is already leetspeak (another leet
/// character in it) or that the lexicon knows once read so: "a|b", "c++", "(see)", "f(x)", "Monday(12" and "!important"
/// stay as typed.
/// </summary>
internal static class LeetSymbols
{
    private static readonly System.Buffers.SearchValues<char> Symbols = System.Buffers.SearchValues.Create("|+(€!6");

    // The signs of leetspeak the folding reads already, and '€'.
    private static readonly System.Buffers.SearchValues<char> OtherLeet = System.Buffers.SearchValues.Create("01345789@$!€");

    // The signs that stand for letters and are never digits of arithmetic.
    private static readonly System.Buffers.SearchValues<char> Signs = System.Buffers.SearchValues.Create("@$!|(€");

    private const int MinLength = 3;

    /// <summary>Whether the text holds a symbol this class may read as a letter.</summary>
    public static bool MayHold(string text) => text.AsSpan().ContainsAny(Symbols);

    /// <summary>The text with every symbol meant as a letter written as that letter; the same length as <paramref name="text"/>.</summary>
    public static string Resolve(string text, out bool resolved)
    {
        char[]? result = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            // "$()und": a bracket that a closing one follows draws an "o" with it (TextNormalizer), inside the word.
            while (i < text.Length && (IsTokenChar(text[i]) || (text[i] == ')' && text[i - 1] == '(')))
            {
                i++;
            }
            var token = text.AsSpan(start, i - start);
            // A '!' is one only when it opens a word; at its end it closes a sentence ("stop!!").
            var trailing = token.Length - token.TrimEnd('!').Length;
            token = token[..^trailing];
            if (token.Length < MinLength || !token.ContainsAny(Symbols) || ReadAsWord(token) is not { } word)
            {
                continue;
            }
            result ??= text.ToCharArray();
            word.AsSpan().CopyTo(result.AsSpan(start));
        }
        resolved = result is not null;
        return result is null ? text : new string(result);
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '$' or '!' or '|' or '+' or '(' or '€';

    /// <summary>The token with its symbols written as letters, when they are meant so; else null.</summary>
    private static string? ReadAsWord(ReadOnlySpan<char> token)
    {
        var letters = 0;
        var otherLeet = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            letters += char.IsAsciiLetter(c) ? 1 : 0;
            otherLeet += IsDrawnO(token, k) ? 1 : 0;
            // Another sign of leetspeak than the symbols read here: "managers||We" and "!important" have none.
            otherLeet += OtherLeet.Contains(c) && !(c == '!' && k == 0) ? 1 : 0;
        }
        if (IsPunctuation(token, letters, otherLeet))
        {
            return null;
        }
        var hasSign = token.ContainsAny(Signs) || token.Contains('+');
        Span<char> asL = stackalloc char[token.Length];
        Span<char> asI = stackalloc char[token.Length];
        var changed = false;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            var letter = c switch
            {
                '|' => 'l',
                '+' => 't',
                '(' when IsDrawnO(token, k) => '(',
                // "Monday(12": a bracket before a number opens it.
                '(' when !IsDigits(token[(k + 1)..]) => 'c',
                '€' => 'e',
                // "16gb" is a size; "m@n@63" is leetspeak.
                '6' when hasSign => 'g',
                '!' => 'i',
                _ => c,
            };
            changed |= letter != c;
            asL[k] = letter;
            asI[k] = c == '|' ? 'i' : letter;
        }
        if (!changed)
        {
            return null;
        }
        var readsAsL = IsLexiconWord(asL);
        var readsAsI = IsLexiconWord(asI);
        // "nice work!|": a bar that ends a word is a divider, unless the word is one ("ki||").
        if ((otherLeet == 0 || token[^1] == '|') && !readsAsL && !readsAsI)
        {
            return null;
        }
        // '|' is drawn like "l" and like "I": "ki||", "|diot".
        return new string(readsAsI && !readsAsL ? asI : asL);
    }

    /// <summary>
    /// Whether the symbols of a token are punctuation, not letters: "c++" and "(18+" end in what follows no letter,
    /// "great!!!!!see" runs two sentences together,
    /// "(a" and "(10am" open a bracket, "|name|" is a table's cell, "!+limit" opens with signs, "3x+4" is arithmetic,
    /// "work!|" ends a sentence then divides, "$@(!" is a row of signs; "|!++|3" ("little"), signs and a digit, is leetspeak.
    /// </summary>
    private static bool IsPunctuation(ReadOnlySpan<char> token, int letters, int otherLeet)
    {
        var signs = 0;
        foreach (var c in token)
        {
            signs += c is '|' or '!' or '@' or '(' or '+' or '$' ? 1 : 0;
        }
        return (letters == 0 && (token.Length < 4 || signs < 3 || !token.ContainsAnyInRange('0', '9')))
            || (token[^1] == '+' && (otherLeet == 0 || !(char.IsAsciiLetter(token[^2]) || Signs.Contains(token[^2]))))
            || token.Contains("!!", StringComparison.Ordinal)
            || (token[0] == '(' && ((!token[1..].ContainsAny(Signs) && !token.Contains('+')) || token[1] == '@'))
            || (token[0] == '|' && token[^1] == '|')
            || (token[0] == '!' && !char.IsAsciiLetterOrDigit(token[1]) && token[1] is not ('@' or '$'))
            || (letters < 2 && token[1..].Contains('+') && !token.ContainsAny(Signs))
            || (token.EndsWith("!|") && !token.EndsWith("!||"));
    }

    // "()" draws an "o", which the folding writes (TextNormalizer); here it stays as typed and reads as "o".
    private static bool IsDrawnO(ReadOnlySpan<char> token, int k) => token[k] == '(' && k + 1 < token.Length && token[k + 1] == ')';

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Whether the word, lowercased and its other leet digits and signs read as the folding reads them, is a lexicon word.</summary>
    private static bool IsLexiconWord(ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[word.Length];
        var n = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if (IsDrawnO(word, k))
            {
                folded[n++] = 'o';
                k++;
                continue;
            }
            folded[n++] = word[k] == '6' ? 'g' : TextNormalizer.FoldLeet(char.ToLowerInvariant(word[k]));
        }
        return LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded[..n]);
    }
}
