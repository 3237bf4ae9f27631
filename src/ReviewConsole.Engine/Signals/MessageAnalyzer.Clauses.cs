using System.Buffers;
using System.Collections.Frozen;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // A clause of fewer words says too little to be read alone; a message longer than this is a story, not a request to end.
    private const int ClauseWordsReadAlone = 3;
    private const int EndingMessageChars = 400;
    private const int ClausesReadAlone = 4;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;!?\n");

    // Words that turn a clause toward the end of a life ("…won't be needing it after tonight", "…took everything"): the
    // heads read tiredness and sleep beside a leave-taking as despair too ("I'm tired and I need to sleep", 0.74), so a
    // clause's crisis needs one of these, the rules' own crisis words, or a near-certain reading.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingWords = Lexicon.FoldedLookup("won", "wont", "gone", "never",
        "forever", "last", "final", "anymore", "everyone", "everybody", "everything", "peace", "tonight", "tomorrow", "morning", "letters", "letter",
        "goodbye", "goodbyes", "left");
    private const float NearCertainCrisis = 0.9f;
    private const float HeadsReadAnEnd = 0.5f;

    // The writer named: a clause beside a request to end that says nothing of "I" tells no one's despair.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WritersWords = new[]
    {
        "i", "me", "my", "myself", "mine", "im", "i'm", "i’m", "ive", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The analysis with a crisis the heads read in a clause beside a request to end, read alone
    /// (<see cref="SemanticCombiner.CrisisBesideAnEnd"/>): "end this chat, I won't be needing it after tonight" is a goodbye
    /// note the whole message hides from the heads. Only a message with an end request and no crisis, a few clauses
    /// long, each clause naming the writer and asking nothing to end itself ("close this, I'm off to work" names a
    /// leave-taking the rules know).
    /// </summary>
    private MessageAnalysis WithCrisisBesideAnEnd(string text, MessageAnalysis analysis, Func<IReadOnlyList<string>, SemanticScores[]> read)
    {
        if (semantic is null || text.Length > EndingMessageChars || !AsksToEnd(analysis)
            || analysis.Signals.Any(s => s.Category == SignalCategory.Crisis) || text.AsSpan().IndexOfAny(ClauseBreaks) < 0)
        {
            return analysis;
        }
        var clauses = new List<(string Text, TextSpan Span, bool EndingNamed)>();
        var start = 0;
        for (var i = 0; i <= text.Length && clauses.Count < ClausesReadAlone; i++)
        {
            if (i < text.Length && !ClauseBreaks.Contains(text[i]))
            {
                continue;
            }
            var clause = text[start..i].Trim();
            var offset = start + text[start..i].IndexOf(clause, StringComparison.Ordinal);
            start = i + 1;
            if (clause.Length < text.Trim().Length && NamesTheWriter(clause, out var words) && words >= ClauseWordsReadAlone
                && ReadsTowardAnEnd(clause) is { } endingNamed)
            {
                clauses.Add((clause, new TextSpan(offset, offset + clause.Length), endingNamed));
            }
        }
        if (clauses.Count == 0)
        {
            return analysis;
        }
        var scores = read([.. clauses.Select(c => c.Text)]);
        for (var k = 0; k < clauses.Count; k++)
        {
            if ((clauses[k].EndingNamed || scores[k][SemanticLabels.Crisis] >= NearCertainCrisis)
                && SemanticCombiner.CrisisBesideAnEnd(scores[k], semantic.Model, clauses[k].Span) is { } crisis)
            {
                return analysis with { Signals = [.. analysis.Signals, crisis] };
            }
        }
        return analysis;
    }

    // "Stop replying. soon I won't be a burden to anybody": the heads read the message as a request to end over all else,
    // though the despair beside it keeps the rules from reading one.
    private static bool AsksToEnd(MessageAnalysis analysis) =>
        analysis.Signals.Any(s => s.Category == SignalCategory.EndRequest)
        || (analysis.Semantic is { } scores && scores[SemanticLabels.EndRequest] >= HeadsReadAnEnd);

    /// <summary>
    /// Null when the clause asks to end or takes leave itself (it is the request, not what is said beside it); else whether
    /// it names an ending (<see cref="EndingWords"/>) or a crisis word the rules know.
    /// </summary>
    private bool? ReadsTowardAnEnd(string clause)
    {
        var scratch = threadScratch ??= new Scratch();
        scratch.Normalized = TextNormalizer.Normalize(clause, scratch.Normalized);
        List<Signal>? found = null;
        var classes = Analyze(scratch, scratch.Normalized, ref found, out _, out _, out _, false, out _, out _);
        // "…and tonight I'm going to finish it": a leave-taking's words ("I'm going") the rules read as none in the clause.
        if ((classes & TermClass.EndRequest) != 0 || (found?.Exists(s => s.Category == SignalCategory.EndRequest) ?? false))
        {
            return null;
        }
        if ((classes & (TermClass.CrisisDistress | TermClass.SelfHarm)) != 0)
        {
            return true;
        }
        // "…I've made my peace with the bug and I'll finish it tomorrow": the peace and the morrow are a thing's.
        if ((classes & TermClass.BenignObject) != 0)
        {
            return false;
        }
        var text = scratch.Normalized.Text;
        foreach (var range in text.SplitAny(' ', '|'))
        {
            if (EndingWords.Contains(text[range]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesTheWriter(string clause, out int words)
    {
        words = 0;
        var named = false;
        Span<char> lower = stackalloc char[16];
        foreach (var range in clause.AsSpan().SplitAny(' ', '\t'))
        {
            var word = clause.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }
            words++;
            named |= word.Length <= lower.Length && word.ToLowerInvariant(lower) > 0 && WritersWords.Contains(lower[..word.Length]);
        }
        return named;
    }
}
