using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Characters that stand for a letter the folding cannot know alone, read against the lexicon's words before folding,
/// one character for one letter so every index still points at what the user typed:
/// <list type="bullet">
/// <item>letters masked with '*' ("st*pid", "k*ll", "f**k"): a lexicon word with the same letters around the masks is
/// the word meant, or among several the one word of profanity; one that fits no word, or several such, is left as it
/// is;</item>
/// <item>a '1' in a word of leetspeak is "i" to the folding ("k1ll"), but "l" as often ("mus1ims", "fu11", "k111"): when
/// reading some of them "l" spells a lexicon word and reading all "i" does not, they are written so.</item>
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
            if (IsContractedWill(text, start, length))
            {
                result ??= text.ToCharArray();
                result[start] = result[start + 1] = 'l';
                continue;
            }
            if (masks == 0 && OnesMeantAsL(text.AsSpan(start, length)) is var asL and not 0)
            {
                result ??= text.ToCharArray();
                var one = 0;
                for (var k = start; k < i; k++)
                {
                    if (text[k] == '1' && (asL >> one++ & 1) == 1)
                    {
                        result[k] = 'l';
                    }
                }
                continue;
            }
            // A mask must follow a letter ("**bold**" is markdown), but for one vowel masked at the start of a longer word
            // ("*nymore", "*ddress"). Masks at the end or over half the word ("f***", "b***h") leave too little to tell most
            // words apart: such a word is read only as the one word of profanity it fits.
            var leading = text[start] == Mask;
            if (masks == 0 || length < EverydayMinLength || (leading && (masks > 1 || length < LeadingMaskMinLength || text[i - 1] == Mask)))
            {
                continue;
            }
            var heavy = text[i - 1] == Mask || masks * 2 > length;
            var masked = text.AsSpan(start, length);
            if (((length >= MinLength ? Resolve(masked, profanityOnly: heavy) is { } known ? VowelMaskedReading(masked, masks, known) : null : null)
                ?? EverydayWord(masked, masks)) is not { } word
                || (leading && !DroppedVowels.IsVowel(word[0])))
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

    /// <summary>"I'11", "you'11": the "ll" of a contraction written in ones.</summary>
    private static bool IsContractedWill(string text, int start, int length) =>
        length == 2 && text[start] == '1' && text[start + 1] == '1' && start >= 2 && text[start - 1] is '\'' or '’' && char.IsAsciiLetter(text[start - 2]);

    // Words with more '1's are not tried letter by letter: 2^n readings.
    private const int MaxOnes = 4;

    /// <summary>
    /// Which '1's of a word are "l" (a bit set for each, in order) when some mix of "i" and "l" reads as a lexicon word
    /// ("k111" is "kill") and all "i" does not; else 0.
    /// </summary>
    private static int OnesMeantAsL(ReadOnlySpan<char> word)
    {
        var ones = word.Count('1');
        if (word.Length < MinLength || ones == 0 || ones > MaxOnes || word.IndexOfAnyInRange('a', 'z') < 0 && word.IndexOfAnyInRange('A', 'Z') < 0)
        {
            return 0;
        }
        Span<char> reading = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            reading[k] = word[k] switch
            {
                '0' => 'o',
                '3' => 'e',
                '4' or '@' => 'a',
                '!' => 'i',
                '5' or '$' => 's',
                '7' => 't',
                _ => char.ToLowerInvariant(word[k]),
            };
        }
        var lookup = LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var asL = 0; asL < 1 << ones; asL++)
        {
            var one = 0;
            for (var k = 0; k < word.Length; k++)
            {
                if (word[k] == '1')
                {
                    reading[k] = (asL >> one++ & 1) == 1 ? 'l' : 'i';
                }
            }
            if (lookup.Contains(reading))
            {
                return asL;
            }
        }
        return 0;
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

    /// <summary>
    /// A mask hides a vowel as a rule ("st*pid", "w*iting"): when the lexicon's word puts a consonant under it ("writing")
    /// and an everyday word a vowel ("waiting"), the everyday word is meant. A word of profanity is kept ("f**k").
    /// </summary>
    private static string VowelMaskedReading(ReadOnlySpan<char> masked, int masks, string known) =>
        LexiconWords.Maskable.Contains(known) || MasksVowels(masked, known) ? known : EverydayWord(masked, masks, vowelsUnderMasks: true) ?? known;

    private static bool MasksVowels(ReadOnlySpan<char> masked, string word)
    {
        for (var k = 0; k < masked.Length; k++)
        {
            if (masked[k] == Mask && !DroppedVowels.IsVowel(word[k]))
            {
                return false;
            }
        }
        return true;
    }

    // "w*n't": an everyday word may be shorter than the lexicon's, its letters told apart by how common each word is.
    private const int EverydayMinLength = 3;

    // A masked first letter leaves the rest to tell: "*nymore" is "anymore", "*ll" could be anything.
    private const int LeadingMaskMinLength = 5;

    // A negation typed without its apostrophe is no word of the list ("d*nt" would read "dent"): it is read so when none
    // of the commonest words of its length fits ("w*nt" is "want").
    private static readonly string[] NegationsWithoutApostrophe = ["dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "arent", "aint"];
    private const int CommonOfItsLength = 1000;

    /// <summary>
    /// A word the lexicon does not hold, under fewer masks than letters ("p*lls", "w*n't", "rop*"): the commonest English
    /// word that fits. A mask after a whole word is a footnote's ("important*"). With <paramref name="vowelsUnderMasks"/>,
    /// only a word with a vowel under every mask, among the commonest of its length.
    /// </summary>
    private static string? EverydayWord(ReadOnlySpan<char> masked, int masks, bool vowelsUnderMasks = false)
    {
        // A word of abuse that fits, even among others ("sl*t"), is for the rules to read, not the commonest word.
        if (masks * 2 >= masked.Length || masked.ContainsAnyExcept(LettersAndMask)
            || AnAbusiveWordFits(masked))
        {
            return null;
        }
        Span<char> lower = stackalloc char[masked.Length];
        masked.ToLowerInvariant(lower);
        var lettersBeforeMasks = lower.TrimEnd(Mask);
        if (lettersBeforeMasks.Length < lower.Length && EnglishWords.Knows(lettersBeforeMasks, squeezed: false))
        {
            return null;
        }
        var words = EnglishWords.OfLength(lower.Length);
        for (var rank = 0; rank < words.Count; rank++)
        {
            if (Fits(lower, words[rank]) && (!vowelsUnderMasks || MasksVowels(lower, words[rank])))
            {
                return rank < CommonOfItsLength ? words[rank] : vowelsUnderMasks ? null : NegationFitting(lower) ?? words[rank];
            }
        }
        return vowelsUnderMasks ? null : NegationFitting(lower);
    }

    private static string? NegationFitting(ReadOnlySpan<char> masked)
    {
        foreach (var negation in NegationsWithoutApostrophe)
        {
            if (negation.Length == masked.Length && Fits(masked, negation))
            {
                return negation;
            }
        }
        return null;
    }

    private static bool AnAbusiveWordFits(ReadOnlySpan<char> masked)
    {
        foreach (var word in LexiconWords.AbusiveWords)
        {
            if (word.Length == masked.Length && Fits(masked, word))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LettersAndMask =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ*");

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
