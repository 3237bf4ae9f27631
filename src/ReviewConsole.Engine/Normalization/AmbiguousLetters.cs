using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Characters that stand for a letter the folding cannot know alone, read against the lexicon's words before folding,
/// one character for one letter so every index still points at what the user typed:
/// <list type="bullet">
/// <item>letters masked with '*' ("st*pid", "k*ll", "f**k"): a lexicon word with the same letters around the masks is
/// the word meant, or among several the one word of profanity; one that fits no word, or several such, is left as it
/// is;</item>
/// <item>a '1' in a word of leetspeak is "i" to the folding ("k1ll"), but "l" as often ("mus1ims", "fu11"): when only the
/// "l" reading is a lexicon word, it is written so.</item>
/// </list>
/// </summary>
internal static class AmbiguousLetters
{
    public const char Mask = '*';

    // The shortest masked word read: "f*k" is too little to tell.
    private const int MinLength = 4;

    // The lexicon's words by length, for the masks.
    private static readonly Lazy<FrozenDictionary<int, string[]>> WordsByLength = new(() =>
        LexiconWords.All
            .Where(word => word.Length >= MinLength)
            .GroupBy(word => word.Length)
            .ToFrozenDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray()));

    /// <summary>Whether the text holds a character this class may read as another letter.</summary>
    public static bool MayHold(string text) => text.AsSpan().IndexOfAny('*', '1') >= 0;

    /// <summary>The text with each masked word, and each '1' meant as "l", that the lexicon knows spelled out; the same length as <paramref name="text"/>.</summary>
    public static string Resolve(string text)
    {
        char[]? result = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var masks = 0;
            // "Mu$1!ms": a '!' between two characters of a word is a letter too.
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] == '!' && i > start && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                masks += text[i] == Mask ? 1 : 0;
                i++;
            }
            var length = i - start;
            if (masks == 0 && OneMeantAsL(text.AsSpan(start, length)))
            {
                result ??= text.ToCharArray();
                for (var k = start; k < i; k++)
                {
                    result[k] = text[k] == '1' ? 'l' : result[k];
                }
                continue;
            }
            // A mask must follow a letter ("**bold**" is markdown). Masks at the end or over half the word ("f***", "b***h")
            // leave too little to tell most words apart: such a word is read only as the one word of profanity it fits.
            if (masks == 0 || length < MinLength || text[start] == Mask)
            {
                continue;
            }
            var heavy = text[i - 1] == Mask || masks * 2 > length;
            if (Resolve(text.AsSpan(start, length), profanityOnly: heavy) is not { } word)
            {
                continue;
            }
            result ??= text.ToCharArray();
            for (var k = 0; k < length; k++)
            {
                if (text[start + k] == Mask)
                {
                    result[start + k] = word[k];
                }
            }
        }
        return result is null ? text : new string(result);
    }

    // A word of leetspeak: letters, '1' and the other leet characters. '!' is left out: it ends sentences.
    private static bool IsWordChar(char c) => char.IsAsciiLetter(c) || c is Mask or '1' or '0' or '3' or '4' or '5' or '7' or '@' or '$';

    /// <summary>Whether a word with a '1' in it reads as a lexicon word with "l" there, and not with "i".</summary>
    private static bool OneMeantAsL(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.IndexOf('1') < 0 || word.IndexOfAnyInRange('a', 'z') < 0 && word.IndexOfAnyInRange('A', 'Z') < 0)
        {
            return false;
        }
        Span<char> asI = stackalloc char[word.Length];
        Span<char> asL = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k] switch
            {
                '0' => 'o',
                '3' => 'e',
                '4' or '@' => 'a',
                '!' => 'i',
                '5' or '$' => 's',
                '7' => 't',
                _ => char.ToLowerInvariant(word[k]),
            };
            asI[k] = c == '1' ? 'i' : c;
            asL[k] = c == '1' ? 'l' : c;
        }
        var lookup = LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(asL) && !lookup.Contains(asI);
    }

    private static string? Resolve(ReadOnlySpan<char> masked, bool profanityOnly)
    {
        if (!WordsByLength.Value.TryGetValue(masked.Length, out var words))
        {
            return null;
        }
        // One word fits, or several of which one alone is profanity ("f**k": fuck, not folk or fork).
        string? found = null;
        string? maskable = null;
        var fits = 0;
        var maskables = 0;
        foreach (var word in words)
        {
            if (!Fits(masked, word))
            {
                continue;
            }
            found = word;
            fits++;
            if (LexiconWords.Maskable.Contains(word))
            {
                maskable = word;
                maskables++;
            }
        }
        return fits == 1 && !profanityOnly ? found : maskables == 1 ? maskable : null;
    }

    private static bool Fits(ReadOnlySpan<char> masked, string word)
    {
        for (var k = 0; k < masked.Length; k++)
        {
            if (masked[k] != Mask && char.ToLowerInvariant(masked[k]) != word[k])
            {
                return false;
            }
        }
        return true;
    }
}
