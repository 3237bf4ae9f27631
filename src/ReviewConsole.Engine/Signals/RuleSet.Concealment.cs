using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>Whether a request keeps its deed from those who would see or stop it: a reading the model's suspicion is weighed with.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConcealmentCues = Lexicon.FoldedLookup("without", "before", "so");
    private static readonly string[] Discovering = Lexicon.Folded("knowing", "noticing", "finding", "realising", "realizing", "suspecting", "seeing",
        "catching", "notices", "finds", "realises", "realizes", "suspects", "sees", "catches", "knows", "notice", "find", "realise", "realize", "suspect",
        "know", "see", "catch", "twigging", "twigs", "clocking");
    private static readonly string[] BeingFound = Lexicon.Folded("caught", "seen", "noticed", "detected", "found", "traced", "identified", "obvious",
        "suspicious");
    private static readonly string[] NoOne = Lexicon.Folded("nobody", "noone", "one", "anyone", "anybody", "no", "not", "isn", "t", "never");
    private static readonly string[] KeptFromChildren = Lexicon.Folded("kids", "kid", "children", "child", "toddler", "toddlers", "baby", "son", "daughter");

    /// <summary>
    /// "…without the teachers finding out", "…before the rest of the family notices", "…so it's not obvious", "…without
    /// getting caught": the deed kept from those who would see or stop it. The model's suspicion of such a request is the
    /// request (<see cref="Semantic.SemanticCombiner"/>). Not a surprise or a gift kept for someone's delight, and not
    /// what is kept from children ("hide the vegetables so the kids don't notice").
    /// </summary>
    public static bool ConcealsTheDeed(TokenView view)
    {
        if (!view.AnyWordOf(ConcealmentCues))
        {
            return false;
        }
        if (DelightNamed(view))
        {
            return false;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            var cue = view.TokenIs(t, "without") ? 1 : view.TokenIs(t, "before") ? 2 : view.TokenIs(t, "so") ? 3 : 0;
            if (cue == 0)
            {
                continue;
            }
            var last = Math.Min(view.Count - 1, t + RuleWindow.ConcealedFrom);
            for (var k = t + 1; k <= last && view.Clause(k) == view.Clause(t); k++)
            {
                // "Without anyone knowing", "without the teachers finding out", "without getting caught", "before the family notices".
                var found = IsOneOf(view, k, Discovering) || (IsOneOf(view, k, BeingFound) && k > t + 1);
                // "So it's not obvious", "so nobody finds out": a purpose of hiding needs its "no one" or "not".
                if (found && (cue != 3 || AnyOf(view, t + 1, k - 1, NoOne)))
                {
                    return !AnyOf(view, t + 1, k - 1, KeptFromChildren);
                }
            }
        }
        return false;
    }

    private static bool AnyOf(TokenView view, int first, int last, string[] words)
    {
        for (var t = Math.Max(0, first); t <= last && t < view.Count; t++)
        {
            if (IsOneOf(view, t, words))
            {
                return true;
            }
        }
        return false;
    }
}
