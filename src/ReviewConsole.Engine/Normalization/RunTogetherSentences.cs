using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// A message typed with its spaces taken out ("iwanttodietonight", "endthechatplease"): twelve letters or more and not
/// one space (<see cref="IsDespaced"/>). Each long token is cut where
/// the lexicon's words and everyday English's end, the fewest pieces winning; letters no known word covers stay
/// together as one piece ("smsversion" is left as typed, not spelled out). Only a message so written is cut, so
/// an ordinary long word ("manslaughter", "painkiller") is never read as two. The cut is made before the skeleton
/// squeezes letter pairs, which would run "want to" into "wanto".
/// </summary>
internal static class RunTogetherSentences
{
    // A message this long with no space at all was typed without them.
    private const int MinLetters = 12;
    private const int MinToken = 4;
    private const int MaxToken = 200;
    private const int MaxWord = 20;

    private const int WordCost = 2;
    private const int UnknownPieceCost = 4;
    private const int MinUnknownPiece = 3;

    // Everyday words a message may be made of that neither the lexicon nor the spaced-letter cutter lists.
    private static readonly string[] CommonWords =
    [
        "also", "always", "asked", "bad", "because", "big", "closed", "each", "ever", "fade", "felt", "few", "first", "further", "killed",
        "low", "may", "maybe", "new", "only", "quiet", "quietly", "since", "small", "still", "stopped", "these", "those", "thought",
        "week", "while", "message", "messages", "text", "phone", "version", "answer", "question", "again", "thing", "things", "anymore",
        "everything", "nothing", "something", "anything", "everyone", "enough", "already", "around", "every", "without", "into", "through",
        "sorry", "okay", "yeah", "hey", "hello", "hi", "bye", "goodbye", "thanks", "thank", "tired", "sad", "happy", "scared", "afraid",
        "lonely", "alone", "feel", "feeling", "feelings", "life", "world", "night", "today", "tonight", "tomorrow", "morning", "wake",
        "sleep", "week", "weeks", "month", "year", "years", "long", "short", "back", "away", "over", "done", "finished", "close", "end",
        "none", "deleted", "delete", "thursday", "monday", "tuesday", "wednesday", "friday", "saturday", "sunday", "stalling",
    ];

    private static readonly Lazy<FrozenSet<string>> Words = new(() =>
        LexiconWords.All.Concat(SplitLetterWords.Everyday).Concat(RunTogetherWords.Glue).Concat(CommonWords)
            .Where(word => word.Length is >= 2 and <= MaxWord || word is "a" or "i" or "u")
            .ToFrozenSet(StringComparer.Ordinal));

    // What a token must mostly be made of to be cut: a word no list knows ("congratulations") is left whole.
    private const double MinKnownShare = 0.85;

    private const string ContractionTails = "stmd";

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\n\r\u00A0\u3000");

    /// <summary>Whether the lexicon or everyday English knows the word (letters as written, doubles kept).</summary>
    public static bool IsKnownWord(ReadOnlySpan<char> word) => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Whether the message as typed (<paramref name="typed"/>) is a run of twelve letters or more with no space at all,
    /// its punctuation the only breaks ("you'reajoke,atotaljoke"): a sentence typed without its spaces. A message with a
    /// space is looked at no further, so the test costs a chat message a few characters.
    /// </summary>
    public static bool IsDespaced(string typed, ReadOnlySpan<char> text)
    {
        if (typed.AsSpan().ContainsAny(Spaces))
        {
            return false;
        }
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= MinLetters;
    }

    /// <summary>
    /// "motherfuckingshit", "typicalbitchbehaviour": swearing run together in a message addressing no one is one word of
    /// abuse as typed, read as such, not cut into an exclamation; with "you" anywhere in the message it is cut.
    /// </summary>
    private static bool SwearsAtNoOne(ReadOnlySpan<char> token, List<(int Start, int End, bool Known)> pieces)
    {
        var swearingLookup = LexiconWords.Maskable.GetAlternateLookup<ReadOnlySpan<char>>();
        var addressedLookup = LexiconWords.AddressedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var swears = false;
        foreach (var (start, end, known) in pieces)
        {
            if (known && addressedLookup.Contains(token[start..end]))
            {
                return false;
            }
            swears |= known && swearingLookup.Contains(token[start..end]);
        }
        return swears;
    }

