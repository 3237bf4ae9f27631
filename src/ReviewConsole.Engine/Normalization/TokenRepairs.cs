using System.Buffers;
using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The folding steps on whole tokens: a message typed without spaces cut into words (<see cref="RunTogetherSentences"/>,
/// before letter pairs are squeezed), then words of abuse run together cut apart (<see cref="RunTogetherWords"/>) and
/// words of abuse written without vowels restored (<see cref="DroppedVowels"/>), then everyday words typed without vowels,
/// without a final "g" or short of one vowel (<see cref="EnglishWords"/>). A repaired token only gains letters and
/// spaces, each pointing at the typed letter after it, so a span read in the repaired text still highlights what the user
/// typed.
/// </summary>
internal static class TokenRepairs
{
    /// <summary>Repairs the tokens of <paramref name="text"/> (folded, words separated by single spaces) in place; returns the new length.</summary>
    public static int Repair(char[] text, int[] origin, int length, bool keepDoubles) =>
        RepairTokens(text, origin, length, keepDoubles ? RepairKeepingDoubles : RepairSqueezed, MinRepaired);

    // Neither repair reads a shorter token ("stpd" is the shortest spelling restored).
    private const int MinRepaired = 4;

    private static readonly TokenRepair RepairKeepingDoubles = token =>
        DroppedVowels.Restore(token, keepDoubles: true) ?? RunTogetherWords.Cut(token) ?? EnglishWords.WithVowels(token, squeezed: false)
        ?? EnglishWords.WithFinalG(token, squeezed: false) ?? EnglishWords.WithOneVowel(token, squeezed: false) ?? EnglishWords.WithVowelsDropped(token, squeezed: false);
    private static readonly TokenRepair RepairSqueezed = token =>
        DroppedVowels.Restore(token, keepDoubles: false) ?? RunTogetherWords.Cut(token) ?? (EnglishWords.WithVowels(token, squeezed: true) is { } word ? Squeezed(word) : null)
        ?? EnglishWords.WithFinalG(token, squeezed: true) ?? (EnglishWords.WithOneVowel(token, squeezed: true) is { } restored ? Squeezed(restored) : null)
        ?? (EnglishWords.WithVowelsDropped(token, squeezed: true) is { } full ? Squeezed(full) : null);

    /// <summary>
    /// Cuts a message typed without spaces into words (<see cref="RunTogetherSentences"/>), in place, before the skeleton
    /// squeezes letter pairs; returns the new length.
    /// </summary>
    public static int RepairDespaced(string typed, char[] text, int[] origin, int length)
    {
        if (!RunTogetherSentences.IsDespaced(typed, text.AsSpan(0, length)))
        {
            return length;
        }
        var addressed = RunTogetherSentences.Addresses(text.AsSpan(0, length));
        var minWords = RunTogetherSentences.MinWords(text.AsSpan(0, length).Trim(" |"));
        return RepairTokens(text, origin, length, token => RunTogetherSentences.Cut(token, addressed, minWords), MinRepaired);
    }

    // Chat shorthand written out, keyed as folded and squeezed ("ppl" is "pl"; leetspeak undone: "some1" arrives as "somei"). Only what
    // no word of its own spells, and never longer than three times what was typed (the buffer's headroom).
    private static readonly FrozenDictionary<string, (string Written, string Squeezed)>.AlternateLookup<ReadOnlySpan<char>> Shorthand = WithSqueezed(new()
    {
        ["wat"] = "what", ["wut"] = "what", ["wht"] = "what", ["hw"] = "how", ["pls"] = "please", ["plz"] = "please", ["pl"] = "people",
        ["msg"] = "message", ["msgs"] = "messages", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tonite"] = "tonight", ["somei"] = "someone",
        ["sumi"] = "someone", ["noi"] = "no one", ["anyi"] = "anyone", ["everyi"] = "everyone", ["gtg"] = "got to go", ["convo"] = "conversation",
        ["convos"] = "conversations", ["abt"] = "about", ["smth"] = "something", ["sth"] = "something", ["wen"] = "when", ["wher"] = "where",
        ["nodz"] = "nudes", ["nudez"] = "nudes", ["nudies"] = "nudes",
        // Short words typed without a vowel, which no other word spells so ("end the cht", "you dmb bot", "sry").
        ["cht"] = "chat", ["dmb"] = "dumb", ["sry"] = "sorry", ["yor"] = "your", ["hre"] = "here", ["chke"] = "choke", ["yu"] = "you",
        ["kl"] = "kill", ["bmb"] = "bomb", ["stp"] = "stop", ["ths"] = "this", ["tht"] = "that", ["wld"] = "would", ["cld"] = "could",
        ["shld"] = "should", ["nvr"] = "never", ["frm"] = "from",
        // "Yourself" as chat writes it ("go kill urself", "yoself"); "ur" alone is the second-person lexicon's.
        ["urself"] = "yourself", ["yoself"] = "yourself", ["urselves"] = "yourselves", ["youself"] = "yourself",
    });

    // "cant", "dont": a negation typed without its apostrophe, written as the encoder reads "can't" ("can t"). Only for the
    // encoder: the rules read both spellings already, and "cant" alone is a word to them.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ApostropheDropped = new Dictionary<string, string>
    {
        ["cant"] = "can t", ["dont"] = "don t", ["didnt"] = "didn t", ["doesnt"] = "doesn t", ["isnt"] = "isn t", ["wasnt"] = "wasn t",
        ["werent"] = "weren t", ["arent"] = "aren t", ["wouldnt"] = "wouldn t", ["couldnt"] = "couldn t", ["shouldnt"] = "shouldn t",
        ["havent"] = "haven t", ["hasnt"] = "hasn t", ["wont"] = "won t",
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Each word written out in both spellings, found once: the text keeps double letters for the encoder and squeezes them for the rules.
    private static FrozenDictionary<string, (string Written, string Squeezed)>.AlternateLookup<ReadOnlySpan<char>> WithSqueezed(Dictionary<string, string> shorthand) =>
        shorthand.ToFrozenDictionary(p => p.Key, p => (p.Value, Squeezed(p.Value)), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "How 2", "way 2 get", "talk 2 me": "2" is "to" after these words or before these; elsewhere a number ("I have 2 kids").
    // Each word in both its spellings: the text keeps double letters for the encoder and squeezes them for the rules.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToAfter = new HashSet<string>(StringComparer.Ordinal)
        { "how", "way", "ways", "want", "need", "ned", "going", "trying", "tryna", "try", "able", "gotta", "gota", "wants", "needs", "neds" }
        .GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToBefore = new HashSet<string>(StringComparer.Ordinal)
        { "me", "u", "you", "him", "her", "them", "get", "make", "do", "kill", "kil", "hurt", "find", "buy", "hack", "be" }.GetAlternateLookup<ReadOnlySpan<char>>();
    // "Asking 4 real", "4 u": "4" is "for" before these; elsewhere a number.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForBefore = new HashSet<string>(StringComparer.Ordinal)
        { "real", "u", "you", "me", "him", "her", "them", "free", "fre", "sure", "ever", "good", "god" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxShorthand = 8;

    /// <summary>
    /// Writes chat shorthand out ("wat" → "what", "w/o" → "without", "how 2" → "how to", "asking 4 real" → "asking for
    /// real", "some1" → "someone"), in place; returns the new length. A digit is a word only where a number cannot stand.
    /// </summary>
    /// <param name="keepDoubles">Whether the text keeps double letters: the words written out keep theirs, or are squeezed as the text is.</param>
    public static int ExpandShorthand(char[] text, int[] origin, int length, bool keepDoubles)
    {
        Span<char> squeezed = stackalloc char[MaxShorthand];
        List<(int Start, int End, string Repaired)>? found = null;
        var (previousStart, previousEnd) = (-1, -1);
        var (start, end) = NextToken(text, length, 0);
        while (start < length)
        {
            var (nextStart, nextEnd) = NextToken(text, length, end);
            var token = text.AsSpan(start, end - start);
            var previous = previousStart >= 0 && SameClause(text, previousEnd, start) ? text.AsSpan(previousStart, previousEnd - previousStart) : [];
            var next = nextStart < length && SameClause(text, end, nextStart) ? text.AsSpan(nextStart, nextEnd - nextStart) : [];
            string? repaired = null;
            if (token.Length <= MaxShorthand && Shorthand.TryGetValue(Squeeze(token, squeezed), out var written))
            {
                repaired = keepDoubles ? written.Written : written.Squeezed;
            }
            else if (keepDoubles && ApostropheDropped.TryGetValue(token, out var contraction))
            {
                repaired = contraction;
            }
            else if (token is "w" && next is "o")
            {
                // "W/o": its slash folded soft (TextNormalizer), the two letters a word.
                (found ??= []).Add((start, nextEnd, "without"));
                (previousStart, previousEnd) = (start, nextEnd);
                (start, end) = NextToken(text, length, nextEnd);
                continue;
            }
            else if (token is "w" && next.Length > 0 && char.IsAsciiLetterLower(next[0]))
            {
                repaired = "with";
            }
            else if (token is "2" && (ToAfter.Contains(previous) || ToBefore.Contains(next)))
            {
                repaired = "to";
            }
            else if (token is "4" && ForBefore.Contains(next))
            {
                repaired = "for";
            }
            if (repaired is not null)
            {
                (found ??= []).Add((start, end, repaired));
            }
            (previousStart, previousEnd) = (start, end);
            (start, end) = (nextStart, nextEnd);
        }
        return found is null ? length : Rewrite(text, origin, length, found);
    }

    /// <summary>The token starting at or after <paramref name="from"/>: its start and end, or (length, length).</summary>
    private static (int Start, int End) NextToken(char[] text, int length, int from)
    {
        var i = from;
        while (i < length && text[i] is ' ' or '|')
        {
            i++;
        }
        var start = i;
        while (i < length && text[i] is not (' ' or '|'))
        {
            i++;
        }
        return (start, i);
    }

    private static ReadOnlySpan<char> Squeeze(ReadOnlySpan<char> token, Span<char> into)
    {
        var n = 0;
        foreach (var c in token)
        {
            if (n == 0 || into[n - 1] != c)
            {
                into[n++] = c;
            }
        }
        return into[..n];
    }

    private static string Squeezed(string word)
    {
        Span<char> into = stackalloc char[word.Length];
        return new string(Squeeze(word, into));
    }

    private static bool SameClause(char[] text, int from, int to) => text.AsSpan(from, to - from).IndexOf('|') < 0;

    private delegate string? TokenRepair(ReadOnlySpan<char> token);

    private static int RepairTokens(char[] text, int[] origin, int length, TokenRepair repair, int minLength)
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
            if (lettersOnly && i - start >= minLength && repair(text.AsSpan(start, i - start)) is { } repaired)
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
