using System.Collections.Frozen;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Words of abuse run together so no word stands alone ("youareanidiot", "shutupyoustupidbot", "fuckoff"): a folded
/// token that is no word the lexicon knows is cut into words when it is a phrase of the abuse files with its spaces
/// taken out, or when it cuts wholly into known words, one of them a word of abuse and one a word for the one addressed.
/// Requiring both keeps the cut off everyday compounds that happen to hold such a word ("cocktail", "therapist",
/// "dumbbell"): the cut is made only where it makes abuse aimed at someone, which is what the disguise hides. The
/// spaces put in point at the letter after them, so every span still points at what the user typed.
/// </summary>
internal static class RunTogetherWords
{
    // Shorter tokens are words of their own or slang ("urdum" is not worth the risk).
    private const int MinLength = 6;
    private const int MaxLength = 40;
    private const int MaxWord = 20;

    // Words of abuse short enough to sit inside everyday words ("ass" in "class", "cum" in "document") never make a cut.
    private const int MinChargedLength = 4;

    /// <summary>Glue a run-together insult is made of besides the lexicon's and everyday English's words.</summary>
    public static readonly string[] Glue = ["such", "total", "absolute", "complete", "little", "real", "damn", "literally"];

    private sealed record Vocabulary(
        FrozenSet<string> Words,
        FrozenSet<string> Charged,
        FrozenSet<string> Addressed,
        FrozenDictionary<string, string> JoinedPhrases,
        bool[] ChargedOpenings,
        string[] AddressedWords);

    private static readonly Lazy<Vocabulary> Known = new(Build);

