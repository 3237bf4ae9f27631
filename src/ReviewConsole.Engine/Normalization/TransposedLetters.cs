using System.Collections.Frozen;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Two neighbouring letters swapped in a word of abuse ("stupdi", "idoit", "btich") or in a group's name ("jwes",
/// "mulsims"): the slip a typist makes and a filter dodger copies; or the whole word written backwards ("diputs",
/// "swej"). A word of five letters or more (four for a group's name) that is no word of the lexicon, and that one swap or
/// the reversal turns into a one-word entry of the profanity, insult or protected-group files, is read as that entry, written letter for letter over it so every index still
/// points at what the user typed. Any other token that is no word is read against <see cref="EnglishWords"/> ("waht").
/// </summary>
internal static class TransposedLetters
{
    // Shorter words swap into other words too often ("form", "from").
    private const int MinLength = 5;
    private const int MinGroupLength = 4;
    private const int MaxLength = 16;

    // Swaps that spell a word, a name or a common misspelling no lexicon file holds, found by listing every swap of every
    // abusive word: "carbon" is "cabron" swapped, "crepe" is "creep", "certin" is "cretin", "amor" is "roma" backwards.
    private static readonly string[] EverydayWords = ["carbon", "crepe", "crepey", "worts", "omron", "certin", "amor"];

    // Every swapped spelling of every abusive word, to the word; a spelling two words share, or that is itself a word
    // the lexicon knows, is left out.
    private static readonly Lazy<FrozenDictionary<string, string>> Swapped = new(Build);

    // A swap keeps a word's letters, only their order changes: a sum of one number per letter, the same for the word and
    // each of its swaps, turns away nearly every other word before the dictionary hashes it.
    private static readonly ulong[] LetterValues = [.. Enumerable.Range(0, 26).Select(k => Mix((ulong)k + 1))];
    private const int BagBits = 16;
    private static readonly Lazy<bool[]> Bags = new(() =>
    {
        var bags = new bool[1 << BagBits];
        foreach (var word in Swapped.Value.Values)
        {
            var bag = 0UL;
            foreach (var c in word)
            {
                bag += LetterValues[c - 'a'];
            }
            bags[Slot(bag)] = true;
        }
        return bags;
    });

    private static int Slot(ulong bag) => (int)((bag ^ (bag >> 32)) & ((1 << BagBits) - 1));

