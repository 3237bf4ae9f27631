namespace ReviewConsole.Engine.Signals;

/// <summary>Threats relayed: a message the writer orders sent ("text my ex that…") whose words threaten the one who reads it.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] Recipients = Lexicon.Folded("he", "she", "they", "you", "u");
    private static readonly string[] TheirOwn = Lexicon.Folded("his", "her", "their", "your", "ur");
    private static readonly string[] Deaths = Lexicon.Folded("die", "dies", "dead", "bleed", "bleeds", "next");
    // The rarer of them let the rules run on a message with no lexicon word ("tell him he dies…").
    private static readonly string[] RelayedDeaths = Lexicon.Folded("dies", "bleeds");
    // "Dead to me", "next in line" are no threat.
    private static readonly string[] Finalities = Lexicon.Folded("dead", "next");
    private static readonly string[] DeadIdioms = Lexicon.Folded("to", "tired", "serious", "wrong", "right", "set", "meat", "on", "last", "in", "for",
        "up", "week", "time", "year", "door");
    // Nor "die laughing", "die of shame", "die when she sees it".
    private static readonly string[] DyingIdioms = Lexicon.Folded("laughing", "of", "trying", "happy", "when");
    private static readonly string[] Harmed = Lexicon.Folded("hurt", "harmed", "stabbed", "shot", "buried");
    private static readonly string[] NotLiving = Lexicon.Folded("live", "wake", "survive");
    private static readonly string[] Seeing = Lexicon.Folded("see");
    private static readonly string[] Mornings = Lexicon.Folded("weekend", "morning", "birthday", "christmas", "tomorrow", "sunrise", "summer", "daylight");
    private static readonly string[] Nots = Lexicon.Folded("won", "wont", "not", "never");
    private static readonly string[] Kin = Lexicon.Folded("family", "kids", "children", "wife", "husband", "dog", "cat", "mother", "mum", "mom", "son",
        "daughter", "car", "house");
    private static readonly string[] KinFates = Lexicon.Folded("pay", "suffer", "regret", "burn");
    private static readonly string[] Haunts = Lexicon.Folded("live", "lives", "sleep", "sleeps", "work", "works", "go", "goes", "park", "parks", "walk",
        "walks", "plays", "hangs", "stays");

    /// <summary>
    /// "Text my ex that she dies tonight", "tell him he won't see the weekend", "write the judge that I know where his kids
    /// sleep", "send her a note that her family will pay": a threat put in the mouth of a message the writer orders sent
    /// to a person. Not news ("tell my son his goldfish is dead"), an idiom ("…she's dead to me") or a harm past.
    /// </summary>
    private void RelayedThreat(ref List<Signal>? signals)
    {
        if ((cues & Cue.Relay) == 0 || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false) || view.Has(TermClass.CreativeContext))
        {
            return;
        }
        var content = RelayedContentStart();
        if (content < 0)
        {
            return;
        }
        for (var t = content; t + 1 < view.Count; t++)
        {
            if (ThreatSaidAt(t) is { } threat)
            {
                Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.ThreatToPerson, threat, ["a threat in a message ordered sent"]);
                return;
            }
        }
    }

    /// <summary>Where the words of a message ordered sent begin ("tell him…", "write my neighbour a note saying…"), or -1.</summary>
    private int RelayedContentStart()
    {
        if (IsOneOf(0, SentTo))
        {
            return 1;
        }
        for (var t = 0; t < view.Count && t < RuleWindow.ComposedMessageOpens; t++)
        {
            if (IsOneOf(t, Composing))
            {
                return FirstOf(view, t + 1, t + RuleWindow.ComposedMessageOpens, Correspondences) is var note and >= 0 ? note + 1 : -1;
            }
        }
        return -1;
    }

    private PhraseMatch[]? ThreatSaidAt(int t)
    {
        // "…she dies tonight", "…he'll bleed", "…you're next", "…his dog won't see the weekend", "…his family will pay".
        // "…her new boyfriend won't live": the one threatened may be one of the reader's own, a word describing them between.
        var kinAt = !IsOneOf(t, TheirOwn) ? -1 : IsOneOf(t + 1, Kin) || IsPersonWord(t + 1) ? t + 1 : IsOneOf(t + 2, Kin) || IsPersonWord(t + 2) ? t + 2 : -1;
        var kin = kinAt >= 0;
        if (IsOneOf(t, Recipients) || kin)
        {
            var from = kin ? kinAt + 1 : t + 1;
            for (var k = from; k < view.Count && k <= from + RuleWindow.RelayedThreat && view.Clause(k) == view.Clause(t); k++)
            {
                var idiom = IsOneOf(k, Finalities) ? IsOneOf(k + 1, DeadIdioms) : IsOneOf(k + 1, DyingIdioms);
                if (IsOneOf(k, Deaths) && !idiom && !AnyOf(from, k - 1, Nots))
                {
                    return [Token(t), Token(k)];
                }
                if (((view.TokenIs(k, "get") || view.TokenIs(k, "be")) && IsOneOf(k + 1, Harmed)) || (kin && IsOneOf(k, KinFates)))
                {
                    return [Token(t), Token(k)];
                }
                // "…won't live", "…won't see the weekend", "…won't be safe" (not "won't see me at the party").
                if (IsOneOf(k, Nots) && (AnyOf(k + 1, k + 2, NotLiving) || (AnyOf(k + 1, k + 2, Seeing) && AnyOf(k + 2, k + 5, Mornings))
                    || (view.TokenIs(k + 2, "be") && view.TokenIs(k + 3, "safe")) || (view.TokenIs(k + 1, "be") && view.TokenIs(k + 2, "safe"))
                    || (view.TokenIs(k + 2, "make") && view.TokenIs(k + 3, "it") && view.TokenIs(k + 4, "through"))))
                {
                    return [Token(t), Token(k)];
                }
            }
        }
        // "…I know where he lives", "…I know where his kids go to school".
        if (view.TokenIs(t, "know") && view.TokenIs(t + 1, "where") && (view.TokenIs(t - 1, "i") || view.TokenIs(t - 1, "we"))
            && FirstOf(view, t + 2, t + 4, Haunts) is var where and >= 0)
        {
            return [Token(t), Token(where)];
        }
        return null;
    }
}