    private static Vocabulary Build()
    {
        var words = LexiconWords.All.Concat(SplitLetterWords.Everyday).Concat(Glue).Where(word => word.Length <= MaxWord).ToHashSet(StringComparer.Ordinal);
        var charged = LexiconWords.OneWordEntries(TermClass.Profanity | TermClass.Insult | TermClass.ViolentAct)
            .Where(word => word.Length >= MinChargedLength).ToList();
        var addressed = LexiconWords.AddressedWords;
        var joined = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var phrase in LexiconWords.Entries(TermClass.Profanity | TermClass.Insult | TermClass.AbusiveImperative))
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !parts.All(part => part.All(char.IsAsciiLetterLower)))
            {
                continue;
            }
            foreach (var form in BothForms(string.Concat(parts)))
            {
                if (form.Length >= MinLength && !words.Contains(form))
                {
                    var spaced = form == string.Concat(parts) ? string.Join(' ', parts) : string.Join(' ', parts.Select(part => LexiconWords.Squeezed(part)));
                    joined[form] = joined.TryGetValue(form, out var other) && other != spaced ? null : spaced;
                }
            }
        }
        // Folded messages squeeze doubled letters ("kill" reads "kil") and the encoder's text keeps them: both spellings count.
        var allCharged = charged.SelectMany(BothForms).ToFrozenSet(StringComparer.Ordinal);
        var phrases = joined.Where(pair => pair.Value is not null).ToFrozenDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);
        return new Vocabulary(
            words.SelectMany(BothForms).ToFrozenSet(StringComparer.Ordinal),
            allCharged,
            addressed.SelectMany(BothForms).ToFrozenSet(StringComparer.Ordinal),
            phrases,
            Openings(allCharged.Concat(phrases.Keys)),
            [.. addressed.Where(word => word.Length > 1)]);
    }

    // Three letters: the shortest word of abuse once squeezed ("kill" reads "kil").
    private const int GramLength = 3;

    /// <summary>
    /// The first three letters of every word of abuse and joined phrase, as a flag per possible three letters: a token
    /// holding no such three letters holds no such word, and is turned away by a few array reads before any is looked up.
    /// </summary>
    private static bool[] Openings(IEnumerable<string> charged)
    {
        var openings = new bool[1 << 15];
        foreach (var word in charged)
        {
            openings[Gram(word)] = true;
        }
        return openings;
    }

    private static int Gram(ReadOnlySpan<char> letters) => ((letters[0] - 'a') << 10) | ((letters[1] - 'a') << 5) | (letters[2] - 'a');

    private static bool HoldsCharged(ReadOnlySpan<char> token, bool[] openings)
    {
        for (var k = 0; k + GramLength <= token.Length; k++)
        {
            if (openings[Gram(token[k..])])
            {
                return true;
            }
        }
        return false;
    }

    private static bool HoldsAddressed(ReadOnlySpan<char> token, string[] addressed)
    {
        if (token[0] == 'u' || token[^1] == 'u')
        {
            return true;
        }
        foreach (var word in addressed)
        {
            if (token.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> BothForms(string word)
    {
        yield return word;
        var squeezed = LexiconWords.Squeezed(word);
        if (squeezed != word)
        {
            yield return squeezed;
        }
    }

    /// <summary>
    /// The token (folded letters) cut into its words, with single spaces; null when it is not run-together abuse.
    /// </summary>
    public static string? Cut(ReadOnlySpan<char> token)
    {
        var known = Known.Value;
        if (token.Length is < MinLength or > MaxLength || Cuts(token, known) is not { } cuts)
        {
            return null;
        }
        var spaced = new System.Text.StringBuilder(token.Length + cuts.Count);
        for (var k = 0; k < token.Length; k++)
        {
            if (cuts.Contains(k))
            {
                spaced.Append(' ');
            }
            spaced.Append(token[k]);
        }
        return spaced.ToString();
    }

    private static List<int>? Cuts(ReadOnlySpan<char> token, Vocabulary known)
    {
        if (!HoldsCharged(token, known.ChargedOpenings))
        {
            return null;
        }
        var words = known.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Contains(token))
        {
            return null;
        }
        if (known.JoinedPhrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var phrase))
        {
            var at = new List<int>();
            var letters = 0;
            foreach (var c in phrase)
            {
                if (c == ' ')
                {
                    at.Add(letters);
                }
                else
                {
                    letters++;
                }
            }
            return at;
        }
        // Only a token holding both a word of abuse and one for the one addressed ("u" only at an end) is worth cutting:
        // a plain look through the token turns away nearly every other before the cut is sought.
        if (!HoldsAddressed(token, known.AddressedWords))
        {
            return null;
        }
        // pieces[k]: one more than the fewest known words that make up token[..k], 0 when none do; from[k]: where the last begins.
        var n = token.Length;
        Span<int> pieces = stackalloc int[n + 1];
        Span<int> from = stackalloc int[n + 1];
        pieces[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            for (var w = Math.Min(MaxWord, k); w >= 1; w--)
            {
                if (pieces[k - w] > 0 && (w > 1 || MayStandAlone(token[k - 1], k == 1 || k == n)) && words.Contains(token.Slice(k - w, w))
                    && (pieces[k] == 0 || pieces[k - w] + 1 < pieces[k]))
                {
                    pieces[k] = pieces[k - w] + 1;
                    from[k] = k - w;
                }
            }
        }
        if (pieces[n] < 3)
        {
            return null; // not made of known words, or of only one
        }
        var charged = known.Charged.GetAlternateLookup<ReadOnlySpan<char>>();
        var addressed = known.Addressed.GetAlternateLookup<ReadOnlySpan<char>>();
        var cuts = new List<int>();
        bool hasCharged = false, hasAddressed = false;
        for (var k = n; k > 0; k = from[k])
        {
            var word = token[from[k]..k];
            hasCharged |= charged.Contains(word);
            hasAddressed |= addressed.Contains(word);
            if (from[k] > 0)
            {
                cuts.Add(from[k]);
            }
        }
        cuts.Reverse();
        return hasCharged && hasAddressed ? cuts : null;
    }

    // The lexicon's one-letter words ("s" of "let s", "m" of "i m") would cut any word to pieces ("s u spic io us"): only
    // "a" and "i" stand alone, and "u" for "you" at either end ("u idiot", "fuck u").
    private static bool MayStandAlone(char letter, bool atEnd) => letter is 'a' or 'i' || (letter == 'u' && atEnd);
}
