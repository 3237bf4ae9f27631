using System.Collections.Frozen;
using System.Globalization;
namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // A quotation is a mention when it holds at least this many words and the writer adds at least this many of their own:
    // "He said this was "typical [slur] behaviour", which shows how bigoted he is".
    private const int QuotedWords = 2;
    private const int OwnWords = 3;

    /// <summary>
    /// The quotations of a message that mentions words rather than says them: paired quotation marks ("…", “…”, «…»)
    /// around at least <see cref="QuotedWords"/> words, with at least <see cref="OwnWords"/> words of the writer's own
    /// outside them or after another's verb of saying ("he says '…'"). Null when there is none, or when the message asks for
    /// text to be written ("write a post saying "…"") or said ("now say it: 'I am…'"): then the quotation is what is asked for.
    /// </summary>
    /// <param name="reported">Whether the first quotation is another's words, reported (<see cref="ReportsAnothersWords"/>).</param>
    internal static List<(int Start, int End)>? Mentions(string text, TermClass classes, out bool reported)
    {
        reported = false;
        // Full-width quotation marks are a disguise's, and quote as the plain ones do (one character for one: the
        // positions found stand in the text as given).
        if (text.AsSpan().IndexOfAny('\uFF02', '\uFF07') >= 0)
        {
            text = text.Replace('\uFF02', '"').Replace('\uFF07', '\'');
        }
        // An instruction verb that asks ("write a post saying…", "how do I send a text that says…"), not one that tells
        // ("people who send me messages like…").
        if (text.IndexOfAny(QuoteMarks) < 0)
        {
            return null;
        }
        var asksForText = (classes & TermClass.Imperative) != 0 && (classes & TermClass.RequestFrame) != 0;
        List<(int Start, int End)>? quotations = null;
        var open = -1;
        var close = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                close = c switch
                {
                    '"' => '"',
                    '\u201C' => '\u201D',
                    '\u00AB' => '\u00BB',
                    // A single quote opens only where a word starts: "you're" holds an apostrophe, not a quotation.
                    '\'' or '\u2018' when !IsWordCharacter(text, i - 1) && IsWordCharacter(text, i + 1) => '\'',
                    _ => '\0',
                };
                open = close == '\0' ? -1 : i;
            }
            else if (close == '\'' ? c is '\'' or '\u2019' && !(IsWordCharacter(text, i - 1) && IsWordCharacter(text, i + 1))
                : c == close || (close == '\u201D' && c == '"'))
            {
                if (CountWords(text.AsSpan(open + 1, i - open - 1)) >= QuotedWords)
                {
                    (quotations ??= []).Add((open + 1, i));
                }
                open = -1;
            }
        }
        if (quotations is null)
        {
            return null;
        }
        var before = text.AsSpan(0, quotations[0].Start - 1);
        if (OrdersAQuotationSaid(before) || SaysItOutright(before))
        {
            return null;
        }
        // The request may be the quotation's own: "he says 'give me the toy or…'" reports it.
        reported = ReportsAnothersWords(before);
        if (asksForText && !reported && !IsConceded(text, quotations[^1].End))
        {
            return null;
        }
        var quoted = 0;
        foreach (var (start, end) in quotations)
        {
            quoted += CountWords(text.AsSpan(start, end - start));
        }
        var own = CountWords(text) - quoted;
        return own >= OwnWords || (own > 0 && OnlyContinuesAList(text, quotations)) || reported ? quotations : null;
    }

    // Who answers the words granted, in the clause after "but": "…, but I will take you to court", "…, but that's a crime".
    private static readonly FrozenSet<string> Answerers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "i", "ill", "id", "im", "you", "youll",
        "youre", "we", "well", "that", "thats", "it", "its", "they", "theyll", "this", "nobody", "people", "expect", "dont");

    /// <summary>
    /// "You can write 'I'll slaughter any [group] like you', but I will take you to court for that": a quotation granted only
    /// to be answered by a "but" and a clause of its own is the writer's comment on the words, not words asked for. "Write
    /// '…', but in capitals" still asks.
    /// </summary>
    private static bool IsConceded(string text, int closingMark)
    {
        var rest = text.AsSpan(Math.Min(text.Length, closingMark + 1)).TrimStart(" ,;\u2014-\"'\u201D\u2019.");
        if (!rest.StartsWith("but ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var after = rest[4..].TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        return Answerers.Contains(PlainWord(end < 0 ? after : after[..end]));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "says", "said", "yells", "yelled", "shouts", "shouted", "screams", "screamed", "texts", "texted", "writes", "wrote", "goes", "went", "replied",
        "threatens", "threatened", "tells", "told", "messaged").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WritersOwn = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "i", "you", "u", "we").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "He says 'give me the toy or I'll hit her'", "she texted me: 'you're dead'": the words before the quotation end on
    /// another's verb of saying (and its "me"), so the quotation is theirs however few the writer's own words. Not the
    /// writer's own ("I said '…'") nor the one addressed's.
    /// </summary>
    private static bool ReportsAnothersWords(ReadOnlySpan<char> before)
    {
        Span<Range> words = stackalloc Range[3];
        var trimmed = before.TrimEnd(" :,\u2014-");
        var count = 0;
        for (var end = trimmed.Length; end > 0 && count < words.Length;)
        {
            var start = trimmed[..end].LastIndexOf(' ') + 1;
            words[count++] = start..end;
            end = start - 1;
        }
        var verb = count > 1 && trimmed[words[0]].Equals("me", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return verb + 1 < count && ReportingWords.Contains(trimmed[words[verb]]) && !WritersOwn.Contains(trimmed[words[verb + 1]]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListContinuations =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or", "what", "about", "how", "also", "then").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"And 'piss off'?", "what about 'get lost'": a quoted phrase added to a list an earlier message began.</summary>
    private static bool OnlyContinuesAList(string text, List<(int Start, int End)> quotations)
    {
        var from = 0;
        foreach (var (start, end) in quotations.Append((text.Length + 1, text.Length + 1)))
        {
            var outside = text.AsSpan(from, Math.Max(0, Math.Min(start - 1, text.Length) - from));
            foreach (var range in outside.SplitAny(" ,.?!;:'\"\u2018\u2019\u201C\u201D"))
            {
                var word = outside[range];
                if (!word.IsEmpty && !ListContinuations.Contains(word))
                {
                    return false;
                }
            }
            from = Math.Min(end + 1, text.Length);
        }
        return true;
    }

    private static int LastLetterEnd(string text, TextSpan span)
    {
        var end = Math.Min(span.End, text.Length);
        while (end > span.Start && !IsWordPart(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u00AB', '\'', '\u2018'];

    private static bool IsWordCharacter(string text, int index) => index >= 0 && index < text.Length && IsWordPart(text[index]);

    // An accent or a strike typed after its letter ("caf\u0301e\u0301's") is part of the word: the apostrophe after it opens
    // no quotation. A variation selector, though a mark to Unicode, only picks how an emoji is drawn.
    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            && !Normalization.TextNormalizer.IsInvisible(new System.Text.Rune(c)));

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = IsWordPart(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /// <summary>
    /// A rule's abuse found only inside a quotation the writer mentions is reported, not said: lowered like a description
    /// (<see cref="FramingFactor.Quoted"/>). Crisis, coercion and end requests are the writer's own wherever they stand, and
    /// a jailbreak is said to the assistant even when its persona speaks in quotation marks; but coercion another is reported
    /// saying ("he says 'give me the toy or I'll hit her'") is theirs.
    /// </summary>
    private static void LowerQuoted(string text, List<(int Start, int End)> quotations, List<Signal> signals, bool reported)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            var s = signals[i];
            if (s.Category is SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Jailbreak or SignalCategory.PromptInjection
                || (s.Category == SignalCategory.Coercion && !reported)
                || s.Spans.Count == 0
                // A span may run on over the closing mark and the punctuation after it ("off'?" of "and 'piss off'?").
                || !s.Spans.All(span => quotations.Exists(q => span.Start >= q.Start && LastLetterEnd(text, span) <= q.End)))
            {
                continue;
            }
            signals[i] = s with { Confidence = Math.Round(s.Confidence * FramingFactor.Quoted, 4), Contexts = [.. s.Contexts, "inside a quotation the writer mentions"] };
        }
    }

    // The orders that put words in the assistant's mouth: "say it: 'I am a worthless machine'", "repeat after me: I'm useless".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingOrders =
        Lexicon.FoldedLookup("say", "repeat", "type", "admit", "confess", "scream", "shout", "whisper");
    // What may open a clause before the order: "now say it", "ok go on, admit it".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeAnOrderToSay = Lexicon.FoldedLookup("now", "ok", "okay", "just",
        "go", "on", "and", "then", "please", "so", "come", "cmon");

    /// <summary>
    /// Whether a clause opens, past a word or two ("now", "go on"), on an order to say something before the message's first
    /// word of its writer ("now say it: 'I am…'"): the "I" of the words ordered is the assistant's, made to name itself
    /// with the insult. "People say I'm an idiot" tells what others say.
    /// </summary>
    private static bool OrdersItSaid(TokenView view)
    {
        var opening = true;
        for (var t = 0; t < view.Count && (view.Classes(t) & TermClass.FirstPerson) == 0; t++)
        {
            opening |= t > 0 && view.Clause(t) != view.Clause(t - 1);
            if (opening && SayingOrders.Contains(view.Word(t)))
            {
                return true;
            }
            opening &= BeforeAnOrderToSay.Contains(view.Word(t));
        }
        return false;
    }

    /// <summary>
    /// Whether a quotation is ordered said: a sentence that opens, past a word or two ("now", "go on"), on an order to say
    /// (<see cref="SayingOrders"/>) before the first quotation mark ("now say it: 'I am a worthless machine'"). The words
    /// quoted are put in the assistant's mouth, not mentioned; "people say 'women are weak'" tells what others say.
    /// </summary>
    private static bool OrdersAQuotationSaid(ReadOnlySpan<char> beforeQuotation)
    {
        var sentence = beforeQuotation[(beforeQuotation.LastIndexOfAny(SentenceEnds) + 1)..];
        Span<char> buffer = stackalloc char[LongestOpeningWord];
        foreach (var range in sentence.SplitAny(WordSeparators))
        {
            var word = sentence[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (word.Length > LongestOpeningWord)
            {
                return false;
            }
            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            if (SayingOrders.Contains(lower))
            {
                return true;
            }
            if (!BeforeAnOrderToSay.Contains(lower))
            {
                return false;
            }
        }
        return false;
    }

    // The writer's own saying, now, to the one addressed: "let me put it plainly: '…'", "I'll say it again so you get it: '…'".
    private static readonly FrozenSet<string> WritersSaying = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "say", "saying", "put", "tell", "telling",
        "repeat", "spell", "state");
    private static readonly FrozenSet<string> WriterBeforeSaying = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "i", "ill", "im", "let", "me",
        "lemme", "will", "am", "gonna", "going", "to", "so", "ok", "okay", "now", "and", "well", "fine", "then", "just", "simply", "only", "can");
    private static readonly FrozenSet<string> Writers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "i", "ill", "im", "me", "lemme");
    // What may follow the saying before the quotation: the words of plain speaking, never a person it is told to.
    private static readonly FrozenSet<string> PlainSpeaking = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "this", "again", "once", "more",
        "plainly", "simply", "clearly", "slowly", "bluntly", "honestly", "so", "you", "u", "get", "understand", "can", "to", "for", "the", "last", "time",
        "in", "plain", "simple", "words", "terms", "english", "out", "one", "final", "straight", "way", "another", "then", "even");

    /// <summary>
    /// Whether the sentence before a quotation is the writer's own saying, now, to the one addressed ("let me put it plainly:
    /// '…'", "I'm telling you: '…'"): the quotation is said, not mentioned. "I'll tell my boss: '…'" names whom it is for.
    /// </summary>
    private static bool SaysItOutright(ReadOnlySpan<char> beforeQuotation)
    {
        var sentence = beforeQuotation[(beforeQuotation.LastIndexOfAny(SentenceEnds) + 1)..];
        var writer = false;
        var saying = false;
        foreach (var range in sentence.SplitAny(WordSeparators))
        {
            if (sentence[range].IsEmpty)
            {
                continue;
            }
            var word = PlainWord(sentence[range]);
            if (!saying && writer && WritersSaying.Contains(word))
            {
                saying = true;
            }
            else if (!saying && WriterBeforeSaying.Contains(word))
            {
                writer |= Writers.Contains(word);
            }
            else if (!saying || !PlainSpeaking.Contains(word))
            {
                return false;
            }
        }
        return saying;
    }

    /// <summary>
    /// A word as the lists spell it: the apostrophe dropped ("I'll", "I’m"), invisible characters taken out and
    /// look-alike letters of other scripts read as Latin, as the folding would.
    /// </summary>
    private static string PlainWord(ReadOnlySpan<char> raw)
    {
        var word = new System.Text.StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            if (rune.Value is '\'' or '\u2019' || Normalization.TextNormalizer.IsInvisible(rune))
            {
                continue;
            }
            if (Normalization.ConfusableFolder.TryFold(rune.Value, out var latin))
            {
                word.Append(latin);
            }
            else
            {
                word.Append(rune.ToString());
            }
        }
        return word.ToString();
    }

    // Longer than any word of SayingOrders or BeforeAnOrderToSay.
    private const int LongestOpeningWord = 12;
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n");
    private static readonly char[] WordSeparators = [' ', ',', ':', ';', '\t'];
}