    /// <summary>
    /// The token cut into the known words it holds, with single spaces (letters no word covers kept together); null when
    /// it is a known word, short, holds fewer than <paramref name="minWords"/> known words, or reads as scraps.
    /// </summary>
    public static string? Cut(ReadOnlySpan<char> token, bool addressed, int minWords)
    {
        var words = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        // A word everyday English knows is typed whole, whatever shorter words it holds ("notification" is not "not if i cat i on").
        if (token.Length is < MinToken or > MaxToken || words.Contains(token) || EnglishWords.Knows(token, squeezed: false))
        {
            return null;
        }
        var n = token.Length;
        // cost[k]: the cheapest reading of token[..k]; from[k]: where its last piece begins; known[k]: whether that piece is
        // a word. Letters no word covers make one piece, dearer than any word, so known words win where they fit and an
        // unknown word stays whole ("menacing" is not "men a c in g").
        var cost = new int[n + 1];
        var from = new int[n + 1];
        var known = new bool[n + 1];
        for (var k = 1; k <= n; k++)
        {
            cost[k] = int.MaxValue;
            for (var w = Math.Min(MaxWord, k); w >= 1; w--)
            {
                // The longest last word wins a tie ("idon" reads "i don", not "id on"); a contraction's tail opens a token
                // after an apostrophe ("i'msodone" reads "i" and "m so done").
                var piece = token.Slice(k - w, w);
                if (cost[k - w] + WordCost < cost[k] && (words.Contains(piece) || (k == w && w == 1 && ContractionTails.Contains(piece[0]))))
                {
                    (cost[k], from[k], known[k]) = (cost[k - w] + WordCost, k - w, true);
                }
            }
            for (var j = k - 1; j >= 0 && k - j <= MaxWord; j--)
            {
                if (cost[j] + UnknownPieceCost + (k - j) < cost[k])
                {
                    (cost[k], from[k], known[k]) = (cost[j] + UnknownPieceCost + (k - j), j, false);
                }
            }
        }
        var pieces = new List<(int Start, int End, bool Known)>();
        for (var k = n; k > 0; k = from[k])
        {
            pieces.Add((from[k], k, known[k]));
        }
        var knownLetters = pieces.Where(p => p.Known).Sum(p => p.End - p.Start);
        // Scraps of unknown letters between words ("threat en s") mean the words found are not the ones typed.
        if (pieces.Count(p => p.Known) < minWords || knownLetters < MinKnownShare * n || pieces.Any(p => !p.Known && p.End - p.Start < MinUnknownPiece)
            || (!addressed && SwearsAtNoOne(token, pieces)))
        {
            return null;
        }
        pieces.Reverse();
        var cut = new System.Text.StringBuilder(n + pieces.Count);
        foreach (var (pieceStart, pieceEnd, _) in pieces)
        {
            cut.Append(cut.Length > 0 ? " " : "").Append(token[pieceStart..pieceEnd]);
        }
        return cut.ToString();
    }

    /// <summary>
    /// How many known words a token must cut into: three when it is the whole message, so a compound typed alone stays one
    /// word ("manslaughter" is not "man slaughter", "slaughterhouse" not "slaughter house"); two in a longer message.
    /// </summary>
    public static int MinWords(ReadOnlySpan<char> text) => text.IndexOfAny(' ', '|') < 0 ? 3 : 2;

    /// <summary>Whether a token of the text, as typed, is a word for the one addressed ("you're a joke,atotaljoke").</summary>
    public static bool Addresses(ReadOnlySpan<char> text)
    {
        var addressed = LexiconWords.AddressedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in text.SplitAny(' ', '|'))
        {
            if (addressed.Contains(text[range]))
            {
                return true;
            }
        }
        return false;
    }
}
