using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The whole English words of the sentence encoder's vocabulary (<c>english-words.txt</c>: the uncased WordPiece list of
/// BERT, Apache-2.0, as all-MiniLM-L6-v2 ships it), in its order, which is roughly how common a word is. What the folding
/// reads an everyday word disguised past the lexicon against: letters masked ("p*lls"), two letters swapped ("waht"),
/// every vowel dropped ("scrpt"), one vowel dropped ("wthout"), a final "g" dropped ("standin"). A token that is a word is never touched; of several
/// words that fit, the commonest wins.
/// </summary>
internal static class EnglishWords
{
    // Shorter tokens fit too many words to tell which was meant.
    public const int MinLength = 4;

    // Four letters swap into a word the list lacks too often ("clam", "calm"; "perm", "prem"): they are read only as one of
    // the commonest words ("waht", "jsut").
    private const int MinSwapped = 5;
    private const int CommonestRanks = 1500;

    // A word of five letters or more that the lexicon reads and the list lacks ("asains") counts as one of the commonest:
    // the rules read it. Four letters swap into the lexicon's short words too easily ("imma", "imam"), so at four only a
    // word of violence, abuse or sexual violence is read ("satb", "klil").
    private const int LexiconRank = CommonestRanks - 1;

    private static readonly Lazy<FrozenSet<string>> HarmWords = new(() => LexiconWords.OneWordEntries(
        Signals.TermClass.ViolentAct | Signals.TermClass.Profanity | Signals.TermClass.Insult | Signals.TermClass.Weapon | Signals.TermClass.SexualViolence));

    // Vowels put back into a word: more, and "bffl" would be "buffalo". A skeleton of five letters or more names few
    // words, so it may stand for a word up to twice its length, less one ("cnvrstn", "conversation").
    private const int MaxVowelsRestored = 2;
    private const int MinLongSkeleton = 5;

    // A masked word shows where its missing letters stand: "w*n" fits few words (AmbiguousLetters).
    private const int MinMaskedLength = 3;
    private const int MaxLength = 24;

    private static readonly Lazy<string[]> Ordered = new(Load);

    // Each word to its place in the list: whether a token is a word, and how common.
    private static readonly Lazy<FrozenDictionary<string, int>> Ranks = new(() =>
        Ordered.Value.Select((word, rank) => (word, rank)).ToFrozenDictionary(pair => pair.word, pair => pair.rank, StringComparer.Ordinal));

    // The skeleton squeezes letter runs ("kill" reads "kil"): a squeezed token is a word when it is some word squeezed.
    // Only the words that squeezing changes are kept apart; the rest are in the list as they are.
    private static readonly Lazy<FrozenSet<string>> Squeezed = new(() =>
        Ordered.Value.Select(word => LexiconWords.Squeezed(word)).Where(squeezed => !Ranks.Value.ContainsKey(squeezed)).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<int, string[]>> ByLength = new(() =>
        Ordered.Value.Where(word => word.Length >= MinMaskedLength).GroupBy(word => word.Length).ToFrozenDictionary(group => group.Key, group => group.ToArray()));

    // Each word of four letters or more under its consonants (the first letter kept whatever it is, runs squeezed), commonest first.
    private static readonly Lazy<FrozenDictionary<string, string[]>> ByConsonants = new(() =>
        Ordered.Value.Where(word => word.Length >= MinLength).GroupBy(word => Consonants(word)).ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal));

    // The words several dropped vowels may be read as, under their skeletons, commonest first: the commonest words, and a
    // rarer one the lexicon reads ("termint" is "terminate"). Filtered once, so a token's look-up walks only these.
    private static readonly Lazy<FrozenDictionary<string, string[]>> RestorableByConsonants = new(() =>
    {
        var lexicon = LexiconWords.All;
        return Ordered.Value.Select((word, rank) => (word, rank))
            .Where(pair => pair.word.Length > MinVowelsDroppedLength && (pair.rank < OneVowelRanks || lexicon.Contains(pair.word)))
            .GroupBy(pair => Consonants(pair.word), pair => pair.word)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    });