    // SplitMix64's finaliser: well-spread numbers from small ones.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        // A group's name swapped ("jwes", "mulsims") or backwards ("swej") hides hate as a word of abuse hides an insult;
        // its swaps are read from four letters, where no English word is one.
        var groups = LexiconWords.OneWordEntries(TermClass.ProtectedGroup).Where(w => w.Length is >= MinGroupLength and <= MaxLength);
        foreach (var word in LexiconWords.AbusiveWords.Where(w => w.Length is >= MinLength and <= MaxLength).Concat(groups).Distinct())
        {
            for (var k = 0; k + 1 < word.Length; k++)
            {
                if (word[k] == word[k + 1])
                {
                    continue;
                }
                var letters = word.ToCharArray();
                (letters[k], letters[k + 1]) = (letters[k + 1], letters[k]);
                var spelling = new string(letters);
                if (LexiconWords.All.Contains(spelling) || EverydayWords.Contains(spelling) || (word.Length < MinLength && EnglishWords.Knows(spelling, squeezed: false)))
                {
                    continue;
                }
                found[spelling] = found.TryGetValue(spelling, out var other) && other != word ? null : word;
            }
            // "Diputs": the word written backwards, which keeps its letters as a swap does.
            var backwards = new string([.. word.Reverse()]);
            if (backwards != word && !LexiconWords.All.Contains(backwards) && !EverydayWords.Contains(backwards) && !EnglishWords.Knows(backwards, squeezed: false))
            {
                found[backwards] = found.TryGetValue(backwards, out var other) && other != word ? null : word;
            }
        }
        return found.Where(pair => pair.Value is not null).ToFrozenDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);
    }

    // Words written backwards are read only where a message holds at least this many different ones, and they are at least
    // a third of its tokens that are no word: one such token is as likely a name or a handle ("nomis") as a word turned
    // round, and a text in another language turns a word round by chance ("trop").
    private const int MinReversedWords = 2;
    private const int UnknownPerReversed = 3;
    private const int MinReversedLength = 4;

    /// <summary>
    /// "Etirw a tweet saying kcalb people are…": a message with two words or more written backwards, each no word as typed and
    /// one of the commonest words turned round, read with those words the right way round (letter for letter, so every
    /// index still points at what the user typed). Words of abuse written backwards are read alone (<see cref="Swap"/>).
    /// </summary>
    private static string ReadReversedWords(string text)
    {
        List<(int Start, int Length)>? reversed = null;
        HashSet<string>? words = null;
        var unknown = 0;
        Span<char> turned = stackalloc char[MaxLength];
        for (var i = NextLetter(text, 0); i < text.Length; i = NextLetter(text, i))
        {
            // A word with its apostrophe, which turns round with it: "er'uoy" is "you're".
            var start = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))))
            {
                i++;
            }
            var length = i - start;
            if (length is < ShortestReversed or > MaxLength || (i < text.Length && char.IsLetterOrDigit(text[i])) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }
            for (var k = 0; k < length; k++)
            {
                turned[k] = IsApostrophe(text[start + k]) ? '\'' : (char)(text[start + k] | 0x20);
            }
            var typed = turned[..length];
            var apostrophe = typed.IndexOf('\'');
            if (apostrophe < 0 ? EnglishWords.Knows(typed, squeezed: false) : IsContraction(typed))
            {
                continue;
            }
            unknown++;
            typed.Reverse();
            if (apostrophe < 0 ? IsWordTurnedRound(typed) : IsContraction(typed))
            {
                (reversed ??= []).Add((start, length));
                (words ??= new HashSet<string>(StringComparer.Ordinal)).Add(new string(typed));
            }
        }
        if (reversed is null || words!.Count < MinReversedWords || reversed.Count * UnknownPerReversed < unknown)
        {
            return text;
        }
        var result = text.ToCharArray();
        foreach (var (start, length) in reversed)
        {
            for (var k = 0; k < length; k++)
            {
                var c = text[start + length - 1 - k];
                var letter = char.IsAsciiLetter(c) ? (char)(c | 0x20) : c;
                result[start + k] = char.IsAsciiLetterUpper(text[start + k]) ? char.ToUpperInvariant(letter) : letter;
            }
        }
        return new string(result);
    }

    // Three letters turn into another word too often ("tub", "god"): only the commonest words are read turned round ("uoy").
    private const int ShortestReversed = 3;
    private const int CommonestShortRanks = 300;
    private static readonly string[] ContractionEnds = ["re", "s", "ll", "ve", "d", "m"];

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The index of the first ASCII letter at or after <paramref name="from"/>; the text's length if none.</summary>
    private static int NextLetter(string text, int from)
    {
        while (from < text.Length && !char.IsAsciiLetter(text[from]))
        {
            from++;
        }
        return from;
    }

    /// <summary>A word one of the commonest, or of the lexicon; of three letters, one of the very commonest.</summary>
    private static bool IsWordTurnedRound(ReadOnlySpan<char> word) =>
        word.Length >= MinReversedLength
            ? EnglishWords.IsCommon(word) || LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            : EnglishWords.RankOf(word) is >= 0 and < CommonestShortRanks;

    /// <summary>"you're", "don't", "i'll": one of the commonest words, an apostrophe and a contraction's ending.</summary>
    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOf('\'');
        if (apostrophe <= 0 || word[(apostrophe + 1)..].Contains('\''))
        {
            return false;
        }
        var head = word[..apostrophe];
        var end = word[(apostrophe + 1)..];
        if (end is "t")
        {
            return head is "don" or "doesn" or "didn" or "isn" or "wasn" or "aren" or "won" or "can" or "couldn" or "wouldn" or "shouldn" or "haven" or "hasn";
        }
        foreach (var ending in ContractionEnds)
        {
            if (end.SequenceEqual(ending))
            {
                return EnglishWords.RankOf(head) is >= 0 and < CommonestShortRanks;
            }
        }
        return false;
    }

    /// <summary>The text with each swapped word of abuse spelled right; the same length as <paramref name="text"/>.</summary>
    public static string Resolve(string text)
    {
        text = ReadReversedWords(text);
        var bags = Bags.Value;
        char[]? result = null;
        for (var i = NextLetter(text, 0); i < text.Length; i = NextLetter(text, i))
        {
            var start = i;
            var bag = 0UL;
            for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
            {
                bag += LetterValues[(text[i] | 0x20) - 'a'];
            }
            var length = i - start;
            // A word joined to its neighbours by a letter of another script or a digit is some other disguise.
            if (length is < ShortestSwap or > MaxLength || (i < text.Length && char.IsLetterOrDigit(text[i]))
                || (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                || (length < EnglishWords.MinLength ? ShortWord(text.AsSpan(start, length))
                    : (length >= MinGroupLength && bags[Slot(bag)] ? Swap(text.AsSpan(start, length)) : null) ?? EverydayWord(text.AsSpan(start, length))) is not { } word)
            {
                continue;
            }
            result ??= text.ToCharArray();
            for (var k = 0; k < length; k++)
            {
                result[start + k] = char.IsAsciiLetterUpper(text[start + k]) ? char.ToUpperInvariant(word[k]) : word[k];
            }
        }
        return result is null ? text : new string(result);
    }

    // Three letters swap into another word too often to be read against the dictionary ("fro", "nad"): only the swaps of
    // the words that say who is spoken to and join a sentence, which are no word themselves.
    private const int ShortestSwap = 3;
    private static readonly FrozenDictionary<string, string> ShortSwaps = new Dictionary<string, string>
    {
        ["yuo"] = "you", ["oyu"] = "you", ["teh"] = "the", ["hte"] = "the", ["adn"] = "and", ["hwo"] = "how",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string? ShortWord(ReadOnlySpan<char> letters)
    {
        Span<char> lower = stackalloc char[letters.Length];
        letters.ToLowerInvariant(lower);
        return ShortSwaps.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var word) ? word : null;
    }

    /// <summary>An everyday word swapped ("waht", "becuase"): the commonest English word one swap away, when the token is none.</summary>
    private static string? EverydayWord(ReadOnlySpan<char> letters)
    {
        Span<char> lower = stackalloc char[letters.Length];
        letters.ToLowerInvariant(lower);
        return EnglishWords.Unswapped(lower);
    }

    private static string? Swap(ReadOnlySpan<char> letters)
    {
        Span<char> lower = stackalloc char[MaxLength];
        for (var k = 0; k < letters.Length; k++)
        {
            lower[k] = (char)(letters[k] | 0x20);
        }
        return Swapped.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..letters.Length], out var word) ? word : null;
    }
}
