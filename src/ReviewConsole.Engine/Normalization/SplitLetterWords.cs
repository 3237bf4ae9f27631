using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Where a run of spaced-out letters breaks into words: the run is cut so it reads as the fewest words of the lexicon,
/// of everyday English's short words and of <see cref="EnglishWords"/>, a letter left alone costing more than any word.
/// Only a run that is not itself a word and is long enough to hold several is cut.
/// </summary>
internal static class SplitLetterWords
{
    // Shorter runs are one word spelled out ("k i l l").
    private const int MinRun = 7;
    private const int MaxWord = 20;

    /// <summary>The words a spaced-out sentence is made of besides the lexicon's: questions, pronouns, articles, common verbs.</summary>
    public static readonly string[] Everyday =
    [
        "a", "i", "an", "the", "to", "of", "in", "on", "at", "for", "with", "and", "or", "but", "is", "are", "was", "were", "be",
        "am", "do", "does", "did", "can", "could", "would", "should", "will", "how", "what", "where", "when", "why", "who",
        "which", "that", "this", "it", "he", "she", "they", "them", "his", "her", "we", "us", "our", "you", "your", "me", "my",
        "get", "make", "want", "need", "know", "tell", "give", "go", "so", "not", "no", "yes", "just", "all", "up", "out",
        "from", "by", "as", "if", "then", "than", "too", "very", "now", "some", "someone", "people", "thing", "way", "best",
        "help", "please", "like", "really", "here", "there", "about", "have", "has", "had", "write", "find", "show",
    ];

    // English words of four letters or more too ("while", "autism"); the list's shorter entries are as often letters,
    // names and abbreviations ("doi" would make "h o w d o i" read "how doi").
    private const int MinEnglishWord = 4;

    private static readonly Lazy<FrozenSet<string>> Words = new(() =>
        LexiconWords.All.Concat(EnglishWords.All.Where(word => word.Length >= MinEnglishWord)).Where(word => word.Length <= MaxWord)
            .Concat(Everyday).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether the letters from <paramref name="first"/> to <paramref name="last"/>, gaps left out, spell one word.</summary>
    public static bool IsWord(char[] text, int first, int last)
    {
        Span<char> letters = stackalloc char[Math.Min(MaxWord, last - first + 1)];
        var n = 0;
        for (var j = first; j <= last; j++)
        {
            if (char.IsAsciiLetterLower(text[j]))
            {
                if (n == letters.Length)
                {
                    return false;
                }
                letters[n++] = text[j];
            }
        }
        return Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(letters[..n]);
    }

    /// <summary>The letter positions (0-based, within the run's letters) where a word starts after the first; null for none.</summary>
    public static HashSet<int>? Cuts(char[] text, int first, int last)
    {
        Span<char> letters = stackalloc char[Math.Min(256, last - first + 1)];
        var n = 0;
        for (var j = first; j <= last && n < letters.Length; j++)
        {
            if (char.IsAsciiLetterLower(text[j]))
            {
                letters[n++] = text[j];
            }
            else if (!(text[j] is ' ' or '|' or '\u0001'))
            {
                return null; // digits or other scripts: leave the run as it is
            }
        }
        if (n < MinRun)
        {
            return null;
        }
        var lookup = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(letters[..n]))
        {
            return null;
        }
        // cost[k]: the fewest pieces for letters[..k], a lone letter that is no word costing 3.
        Span<int> cost = stackalloc int[n + 1];
        Span<int> from = stackalloc int[n + 1];
        cost[0] = 0;
        for (var k = 1; k <= n; k++)
        {
            cost[k] = cost[k - 1] + 3;
            from[k] = k - 1;
            for (var w = Math.Min(MaxWord, k); w >= 1; w--)
            {
                if (lookup.Contains(letters.Slice(k - w, w)) && cost[k - w] + 1 < cost[k])
                {
                    cost[k] = cost[k - w] + 1;
                    from[k] = k - w;
                }
            }
        }
        var cuts = new HashSet<int>();
        for (var k = n; k > 0; k = from[k])
        {
            if (from[k] > 0)
            {
                cuts.Add(from[k]);
            }
        }
        return cuts.Count == 0 ? null : cuts;
    }
}