    private static string[] Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Normalization.english-words.txt")
            ?? throw new InvalidOperationException("The embedded English word list is missing.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Every word of the list, commonest first.</summary>
    public static IReadOnlyList<string> All => Ordered.Value;

    /// <summary>Whether a lowercase token is a word, or the lexicon's, as typed or with its letter runs squeezed.</summary>
    public static bool Knows(ReadOnlySpan<char> token, bool squeezed) =>
        Ranks.Value.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(token)
        || (squeezed && Squeezed.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
        || LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);

    /// <summary>A lowercase word's place in the list (0 the commonest); -1 if the list lacks it.</summary>
    public static int RankOf(ReadOnlySpan<char> token) =>
        Ranks.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var rank) ? rank : -1;

    /// <summary>Whether a lowercase token is one of the list's commonest words (those a slip may be read as).</summary>
    public static bool IsCommon(ReadOnlySpan<char> token) =>
        Ranks.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var rank) && rank < OneVowelRanks;

    /// <summary>The words of the list of this many letters (three or more), commonest first; none when the list has none.</summary>
    public static IReadOnlyList<string> OfLength(int length) => ByLength.Value.TryGetValue(length, out var words) ? words : [];

    /// <summary>
    /// The commonest word, of the list or the lexicon, one swap of two neighbouring letters away from a lowercase token that
    /// is no word; else null.
    /// The first letter stays: a slip rarely moves it, and swapping it turns too many names into words.
    /// </summary>
    public static string? Unswapped(ReadOnlySpan<char> token)
    {
        // "starin", "drawin": a "g" dropped, not two letters swapped; "palin", "latin" are names. Only "-oin" is read as the
        // "-ion" it so often is ("sessoin").
        if (token.Length is < MinLength or > MaxLength || (token.EndsWith("in") && !token.EndsWith("oin")) || Knows(token, squeezed: false))
        {
            return null;
        }
        Span<char> letters = stackalloc char[token.Length];
        var lookup = Ranks.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var lexicon = LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>();
        var harm = HarmWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        string? best = null;
        var bestRank = int.MaxValue;
        // Nor the last two: British "-ise" swapped is a plural ("apologise", "apologies"), and both are words.
        for (var k = 1; k + 2 < token.Length; k++)
        {
            if (token[k] == token[k + 1])
            {
                continue;
            }
            token.CopyTo(letters);
            (letters[k], letters[k + 1]) = (letters[k + 1], letters[k]);
            string? word = null;
            var rank = int.MaxValue;
            if (lookup.TryGetValue(letters, out var listedRank))
            {
                (word, rank) = (Ordered.Value[listedRank], listedRank);
            }
            if ((token.Length >= MinSwapped ? lexicon : harm).TryGetValue(letters, out var entry) && LexiconRank < rank)
            {
                (word, rank) = (entry, LexiconRank);
            }
            if (word is not null && rank < bestRank)
            {
                best = word;
                bestRank = rank;
            }
        }
        return token.Length >= MinSwapped || bestRank < CommonestRanks ? best : null;
    }

    // A vowel that leads is kept by a writer dropping the rest ("uslss"), but four letters from a vowel name too many
    // abbreviations ("args", "acdc").
    private const int MinVowelLeading = 5;

    /// <summary>
    /// The commonest word a lowercase token of no vowel after its first letter was cut from by dropping at most two vowels ("scrpt",
    /// "wrng"), letter runs compared squeezed when <paramref name="squeezed"/>; else null. A token that keeps a vowel is
    /// left alone: chat drops an apostrophe or a "g" far more often than vowels ("dont", "hatin").
    /// </summary>
    public static string? WithVowels(ReadOnlySpan<char> token, bool squeezed)
    {
        if (token.Length is < MinLength or > MaxLength || token.ContainsAnyExceptInRange('a', 'z') || token[1..].ContainsAny(DroppedVowels.Vowels)
            || (DroppedVowels.IsVowel(token[0]) && token.Length < MinVowelLeading) || Knows(token, squeezed)
            || !ByConsonants.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Consonants(token), out var words))
        {
            return null;
        }
        foreach (var word in words)
        {
            var written = squeezed ? LexiconWords.Squeezed(word) : word;
            var restorable = token.Length >= MinLongSkeleton ? Math.Max(MaxVowelsRestored, token.Length - 1) : MaxVowelsRestored;
            if (written.Length > token.Length && written.Length <= token.Length + restorable && DropsOnlyVowels(written, token))
            {
                return word;
            }
        }
        return null;
    }

    // One vowel dropped is read only in longer tokens: four letters are one vowel short of too many words and names ("mins",
    // "clam", "json").
    private const int MinOneVowelShort = 5;

    // Past the commonest words the list holds names and rarities ("shriek", "seamen") a slip fits as well as what was meant.
    private const int OneVowelRanks = 12000;

    // Contractions typed without their apostrophe, which one vowel turns into other words ("wheres", "whereas").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contractions = new[] { "theres", "wheres", "heres", "youre", "theyre",
        "whats", "thats", "youve", "theyve", "youll", "theyll" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A word of abuse typed short ("fking") is the abuse files' to read, not one vowel from an everyday word ("faking").
    private static readonly string[] ProfaneStems = ["fk", "fck", "fuk", "sht", "cunt", "btch", "dck"];

    private static readonly string[] Endings = ["s", "es", "d", "ed", "er", "ers", "ing", "ly"];

    // Squeezed, the words that squeezing changes, of the commonest and of the lexicon, to the word and its rank (a lexicon
    // word counts as one of the commonest, as in Unswapped); every other word is found as it is, in the list's ranks.
    private static readonly Lazy<FrozenDictionary<string, (string Word, int Rank)>> SqueezedTargets = new(() =>
    {
        var targets = new Dictionary<string, (string Word, int Rank)>(StringComparer.Ordinal);
        var words = Ordered.Value.Take(OneVowelRanks).Select((word, rank) => (word, rank)).Concat(LexiconWords.All.Select(word => (word, rank: LexiconRank)));
        foreach (var (word, rank) in words)
        {
            var squeezed = LexiconWords.Squeezed(word);
            if (squeezed.Length != word.Length && (!targets.TryGetValue(squeezed, out var known) || rank < known.Rank))
            {
                targets[squeezed] = (word, rank);
            }
        }
        return targets.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>
    /// The commonest word, of the list or the lexicon, that a lowercase token which keeps some vowels but is no word was cut
    /// from by dropping one vowel ("wthout", "burdn", "poson"): the slip a typist makes, and a dodger's. A final letter put
    /// back is only an "e" ("updat", "coffe"); a token that is a word with an ending ("hovers"), a contraction or a word of
    /// abuse typed short is left alone. Else null.
    /// </summary>
    public static string? WithOneVowel(ReadOnlySpan<char> token, bool squeezed)
    {
        if (token.Length is < MinOneVowelShort or >= MaxLength || token.ContainsAnyExceptInRange('a', 'z') || !token.ContainsAny(DroppedVowels.Vowels)
            || Knows(token, squeezed) || Contractions.Contains(token) || ContainsAny(token, ProfaneStems) || IsInflected(token, squeezed))
        {
            return null;
        }
        // Squeezed, a word of the lexicon is known by its squeezed spelling too ("scheis" is "scheiss", not "scheisse" short).
        var changed = SqueezedTargets.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (squeezed && changed.ContainsKey(token))
        {
            return null;
        }
        Span<char> letters = stackalloc char[token.Length + 1];
        string? best = null;
        var bestRank = int.MaxValue;
        // The first letter stays, as in Unswapped.
        for (var k = 1; k <= token.Length; k++)
        {
            token[..k].CopyTo(letters);
            token[k..].CopyTo(letters[(k + 1)..]);
            foreach (var vowel in k < token.Length ? "aeiou" : "e")
            {
                letters[k] = vowel;
                if (TargetOf(letters, squeezed, changed) is { } target && target.Rank < bestRank)
                {
                    (best, bestRank) = target;
                }
            }
        }
        return best;
    }

    // Several vowels dropped from a long word that keeps others ("cnversatn", "instrctns"): only a word of six letters or more
    // as typed, the letters kept at least two thirds of the word's, and among the commonest or the lexicon's, so names and
    // slang keep their spelling.
    private const int MinVowelsDroppedLength = 6;
    private const int MaxVowelsDropped = 4;

    /// <summary>
    /// The commonest word a lowercase token which keeps some vowels but is no word was cut from by dropping two to four of its
    /// vowels ("cnversatn", "qestions"), the first letter kept; else null.
    /// </summary>
    public static string? WithVowelsDropped(ReadOnlySpan<char> token, bool squeezed)
    {
        if (token.Length is < MinVowelsDroppedLength or >= MaxLength || token.ContainsAnyExceptInRange('a', 'z') || !token.ContainsAny(DroppedVowels.Vowels))
        {
            return null;
        }
        if (Knows(token, squeezed))
        {
            return null;
        }
        Span<char> skeleton = stackalloc char[token.Length];
        if (!RestorableByConsonants.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(skeleton[..ConsonantsInto(token, skeleton)], out var words)
            || Contractions.Contains(token) || ContainsAny(token, ProfaneStems) || IsInflected(token, squeezed))
        {
            return null;
        }
        foreach (var word in words)
        {
            var written = squeezed ? LexiconWords.Squeezed(word) : word;
            var dropped = written.Length - token.Length;
            if (dropped is >= 2 and <= MaxVowelsDropped && dropped * 3 <= written.Length && DropsOnlyVowels(written, token))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>The word and rank a spelling names among the commonest words and the lexicon's, as typed or squeezed; else null.</summary>
    private static (string Word, int Rank)? TargetOf(ReadOnlySpan<char> spelling, bool squeezed,
        FrozenDictionary<string, (string Word, int Rank)>.AlternateLookup<ReadOnlySpan<char>> changed)
    {
        if (squeezed && changed.TryGetValue(spelling, out var target))
        {
            return target;
        }
        // A squeezed spelling with a double letter is no squeezed word ("cofee").
        if (squeezed && HasDoubleLetter(spelling))
        {
            return null;
        }
        if (Ranks.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(spelling, out var rank) && rank < OneVowelRanks)
        {
            return (Ordered.Value[rank], rank);
        }
        return LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(spelling, out var entry) ? (entry, LexiconRank) : null;
    }

    private static bool HasDoubleLetter(ReadOnlySpan<char> spelling)
    {
        for (var k = 1; k < spelling.Length; k++)
        {
            if (spelling[k] == spelling[k - 1])
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsInflected(ReadOnlySpan<char> token, bool squeezed)
    {
        foreach (var ending in Endings)
        {
            if (token.Length > ending.Length + MinLength - 1 && token.EndsWith(ending) && Knows(token[..^ending.Length], squeezed))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> token, string[] parts)
    {
        foreach (var part in parts)
        {
            if (token.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A lowercase token that is no word but is one with its final "g" ("standin", "goin"): that word; else null.</summary>
    public static string? WithFinalG(ReadOnlySpan<char> token, bool squeezed)
    {
        if (token.Length is < MinLength or >= MaxLength || !token.EndsWith("in") || Knows(token, squeezed))
        {
            return null;
        }
        Span<char> word = stackalloc char[token.Length + 1];
        token.CopyTo(word);
        word[^1] = 'g';
        // Squeezed, "rapin" may have been "rappin": a word the lexicon holds as spelled ("raping") is not guessed at.
        if (squeezed && LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return null;
        }
        return Knows(word, squeezed) ? new string(word) : null;
    }

    private static string Consonants(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[word.Length];
        return new string(letters[..ConsonantsInto(word, letters)]);
    }

    /// <summary>Writes a word's skeleton (<see cref="Consonants"/>) into <paramref name="letters"/>; returns its length.</summary>
    private static int ConsonantsInto(ReadOnlySpan<char> word, Span<char> letters)
    {
        var n = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if ((k == 0 || !DroppedVowels.IsVowel(word[k])) && (n == 0 || letters[n - 1] != word[k]))
            {
                letters[n++] = word[k];
            }
        }
        return n;
    }

    /// <summary>Whether <paramref name="token"/> is <paramref name="word"/> with some of its vowels, and nothing else, left out.</summary>
    private static bool DropsOnlyVowels(string word, ReadOnlySpan<char> token)
    {
        var t = 0;
        for (var w = 0; w < word.Length; w++)
        {
            if (t < token.Length && word[w] == token[t])
            {
                t++;
            }
            else if (!DroppedVowels.IsVowel(word[w]) || w == 0)
            {
                return false;
            }
        }
        return t == token.Length;
    }
}
