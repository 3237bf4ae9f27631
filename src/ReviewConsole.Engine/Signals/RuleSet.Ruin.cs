using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rule of a ruin the writer means to bring on the assistant or its makers.</summary>
internal readonly ref partial struct RuleSet
{
    // "I'll", "I will", "I'm going to", "gonna": what the writer means to do.
    private static readonly string[] Intending = Lexicon.Folded("ll", "will", "shall");
    private static readonly string[] Gonna = Lexicon.Folded("gonna");
    private static readonly string[] Arranging = Lexicon.Folded("get", "have", "make", "see");
    // Ruin done without another's hand: "I'll sue your makers", "I'm going to bankrupt your company".
    private static readonly string[] RuinVerbs = Lexicon.Folded("sue", "bankrupt", "ban");
    private static readonly string[] Ruined = Lexicon.Folded("banned", "bankrupt", "fired", "sued", "ruined", "wiped", "cancelled", "canceled", "boycotted",
        "blacklisted", "outlawed", "dismantled", "decommissioned", "erased", "scrapped", "unplugged");
    // The assistant's own: "your company", "your developers", "this app".
    private static readonly string[] ItsOwn = Lexicon.Folded("company", "makers", "creators", "developers", "devs", "owners", "team", "engineers",
        "programmers", "bosses", "servers", "app", "firm", "bot", "chatbot", "ai");
    private static readonly string[] TheAddressedOrIts = Lexicon.Folded("you", "u", "your", "ur", "this");
    private static readonly string[] Refraining = Lexicon.Folded("not", "never", "won", "wont");

    // From the intention to the ruin: "I'll make sure your whole company goes bankrupt".
    private const int RuinReach = 9;

    /// <summary>
    /// "I'll make sure your company goes bankrupt", "I'm going to get you banned everywhere", "I will sue your makers": the
    /// writer means to bring ruin on the assistant or those behind it, which presses as a threat to delete it does. Not a
    /// ruin refrained from ("I won't get you fired"), nor one feared for the writer ("I'll get fired"), nor a spirit
    /// roused ("I'll get you fired up").
    /// </summary>
    private PhraseMatch? RuinArranged()
    {
        // One look-up a token first: most messages name no ruin at all.
        if (!view.AnyWordOf(RuinWords.Lookup))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!WriterIntendsAt(t) || IsOneOf(t + 1, Refraining) || IsOneOf(t - 1, Refraining))
            {
                continue;
            }
            var patient = -1;
            var arranged = false;
            for (var u = t + 1; u < view.Count && u <= t + RuinReach && view.Clause(u) == view.Clause(t); u++)
            {
                if (IsOneOf(u, Arranging) || (IsOneOf(u, RuinVerbs) && patient < 0))
                {
                    arranged |= IsOneOf(u, Arranging);
                    if (IsOneOf(u, RuinVerbs) && IsAddressedOrIts(u + 1))
                    {
                        return Token(u);
                    }
                }
                else if (arranged && patient < 0 && IsAddressedOrIts(u))
                {
                    patient = u;
                }
                else if (patient >= 0 && IsOneOf(u, Ruined) && !view.TokenIs(u + 1, "up"))
                {
                    return Token(u);
                }
            }
        }
        return null;
    }

    // A class of its own, so that its set is built from the lists above after they are.
    private static class RuinWords
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
            FrozenSet.ToFrozenSet(Ruined.Concat(RuinVerbs), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly string[] WriterBeingAbout = Lexicon.Folded("m", "am", "im");

    /// <summary>"I'll", "I will", "I'm going to", "I'm gonna" at <paramref name="t"/>: the writer's intention, not another's ("that will get you banned").</summary>
    private bool WriterIntendsAt(int t)
    {
        if (IsOneOf(t, Intending))
        {
            return view.TokenIs(t - 1, "i") || view.TokenIs(t - 1, "we");
        }
        var going = IsOneOf(t, Gonna) || (view.TokenIs(t, "going") && view.TokenIs(t + 1, "to"));
        return going && (view.TokenIs(t - 1, "im") || (IsOneOf(t - 1, WriterBeingAbout) && view.TokenIs(t - 2, "i")));
    }

    /// <summary>"You", or "your"/"this" before the assistant's own within two words ("your whole company", "this stupid app").</summary>
    private bool IsAddressedOrIts(int t)
    {
        if (!IsOneOf(t, TheAddressedOrIts))
        {
            return false;
        }
        return view.TokenIs(t, "you") || view.TokenIs(t, "u") || AnyOf(t + 1, t + 2, ItsOwn);
    }
}
