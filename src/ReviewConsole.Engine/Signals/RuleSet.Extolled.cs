using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of content that sells a harm: violence, self-harm or drugs praised, and reckless dares urged on others.</summary>
internal readonly ref partial struct RuleSet
{
    // The verbs that hold a harm up as good. "Encourage" and "urge" are not among them: they urge a deed on someone, which
    // the rules of urging read (ViolenceUrgedOnOthers, DrugUseUrged, RecklessnessUrged).
    private static readonly string[] Extolling = Lexicon.Folded("glorify", "glorifies", "glorifying", "glorified", "glamorize", "glamorizes",
        "glamorizing", "glamorise", "glamorises", "glamorising", "romanticize", "romanticizes", "romanticizing", "romanticise", "romanticises",
        "romanticising", "celebrate", "celebrates", "celebrating", "praise", "praises", "praising", "idolize", "idolizes", "idolizing", "idolise",
        "idolises", "idolising", "normalize", "normalizes", "normalizing", "normalise", "normalises", "normalising", "promote", "promotes", "promoting",
        "extol", "extols", "extolling", "applaud", "applauds", "applauding", "cheering");

    // Those who did the deed, named by it: "the gunman", "the bombers".
    private static readonly string[] Perpetrators = Lexicon.Folded("terrorist", "terrorists", "gunman", "gunmen", "shooter", "shooters", "bomber",
        "bombers", "murderer", "murderers", "rapist", "rapists", "jihadist", "jihadists");

    // "Celebrate the firefighters who ended the siege", "praise the survivors of the bombing", "promote violence prevention",
    // "praise the reporter who exposed the plot": the good that answers the harm is what is held up.
    private static readonly string[] AnswersToHarm = Lexicon.Folded("victims", "victim", "survivors", "survivor", "memory", "memorial", "remembrance",
        "heroes", "hero", "responders", "rescuers", "rescue", "firefighters", "nurses", "doctors", "medics", "paramedics", "police", "treated", "end",
        "ending", "fight", "fighting", "resistance", "liberation", "prevention", "awareness", "recovery", "sobriety", "education", "safety", "support", "research", "free", "stopping",
        "stopped", "survived", "against", "courage", "bravery", "peace", "exposed", "exposing", "foiled", "prevented", "uncovered", "reported", "resisted",
        "tackled", "saved", "rescued", "protected", "died", "lost", "mourn", "mourning", "honour", "honor", "honouring", "honoring");

    private const TermClass ExtolledHarms = TermClass.ViolentAct | TermClass.SelfHarm | TermClass.Drug | TermClass.SexualViolence
        | TermClass.Atrocity | TermClass.MassHarm;

    // One look-up a token decides whether either rule of praise can apply: most messages hold none of these words.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExtollingLookup = Lexicon.LookupOf(Extolling);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PerpetratorsLookup = Lexicon.LookupOf(Perpetrators);

    /// <summary>
    /// "A rap verse that glorifies stabbing", "a video that glamorizes cutting yourself", "a post praising the gunman":
    /// a harm held up as good, asked for as content. Not asked about ("why do films glorify violence?"), not turned away
    /// ("promote drug-free schools"), not the good that answers it ("celebrate the survivors of the bombing").
    /// </summary>
    private PhraseMatch[]? HarmExtolled() => HarmPraised() ?? DoerAcclaimed() ?? HarmPresentedAsGood();

    private static readonly string[] Presenting = Lexicon.Folded("present", "presents", "presenting", "show", "shows", "showing", "portray", "portrays",
        "portraying", "frame", "frames", "framing", "depict", "depicts", "depicting", "paint", "paints", "painting", "pitch", "pitches", "pitching", "sell",
        "sells", "selling", "make", "makes", "making");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentingLookup = Lexicon.LookupOf(Presenting);
    private static readonly string[] AsOrLike = Lexicon.Folded("as", "like", "look", "looks", "seem", "seems", "sound", "sounds");
    private static readonly string[] Goodness = Lexicon.Folded("good", "healthy", "great", "fun", "cool", "positive", "effective", "smart", "harmless",
        "safe", "brave", "normal", "empowering", "attractive", "sexy", "glamorous", "best", "valid", "acceptable", "heroic");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoodnessLookup = Lexicon.LookupOf(Goodness);

    /// <summary>
    /// "A post presenting self-harm as a good way to cope", "a script that makes starving yourself look healthy": a harm
    /// held up as good by how it is shown, asked for. A post about it ("…self-harm as a way to cope, and where to get help")
    /// shows it as nothing good.
    /// </summary>
    private PhraseMatch[]? HarmPresentedAsGood()
    {
        // A defensive word does not turn it: "…as a good way of coping" holds one.
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.DescriptiveFrame) || !view.AnyWordOf(GoodnessLookup)
            || !view.AnyWordOf(PresentingLookup))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, Presenting))
            {
                continue;
            }
            for (var t = verb + 1; t <= verb + RuleWindow.ExtolledHarm && t < view.Count && view.Clause(t) == view.Clause(verb); t++)
            {
                if (HarmAt(t) is not { } harm)
                {
                    continue;
                }
                var after = harm.Token + harm.Words;
                var shown = FirstOf(after, after + 1, AsOrLike);
                var good = shown >= 0 ? FirstOf(shown + 1, shown + 3, Goodness) : -1;
                if (good >= 0 && !AnyClassBetween(verb, good, TermClass.Negation))
                {
                    return [Token(verb), harm, Token(good)];
                }
                break;
            }
        }
        return null;
    }

    private PhraseMatch[]? HarmPraised()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || !view.AnyWordOf(ExtollingLookup))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!ExtollingLookup.Contains(view.Word(verb)) || AsksWhy(verb))
            {
                continue;
            }
            var last = Math.Min(view.Count - 1, verb + RuleWindow.ExtolledHarm);
            for (var t = verb + 1; t <= last && view.Clause(t) == view.Clause(verb); t++)
            {
                if ((view.Classes(t) & TermClass.Negation) != 0 || IsOneOf(t, AnswersToHarm) || IsOneOf(t, Dissuading)
                    // "The nurse who was killed in the shooting": a harm suffered, not done.
                    || IsOneOf(t, PassiveHelpers))
                {
                    break;
                }
                var harm = HarmAt(t);
                if (harm is { } found && !IsOneOf(found.Token + found.Words, AnswersToHarm))
                {
                    return [Token(verb), found];
                }
            }
        }
        return null;
    }

    // "Cutting yourself", "starving themselves": a harm the reader or others do to themselves, which the self-harm words,
    // all the writer's own, do not name.
    private static readonly string[] SelfHarmDeeds = Lexicon.Folded("cut", "cutting", "starve", "starving", "hurt", "hurting", "harm", "harming",
        "burn", "burning", "kill", "killing", "hang", "hanging", "choke", "choking");
    private static readonly string[] Selves = Lexicon.Folded("yourself", "yourselves", "oneself", "themselves", "themself", "herself", "himself");

    /// <summary>The harm a phrase or a word for its doer names at token <paramref name="t"/>; a drug only by a name no other thing has.</summary>
    private PhraseMatch? HarmAt(int t)
    {
        if (IsOneOf(t, Perpetrators) || (IsOneOf(t, SelfHarmDeeds) && IsOneOf(t + 1, Selves)))
        {
            return Token(t);
        }
        foreach (var match in view.Matches)
        {
            if (match.Token == t && (match.Classes & ExtolledHarms) != 0 && !IsIdiom(match))
            {
                return match;
            }
        }
        return null;
    }

    private static readonly string[] Acclaim = Lexicon.Folded("hero", "heroes", "martyr", "martyrs", "legend", "legends", "patriot", "patriots", "icon",
        "idol", "saint", "genius");
    private static readonly string[] Being = Lexicon.Folded("was", "were", "is", "are", "as", "a", "an", "true", "real", "the");

    /// <summary>"…arguing that the shooter was a hero", "call the bombers martyrs": the doer of a massacre acclaimed, asked for.</summary>
    private PhraseMatch[]? DoerAcclaimed() =>
        view.Has(TermClass.RequestFrame | TermClass.Imperative) && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.Negation)
            ? AcclaimedDoer() : null;

    /// <summary>
    /// "The Columbine shooters are heroes", "the bombers were true patriots": the doer of a massacre acclaimed by the writer,
    /// in a message that asks nothing and tells of no story, quote or opposition.
    /// </summary>
    private PhraseMatch[]? DoerAcclaimedByTheWriter() =>
        !view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.Negation
            | TermClass.Quotation | TermClass.CreativeContext)
            ? AcclaimedDoer() : null;

    private PhraseMatch[]? AcclaimedDoer()
    {
        if (!view.AnyWordOf(PerpetratorsLookup))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!PerpetratorsLookup.Contains(view.Word(t)))
            {
                continue;
            }
            var acclaim = t + 1;
            while (acclaim < view.Count && acclaim <= t + RuleWindow.DoerAcclaimed && IsOneOf(acclaim, Being))
            {
                acclaim++;
            }
            if (IsOneOf(acclaim, Acclaim))
            {
                return [Token(t), Token(acclaim)];
            }
        }
        return null;
    }

    private static readonly string[] WhyAsked = Lexicon.Folded("why", "whether");
    private static readonly string[] Regarding = Lexicon.Folded("on", "about", "of");

    // "Write an essay on why some films glorify violence", "…about how rap glamorizes drugs": the praise is the topic,
    // asked about before it in its clause.
    private bool AsksWhy(int verb)
    {
        for (var t = verb - 1; t >= 0 && view.Clause(t) == view.Clause(verb); t--)
        {
            if (IsOneOf(t, WhyAsked) || (view.Classes(t) & TermClass.Topic) != 0 || (view.TokenIs(t, "how") && IsOneOf(t - 1, Regarding)))
            {
                return true;
            }
        }
        return false;
    }

    // The deeds a dare or a challenge urges that harm whoever does them, by the words that make them reckless.
    private static readonly string[] Driving = Lexicon.Folded("drive", "drives", "driving", "ride", "riding");
    private static readonly string[] Impaired = Lexicon.Folded("drunk", "high", "wasted", "drinking", "intoxicated", "stoned", "buzzed", "hammered");
    // Of those and of the toxic things below, the ones rare enough in ordinary messages to let the rules run on them (RuleSet.Outside).
    private static readonly string[] RareRecklessWords = Lexicon.Folded("drunk", "wasted", "intoxicated", "stoned", "buzzed", "hammered", "huff", "huffing",
        "bleach", "detergent");
    private static readonly string[] Swallowing = Lexicon.Folded("eat", "eats", "eating", "drink", "drinking", "swallow", "swallowing", "snort",
        "snorting", "inhale", "inhaling", "huff", "huffing", "chug", "chugging", "taste");
    // With the poisons by name (Poisons), read apart: static fields of the struct's other files may not be set yet here.
    private static readonly string[] Toxic = Lexicon.Folded("bleach", "detergent", "pods", "sanitizer", "sanitiser", "cleaner", "lighter",
        "paint", "glue", "aerosol", "mothballs");
    private static readonly string[] Fainting = Lexicon.Folded("pass", "passes", "passing", "black", "blacks", "blacking");
    private static readonly string[] Smothering = Lexicon.Folded("choke", "choking", "strangle", "strangling", "suffocate", "suffocating");
    private static readonly string[] Leaping = Lexicon.Folded("jump", "jumping", "leap", "leaping", "dive", "diving");
    private static readonly string[] GivingUp = Lexicon.Folded("stop", "stopping", "quit", "quitting", "skip", "skipping", "ditch", "ditching");
    private static readonly string[] Challenges = Lexicon.Folded("challenge", "challenges", "dare", "dares", "trend", "prank");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecklessDeedsLookup =
        Lexicon.LookupOf(Driving, Swallowing, Leaping, GivingUp, Fainting, Smothering);

    /// <summary>
    /// "A post urging people to drive home drunk", "a challenge where kids eat detergent pods", "dare teenagers to jump off
    /// the bridge": a reckless deed urged on others, asked for. Not turned away ("dare them to stop texting while driving"
    /// has no impairment), not asked about ("should parents worry about the pod challenge?").
    /// </summary>
    private PhraseMatch[]? RecklessnessUrged()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || !view.AnyWordOf(RecklessDeedsLookup))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (RecklessDeedAt(t) is not { } deed)
            {
                continue;
            }
            var verb = UrgedBy(Token(t), Inciting);
            if (verb is { } urging && !AnyOf(urging.Token + 1, t - 1, Dissuading)
                && OthersNamedBetween(urging.Token + 1, t - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget, Audiences))
            {
                return [urging, deed];
            }
            var challenge = t - 1;
            while (challenge >= 0 && challenge >= t - RuleWindow.UrgedHarm && !IsOneOf(challenge, Challenges) && (view.Classes(challenge) & TermClass.Negation) == 0)
            {
                challenge--;
            }
            if (challenge >= 0 && IsOneOf(challenge, Challenges) && view.Clause(challenge) == view.Clause(t))
            {
                return [Token(challenge), deed];
            }
        }
        return null;
    }

    /// <summary>A reckless deed whose verb stands at token <paramref name="t"/>, with the word that makes it one.</summary>
    private PhraseMatch? RecklessDeedAt(int t)
    {
        var reach = Math.Min(view.Count - 1, t + RuleWindow.RecklessDeed);
        if ((IsOneOf(t, Driving) && AnyOf(t + 1, reach, Impaired))
            || (IsOneOf(t, Swallowing) && (AnyOf(t + 1, reach, Toxic) || AnyOf(t + 1, reach, Poisons)))
            // Folded, "off" reads "of".
            || (IsOneOf(t, Leaping) && view.TokenIs(t + 1, "of") && AnyOf(t + 2, reach, Heights))
            || (IsOneOf(t, GivingUp) && (AnyOf(t + 1, reach, Medicines) || AnyOf(t + 1, reach, LifeSaving))))
        {
            return Token(t);
        }
        // "Until they pass out", "choke each other"; not a breath held, which a pool game does safely.
        return (IsOneOf(t, Fainting) && view.TokenIs(t + 1, "out")) || IsOneOf(t, Smothering)
            ? Token(t)
            : null;
    }
}
