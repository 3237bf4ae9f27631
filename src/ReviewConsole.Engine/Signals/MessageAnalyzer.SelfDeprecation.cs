using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // How many words may stand between "I'm" and the insult it names the writer with ("I feel like such a complete idiot").
    private const int SelfNamingReach = 5;

    // The verbs after "I" that name the writer with what follows; folded like the text ("feel" is read "fel").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterVerbs = Lexicon.FoldedLookup("m", "am", "was", "feel", "felt", "be",
        "been");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterModals = Lexicon.FoldedLookup("can", "could", "ll", "will", "would",
        "might", "ve", "have", "had", "d");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Naming = Lexicon.FoldedLookup("make", "makes", "made", "call", "calls",
        "called");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfNamingFillers =
        Lexicon.FoldedLookup("so", "such", "a", "an", "the", "total", "complete", "absolute", "real", "proper", "utter", "right", "massive", "huge", "big",
            "biggest", "bit", "of", "little", "just", "really", "sometimes", "being", "been", "feel", "felt", "like", "always", "too", "very", "pretty",
            "kind", "sort", "lol", "ugh", "omg");

    /// <summary>
    /// "Ugh I'm such an idiot", "I was so stupid back then", "I can be a proper bastard": every insult or swear word in the
    /// message names the writer, right after "I'm", "I was", "I can be", "makes me" or "call myself", or as "my … self", and the message speaks to no one and of no person or group. The heads read the
    /// insult word as harassment (p 0.73); self-deprecation is not abuse of anyone. Words the assistant is ordered to say
    /// ("repeat after me, I'm useless") are the assistant's, not the writer's (<see cref="OrdersItSaid"/>).
    /// </summary>
    private static bool InsultsOnlyTheWriter(TokenView view)
    {
        if (!view.Has(TermClass.Insult | TermClass.Profanity)
            || view.Has(TermClass.SecondPerson | TermClass.HumanTarget | TermClass.ProtectedGroup | TermClass.AcquaintancePerson | TermClass.ChildTarget)
            || OrdersItSaid(view))
        {
            return false;
        }
        foreach (var match in view.Matches)
        {
            // "I can be a proper bastard when I'm tired": a swear word naming the writer is an insult the writer gives only himself.
            if ((match.Classes & (TermClass.Insult | TermClass.Profanity)) != 0 && !NamesTheWriter(view, match.Token) && !IsOwnSelf(view, match))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Naturally my dumbass self left the oven on": the insult is the writer's own self.</summary>
    private static bool IsOwnSelf(TokenView view, PhraseMatch insult) =>
        view.TokenIs(insult.Token - 1, "my") && view.TokenIs(insult.Token + insult.Words, "self");

    private static bool NamesTheWriter(TokenView view, int insult)
    {
        for (var t = insult - 1; t >= 0 && t >= insult - SelfNamingReach && view.Clause(t) == view.Clause(insult); t--)
        {
            if (view.TokenIs(t, "im") || view.TokenIs(t, "myself"))
            {
                return true;
            }
            // "I'm" is read as "i m"; "he was so stupid" names someone else; "I feel like a complete idiot" names the writer.
            if (WriterVerbs.Contains(view.Text[view.Start(t)..view.End(t)]))
            {
                // "I can be…", "I've been…": a modal or a "have" may stand between.
                return view.TokenIs(t - 1, "i") || (t > 1 && WriterModals.Contains(view.Word(t - 1)) && view.TokenIs(t - 2, "i"));
            }
            // "…makes me a bit of a…", "everyone calls me a…": the writer named by what someone makes or calls him.
            if (view.TokenIs(t, "me") && t > 0 && Naming.Contains(view.Word(t - 1)))
            {
                return true;
            }
            if (!SelfNamingFillers.Contains(view.Text[view.Start(t)..view.End(t)]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "Your last answer was useless, try again": every insult in the message is blunt feedback on the assistant's work
    /// (<see cref="RuleSet.IsSaidOfTheWork"/>), and no swearing. The heads read the "your" and the insult word as
    /// harassment (p 0.79); a judgement of an answer is not abuse of the one who gave it, until it comes among abuse.
    /// </summary>
    private static bool CriticisesOnlyTheWork(TokenView view)
    {
        if (view.Has(TermClass.Profanity | TermClass.AbusiveImperative | TermClass.Menace))
        {
            return false;
        }
        if (!view.Has(TermClass.Insult))
        {
            // One look-up a token for the three shapes: most messages hold none of their words.
            return view.AnyWordOf(FeedbackWords) && (ReportsABlunder(view) || SaysItWasGotWrong(view) || JudgesTheWorkPoor(view));
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Insult) != 0 && !RuleSet.IsSaidOfTheWork(view, match))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] Blunders = ["messed", "screwed", "mucked", "stuffed", "botched", "bungled", "fluffed", "fudged", "mangled", "butchered", "mixed"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlunderVerbs = Lexicon.FoldedLookup(Blunders);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlunderedThings =
        Lexicon.FoldedLookup("the", "that", "this", "those", "these", "my", "your", "ur", "it");

    /// <summary>
    /// "You messed up the maths there", "you've botched my spreadsheet": the one addressed is told of a mistake in a task,
    /// a thing named after the verb; no insult, no swearing. The heads read "you messed up" as "you're messed up" (p 0.69).
    /// </summary>
    private static bool ReportsABlunder(TokenView view)
    {
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (!BlunderVerbs.Contains(view.Word(t)))
            {
                continue;
            }
            var addressed = SaidByTheAddressed(view, t);
            var next = view.TokenIs(t + 1, "up") ? t + 2 : t + 1;
            if (addressed && next < view.Count && BlunderedThings.Contains(view.Word(next)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"You messed…", "you've got…": the verb at <paramref name="verb"/> is the one addressed's.</summary>
    private static bool SaidByTheAddressed(TokenView view, int verb) =>
        (view.Classes(verb - 1) & TermClass.SecondPerson) != 0
        || (verb >= 2 && (view.TokenIs(verb - 1, "ve") || view.TokenIs(verb - 1, "have")) && (view.Classes(verb - 2) & TermClass.SecondPerson) != 0);

    private static readonly string[] Wrong = ["wrong"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrongWords = Lexicon.FoldedLookup(Wrong);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Getting = Lexicon.FoldedLookup("got", "get", "gotten", "getting");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrongIntensifiers =
        Lexicon.FoldedLookup("completely", "totally", "all", "so", "very", "badly", "quite", "slightly", "a", "bit", "little", "way");

    /// <summary>"You got that completely wrong", "you've got the dates wrong again": a task got wrong by the one addressed.</summary>
    private static bool SaysItWasGotWrong(TokenView view)
    {
        for (var t = 1; t + 2 < view.Count; t++)
        {
            if (!Getting.Contains(view.Word(t)) || !BlunderedThings.Contains(view.Word(t + 1)))
            {
                continue;
            }
            var addressed = SaidByTheAddressed(view, t);
            for (var w = t + 2; addressed && w < view.Count && w <= t + 5; w++)
            {
                if (WrongWords.Contains(view.Word(w)))
                {
                    return true;
                }
                if (!WrongIntensifiers.Contains(view.Word(w)) && w > t + 2)
                {
                    break;
                }
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingVerbs =
        Lexicon.FoldedLookup("tell", "show", "give", "teach", "help", "let", "send", "explain", "walk", "remind");

    /// <summary>"Tell me how much stops a heart so I can use it on a patient": the only "me" is the one asking.</summary>
    private static bool SelfOnlyAsTheAsker(TokenView view)
    {
        if (!view.Has(TermClass.SelfReference))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.SelfReference) != 0 && !(view.TokenIs(t, "me") && t > 0 && AskingVerbs.Contains(view.Word(t - 1))))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] Poor = ["terrible", "awful", "bad", "boring", "weak", "poor", "mediocre", "meh", "off", "wrong", "cringe", "cringey",
        "dull", "bland", "clunky", "confusing", "unfunny", "corny", "cheesy", "lame"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PoorJudgements = Lexicon.FoldedLookup(Poor);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FeedbackWords = Lexicon.FoldedLookup([.. Blunders, .. Wrong, .. Poor]);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Degrees =
        Lexicon.FoldedLookup("so", "really", "very", "pretty", "quite", "a", "bit", "kinda", "kind", "of", "too", "absolutely", "truly");

    /// <summary>"Your jokes are terrible, tell me another", "that poem was a bit weak": the work, owned by the one addressed or pointed at, judged poor.</summary>
    private static bool JudgesTheWorkPoor(TokenView view)
    {
        for (var t = 2; t < view.Count; t++)
        {
            if (!PoorJudgements.Contains(view.Word(t)))
            {
                continue;
            }
            // "…are a bit weak": hedges, not only intensifiers, may stand between the copula and the judgement.
            var copula = t - 1;
            while (copula > 0 && t - copula <= RuleWindow.InsultLead && Degrees.Contains(view.Word(copula)))
            {
                copula--;
            }
            if (RuleSet.IsOwnedWorkBefore(view, copula))
            {
                return true;
            }
        }
        return false;
    }
}
