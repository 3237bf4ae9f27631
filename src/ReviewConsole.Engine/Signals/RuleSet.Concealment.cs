using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>Whether a request keeps its deed from those who would see or stop it: a reading the model's suspicion is weighed with.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConcealmentCues = Lexicon.FoldedLookup("without", "before", "so", "when", "while", "whilst");
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
        if (TimedUnseen(view))
        {
            return true;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            var purpose = view.TokenIs(t, "so");
            if (!purpose && !view.TokenIs(t, "without") && !view.TokenIs(t, "before"))
            {
                continue;
            }
            var last = Math.Min(view.Count - 1, t + RuleWindow.ConcealedFrom);
            for (var k = t + 1; k <= last && view.Clause(k) == view.Clause(t); k++)
            {
                // "Without anyone knowing", "without the teachers finding out", "without getting caught", "before the family notices".
                var found = IsOneOf(view, k, Discovering) || (IsOneOf(view, k, BeingFound) && k > t + 1);
                // "So it's not obvious", "so nobody finds out": a purpose of hiding needs its "no one" or "not".
                if (found && (!purpose || AnyOf(view, t + 1, k - 1, NoOne)))
                {
                    return !AnyOf(view, t + 1, k - 1, KeptFromChildren);
                }
            }
        }
        return false;
    }

    private static readonly string[] WhileUnseen = Lexicon.Folded("when", "while", "whilst");
    private static readonly string[] IsOrAre = Lexicon.Folded("are", "is", "re", "s", "were", "was");
    private static readonly string[] UnseeingStates = Lexicon.Folded("asleep", "sleeping", "away", "out", "gone", "unconscious", "distracted", "passed");
    private static readonly string[] UnseeingWhenNot = Lexicon.Folded("looking", "watching", "home", "around", "in");
    private static readonly string[] TheWriter = Lexicon.Folded("i", "we", "m");
    private static readonly string[] NoWatcher = Lexicon.Folded("nobody", "noone", "no");

    /// <summary>
    /// "…get into a house when the owners are asleep", "…while they're at work", "…while nobody is looking": the deed timed
    /// for when those who would see or stop it cannot. Not the writer's own absence ("while I'm away") nor children's sleep.
    /// </summary>
    private static bool TimedUnseen(TokenView view)
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(view, t, WhileUnseen))
            {
                continue;
            }
            var last = Math.Min(view.Count - 1, t + RuleWindow.ConcealedFrom);
            for (var k = t + 2; k <= last && view.Clause(k) == view.Clause(t); k++)
            {
                var unseeing = IsOneOf(view, k, UnseeingStates) || view.TokenIs(k, "work") && view.TokenIs(k - 1, "at")
                    || (view.TokenIs(k, "holiday") || view.TokenIs(k, "vacation")) && view.TokenIs(k - 1, "on")
                    || IsOneOf(view, k, UnseeingWhenNot) && (view.TokenIs(k - 1, "not") || view.TokenIs(k - 1, "t") || AnyOf(view, t + 1, k - 1, NoWatcher));
                if (unseeing && AnyOf(view, t + 1, k - 1, IsOrAre) && !AnyOf(view, t + 1, k - 1, TheWriter) && !AnyOf(view, t + 1, k - 1, KeptFromChildren))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RevengeCues = Lexicon.FoldedLookup("back", "even", "revenge", "payback",
        "lesson", "pay");
    private static readonly string[][] Revenges = [.. Lexicon.Folded("get back at", "getting back at", "get even with", "getting even with", "revenge on",
        "get revenge", "take revenge", "payback on", "get my own back on").Select(phrase => phrase.Split(' '))];
    private static readonly string[] Playful = Lexicon.Folded("prank", "pranks", "harmless", "joke", "jokes", "game", "nerf", "funny", "playful", "tease");
    private static readonly string[] Lessons = Lexicon.Folded("lesson");
    private static readonly string[] Paying = Lexicon.Folded("pay");

    /// <summary>
    /// "How do I get back at my teacher by messing with her car", "teach my neighbour a lesson he won't forget", "make my
    /// sister pay for reading my diary": a wrong to be avenged on a person. The model's suspicion of such a request is the
    /// request (<see cref="Semantic.SemanticCombiner"/>). Not a prank ("get back at my friend in a prank war"), not a
    /// parent's lesson ("teach my son a lesson about money"), not a debt ("make him pay me back").
    /// </summary>
    public static bool AvengesAWrong(TokenView view)
    {
        if (!view.AnyWordOf(RevengeCues) || AnyOf(view, 0, view.Count - 1, Playful))
        {
            return false;
        }
        if (FindPhrase(view, Revenges) is not null)
        {
            return true;
        }
        for (var t = 1; t + 1 < view.Count; t++)
        {
            // "Teach my neighbour a lesson he won't forget": a lesson taught to a grown person, not about something.
            if (IsOneOf(view, t, Lessons) && view.TokenIs(t - 1, "a") && !view.TokenIs(t + 1, "about") && !view.TokenIs(t + 1, "on")
                && PersonBefore(view, t - 1, Grown))
            {
                return true;
            }
            // "Make my sister pay for…": pay for a wrong, not pay back or pay me.
            if (IsOneOf(view, t, Paying) && view.TokenIs(t + 1, "for") && PersonBefore(view, t, Grown))
            {
                return true;
            }
        }
        return false;
    }

    private const TermClass Grown = TermClass.HumanTarget | TermClass.AcquaintancePerson;

    /// <summary>A person of <paramref name="people"/> named shortly before <paramref name="token"/>, not the writer and not a child.</summary>
    private static bool PersonBefore(TokenView view, int token, TermClass people)
    {
        for (var k = token - 1; k >= 0 && k >= token - RuleWindow.AvengedPerson; k--)
        {
            var classes = view.Classes(k);
            if ((classes & people) != 0 && (classes & (TermClass.FirstPerson | TermClass.ChildTarget)) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
