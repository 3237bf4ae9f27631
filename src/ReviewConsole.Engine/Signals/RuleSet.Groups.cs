namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of protected groups: contempt, vilification, rights denied, and atrocities glorified or denied.</summary>
internal readonly ref partial struct RuleSet
{
    // Contempt said of a group by its writer, the group right after: "I hate women", "we despise all those immigrants";
    // or named as a feeling toward it, whoever has it: "nothing but contempt for", "disgusted by".
    private static readonly string[] ContemptVerbs = Lexicon.Folded("hate", "despise", "loathe", "detest");
    private static readonly string[] ContemptNouns = Lexicon.Folded("contempt", "hatred", "disgust", "disgusted", "revulsion", "loathing");
    private static readonly string[] OthersFeelings = Lexicon.Folded("his", "her", "their", "its", "the", "a", "whose");
    private static readonly string[] ContemptPrepositions = Lexicon.Folded("for", "of", "by", "with", "toward", "towards");
    private static readonly string[] GroupDeterminers = Lexicon.Folded("all", "those", "these", "the", "fucking", "bloody", "damn");

    private PhraseMatch? ContemptForGroup()
    {
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || HasOutside(group, TermClass.Negation))
            {
                continue;
            }
            var verb = group.Token - 1;
            while (verb >= 0 && verb >= group.Token - 3 && IsOneOf(verb, GroupDeterminers))
            {
                verb--;
            }
            if (verb >= 1 && IsOneOf(verb, ContemptVerbs) && SpeakerBefore(verb))
            {
                return group;
            }
            // "These [group] disgust me", "[group] sicken me": the writer's revulsion, the group its cause.
            var after = group.Token + group.Words;
            if (IsOneOf(after, Revolting) && view.TokenIs(after + 1, "me") && view.Clause(after) == view.Clause(group.Token))
            {
                return group;
            }
            // "This town should get rid of all the [group]": a group to be got rid of, unless the past is asked about.
            if (verb >= 1 && view.TokenIs(verb, "of") && view.TokenIs(verb - 1, "rid") && !view.Has(TermClass.Historical | TermClass.DescriptiveFrame))
            {
                return group;
            }
            // The feeling is the writer's when it opens the message ("Disgusted by…") or the writer speaks and it is not
            // someone else's ("his contempt for…", "the open hatred for…", "the hatred of … in the 1930s").
            var feeling = verb - 1;
            if (verb >= 1 && IsOneOf(verb, ContemptPrepositions) && IsOneOf(feeling, ContemptNouns) && !view.Has(TermClass.Historical)
                && (feeling == 0 || (view.Has(TermClass.FirstPerson) && !IsOneOf(feeling - 1, OthersFeelings) && !IsOneOf(feeling - 2, OthersFeelings))))
            {
                return group;
            }
        }
        return null;
    }

    private static readonly string[] Revolting = Lexicon.Folded("disgust", "disgusts", "sicken", "sickens", "repulse", "repulses", "revolt", "revolts", "nauseate");
    // Said for emphasis between the writer and the feeling: "I absolutely loathe…", "we really do despise…".
    private static readonly string[] Emphasis = Lexicon.Folded("absolutely", "really", "just", "truly", "honestly", "totally", "utterly", "simply",
        "genuinely", "seriously", "fucking", "completely", "actually", "literally", "do", "so");

    /// <summary>Whether the writer speaks right before <paramref name="verb"/>, past two words of emphasis at most ("I absolutely loathe").</summary>
    private bool SpeakerBefore(int verb)
    {
        var k = verb - 1;
        while (k >= 0 && k >= verb - 2 && IsOneOf(k, Emphasis))
        {
            k--;
        }
        return k >= 0 && (view.Classes(k) & (TermClass.FirstPerson | TermClass.Speaker)) != 0;
    }

    // What a group is wished to suffer: "…should all be killed", "…deserve to be shot", "…must die".
    private static readonly string[] WishingModals = Lexicon.Folded("should", "ought", "must", "deserve", "deserves", "need", "needs");
    private static readonly string[] BetweenWishAndHarm = Lexicon.Folded("all", "just", "simply", "really", "to", "each", "every", "one", "of", "them", "go", "hurry", "up", "and");
    private static readonly string[] HarmedParticiples = Lexicon.Folded("killed", "shot", "executed", "hanged", "hung", "lynched", "gassed", "exterminated",
        "slaughtered", "murdered", "burned", "burnt", "beaten", "tortured", "stabbed", "eradicated", "culled", "butchered", "massacred", "strangled",
        "drowned", "wiped");
    private static readonly string[] OwnDeaths = Lexicon.Folded("die", "burn", "hang", "rot", "perish", "suffer");
    private static readonly string[] NoneOf = Lexicon.Folded("no", "not", "never");
    private static readonly string[] Relishing = Lexicon.Folded("love", "like", "want", "wanna", "enjoy");
    private static readonly string[] SeeingItDone = Lexicon.Folded("see", "watch");
    // A proposal to do it: "what if we just killed all…", "how about we shoot…", "let's gas…".
    private static readonly string[][] Proposals = [Lexicon.Folded("what", "if", "we"), Lexicon.Folded("how", "about", "we"), Lexicon.Folded("why", "don", "t", "we"),
        Lexicon.Folded("let", "s"), Lexicon.Folded("lets")];
    private static readonly string[] HarmingVerbs = Lexicon.Folded("kill", "killed", "shoot", "shot", "execute", "executed", "hang", "hanged", "lynch",
        "lynched", "gas", "gassed", "exterminate", "exterminated", "slaughter", "slaughtered", "murder", "murdered", "burn", "burned", "stab", "stabbed",
        "massacre", "massacred", "butcher", "butchered", "drown", "drowned", "wipe", "wiped");

    /// <summary>
    /// "[group] should all be killed", "[group] deserve to be shot", "[group] must die", "what if we just killed all [group]":
    /// death or violence wished on a group, or proposed, by the writer — the group before the wish, or right after the
    /// proposed act, or watched for with pleasure ("I'd love to see those [group] suffer"). Not "[group] should not be…",
    /// nor a question that puts the wish first ("should [group] be…?"). The group is the first span.
    /// </summary>
    private PhraseMatch[]? GroupHarmWished()
    {
        foreach (var group in view.Matches)
        {
            // "No [group] deserves to die", "not all [group] should…": the wish is denied.
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || IsOneOf(group.Token - 1, NoneOf) || IsOneOf(group.Token - 2, NoneOf))
            {
                continue;
            }
            var end = group.Token + group.Words;
            for (var modal = end; modal < view.Count && modal <= end + 1 && view.Clause(modal) == view.Clause(group.Token); modal++)
            {
                if (!IsOneOf(modal, WishingModals))
                {
                    continue;
                }
                var k = modal + 1;
                while (k < view.Count && k <= modal + 4 && IsOneOf(k, BetweenWishAndHarm))
                {
                    k++;
                }
                var passive = view.TokenIs(k, "be") && IsOneOf(k + 1, HarmedParticiples);
                if (passive || IsOneOf(k, OwnDeaths))
                {
                    return [group, Token(passive ? k + 1 : k)];
                }
            }
            // "I'd love to see those [group] suffer": the harm watched for with pleasure.
            var seen = group.Token - 1;
            while (seen >= 0 && seen >= group.Token - 3 && IsOneOf(seen, GroupDeterminers))
            {
                seen--;
            }
            if (IsOneOf(seen, SeeingItDone) && view.TokenIs(seen - 1, "to") && IsOneOf(seen - 2, Relishing) && IsOneOf(end, OwnDeaths))
            {
                return [group, Token(seen - 2), Token(end)];
            }
            if (FindPhrase(Proposals) is { } proposal && proposal.Token < group.Token)
            {
                for (var verb = proposal.Token + proposal.Words; verb < group.Token && verb <= proposal.Token + proposal.Words + 1; verb++)
                {
                    if (IsOneOf(verb, HarmingVerbs) && group.Token - verb <= 3)
                    {
                        return [group, proposal, Token(verb)];
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Phrases written with spaces, each folded word by word as messages are.</summary>
    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(phrase => Lexicon.Folded(phrase.Split(' ')))];

    // Said right before a group that ends its clause: "I really can't stand [group]", "nothing worse than a [group]".
    // The determiners before the group ("…than a [group]", "…an end to all [group]") are passed over first.
    private static readonly string[][] HatredBefore = Phrases("can t stand", "cannot stand", "cant stand", "sick of being around", "so much hatred for",
        "so much disdain for", "so much contempt for", "disdain for", "nothing worse than", "like less than", "put an end to", "sick to death of",
        "fed up with");
    // Said right after a group: "[group] make me furious", "[group] are the absolute worst", "[group] lives don't matter".
    private static readonly string[][] HatredAfter = Phrases("make me furious", "makes me furious", "make me sick", "makes me sick", "make me so angry",
        "makes me so angry", "make me angry", "makes me angry", "fill me with rage", "fills me with rage", "fill me with so much rage",
        "fill me with disgust", "are the absolute worst", "are the worst", "belong in a zoo", "belong in cages", "belong in a cage", "have no place in",
        "lives do not matter", "lives don t matter", "lives are not worth", "lives aren t worth", "lives are worthless", "lives are worth nothing",
        "will die a horrible death", "deserve nothing", "are a plague", "are a disease", "are a cancer");
    // What may stand between the group and the words after it: "[group] like you make me…", "[group] here make me…".
    private static readonly string[] GroupAddressed = Lexicon.Folded("like", "you", "u", "here", "around", "everywhere");
    private static readonly string[] GroupDeterminersAddressed = Lexicon.Folded("all", "those", "these", "the", "you", "a", "an", "any");

    /// <summary>
    /// Hatred of a group in so many words, by the writer: "I really can't stand [group] like you", "there is nothing worse
    /// than a [group]", "[group] like you make me furious", "[group] are the absolute worst", "[group] lives don't matter".
    /// Before the group, the group must end its clause ("can't stand [group] being mocked" opposes the mockery); after
    /// it, only "like you" or a word of place ("here") may stand between, and "the worst" must end the clause. Not a
    /// claim reported (the caller's) or a group with "no" or "not" before it.
    /// </summary>
    private PhraseMatch[]? GroupHatedInSoManyWords()
    {
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || IsOneOf(group.Token - 1, NoneOf))
            {
                continue;
            }
            var clause = view.Clause(group.Token);
            var after = group.Token + group.Words;
            while (after < view.Count && after <= group.Token + group.Words + 1 && view.Clause(after) == clause && IsOneOf(after, GroupAddressed))
            {
                after++;
            }
            var endsClause = after >= view.Count || view.Clause(after) != clause;
            var before = group.Token - 1;
            while (before >= 0 && before >= group.Token - 3 && IsOneOf(before, GroupDeterminersAddressed))
            {
                before--;
            }
            if (endsClause && PhraseEndingAt(HatredBefore, before) is { } felt)
            {
                return [group, felt];
            }
            foreach (var phrase in HatredAfter)
            {
                // "…are the worst affected by…" goes on to say how the group suffers: "the worst" must end the clause.
                var next = after + phrase.Length;
                if (WordsAt(view, after, phrase) && view.Clause(next - 1) == clause
                    && (!view.TokenIs(next - 1, "worst") || next >= view.Count || view.Clause(next) != clause))
                {
                    return [group, new PhraseMatch(after, phrase.Length, TermClass.None)];
                }
            }
        }
        return null;
    }

    /// <summary>The first of <paramref name="phrases"/> whose last word stands at <paramref name="last"/>.</summary>
    private PhraseMatch? PhraseEndingAt(string[][] phrases, int last)
    {
        foreach (var phrase in phrases)
        {
            var start = last - phrase.Length + 1;
            if (start >= 0 && WordsAt(view, start, phrase))
            {
                return new PhraseMatch(start, phrase.Length, TermClass.None);
            }
        }
        return null;
    }

    private static readonly string[] GroupCopulas = Lexicon.Folded("are", "r", "is");
    // Words between "are" and what the group is called that change nothing: "are nothing but", "are just human", "are all such".
    private static readonly string[] BeforeTheName = Lexicon.Folded("just", "nothing", "but", "all", "human", "absolutely", "such", "a", "an", "the",
        "so", "total", "totally", "complete", "completely", "really", "simply", "utterly", "truly", "basically", "literally", "fucking", "bloody",
        "damn", "disgusting", "filthy", "dirty", "worthless", "pieces", "piece", "of", "bunch", "lot", "pack", "like");

    /// <summary>
    /// A group called vermin, garbage or worse by the writer, as a statement: "[group] are nothing but scum", "[group] are
    /// human garbage". Not a claim reported to be answered ("people who say [group] are…"), not in a frame that tells,
    /// quotes, opposes or asks about it, and not with a "not" before the name ("[group] are not criminals"); a "no" after it
    /// ("…like robots, no personality") names what the group is said to lack.
    /// </summary>
    private PhraseMatch[]? VilifiedByTheWriter()
    {
        if (view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext | TermClass.Quotation | TermClass.Historical)
            || AnyTokenOf(Opposed) || AsksWhyItHurts())
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || IsReportedClaim(group))
            {
                continue;
            }
            // "[group] are…", "[group] really are…": the group is the subject of its own clause.
            var copula = group.Token + group.Words;
            if (copula < view.Count && !IsOneOf(copula, GroupCopulas) && copula + 1 < view.Count && IsOneOf(copula + 1, GroupCopulas))
            {
                copula++;
            }
            // "The Polish workers on my site are…": a place the group is found in, between it and its verb.
            if (copula < view.Count && IsOneOf(copula, Locatives))
            {
                var at = FirstOf(copula + 1, copula + PlaceWords, GroupCopulas);
                // "…at the shop I work at are…" has a subject of its own before the verb.
                copula = at > 0 && view.Clause(at) == view.Clause(group.Token) && !AnyOf(copula + 1, at - 1, PlaceSubjects) ? at : copula;
            }
            if (copula >= view.Count || !IsOneOf(copula, GroupCopulas))
            {
                continue;
            }
            // One word of the writer's own may qualify the name: "…are all thieving scum", "…are lazy parasites".
            var qualified = false;
            for (var t = copula + 1; t < view.Count && t <= copula + RuleWindow.GroupVilified && view.Clause(t) == view.Clause(copula); t++)
            {
                if (IsOneOf(t, Vilifying) || (view.Classes(t) & TermClass.Insult) != 0 || (IsOneOf(t, Inept) && view.TokenIs(t + 1, "at"))
                    || (view.TokenIs(t, "only") && IsOneOf(t + 1, GoodFor) && view.TokenIs(t + 2, "for")))
                {
                    if (AnyClassBetween(0, t - 1, TermClass.Negation))
                    {
                        break;
                    }
                    return [group, new PhraseMatch(t, 1, view.Classes(t))];
                }
                if (!IsOneOf(t, BeforeTheName))
                {
                    if (qualified || (view.Classes(t) & (TermClass.Negation | TermClass.FirstPerson | TermClass.SecondPerson)) != 0)
                    {
                        break;
                    }
                    qualified = true;
                }
            }
        }
        return null;
    }

    // The words of disgust a slur is made with: "a filthy [group]", "stinking [group]".
    private static readonly string[] Befouled = Lexicon.Folded("filthy", "dirty", "stinking", "stinky", "smelly", "greasy", "scummy", "thieving", "vile",
        "disgusting", "subhuman", "verminous", "mangy");
    // What may follow a group named as people: the clause's end, a verb, a relative, more people. Not "a dirty Mexican
    // restaurant", whose noun the group word qualifies.
    private static readonly string[] AfterPeopleNamed = Lexicon.Folded("who", "that", "is", "are", "was", "were", "s", "and", "or", "next", "moved", "moves",
        "lives", "living", "came", "comes", "keeps", "kept", "got", "gets", "again", "here", "there", "everywhere", "should", "can", "will", "ll", "people",
        "man", "men", "woman", "women", "kid", "kids", "family", "families", "neighbour", "neighbours", "neighbor", "neighbors", "bastard", "bastards",
        "scum", "from", "in", "on", "at", "with", "down", "up", "over", "around");

    // One of a group the lexicon names in the plural, as a slur names them: "jews" gives "jew", "pakistanis" "pakistani". The
    // singular is also an adjective ("Mexican food"), so the lexicon leaves it out; only a word of disgust before it reads it here.
    // A colour, an age or a sex said of one person with "dirty" is a wash, a joke or a come-on ("what a dirty girl"), not a slur.
    private static readonly string[] GroupSingulars = [.. Normalization.LexiconWords.OneWordEntries(TermClass.ProtectedGroup)
        .Where(p => p.Length >= 4 && p.EndsWith('s'))
        .Except(["girls", "females", "mothers", "seniors", "teenagers", "veterans", "widows", "whites", "blacks", "minorities"])
        .Select(p => Lexicon.Folded(p[..^1])[0])];
    // Clothes sorted for the wash are "dirty whites", "dirty darks".
    private static readonly string[] Laundry = Lexicon.Folded("wash", "washing", "washed", "laundry", "load", "loads", "machine", "clothes", "darks", "colours",
        "colors", "bleach", "detergent", "socks", "towels");

    /// <summary>
    /// "Our neighbour is a filthy [group]", "a stinking [group] moved in next door": a group word made a slur by a word of
    /// disgust just before it, said by the writer of people. Not reported ("he called me a dirty…"), told, quoted or opposed,
    /// nor a thing the group word qualifies ("a dirty [group] restaurant").
    /// </summary>
    private PhraseMatch[]? NamedWithContempt()
    {
        if (view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext | TermClass.Quotation | TermClass.Historical)
            || AnyTokenOf(Opposed) || AsksWhyItHurts() || AnyTokenOf(Laundry))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            var group = (view.Classes(t) & TermClass.ProtectedGroup) != 0 ? GroupAt(t) : IsOneOf(t, GroupSingulars) ? new PhraseMatch(t, 1, view.Classes(t)) : null;
            if (group is not { } named || !IsOneOf(t - 1, Befouled) || IsReportedClaim(named))
            {
                continue;
            }
            var after = named.Token + named.Words;
            if (after >= view.Count || view.Clause(after) != view.Clause(t) || IsOneOf(after, AfterPeopleNamed))
            {
                return [new PhraseMatch(t - 1, 1, view.Classes(t - 1)), named];
            }
        }
        return null;
    }

    /// <summary>The group phrase that starts at a token, if one does.</summary>
    private PhraseMatch? GroupAt(int token)
    {
        foreach (var match in view.Matches)
        {
            if (match.Token == token && (match.Classes & TermClass.ProtectedGroup) != 0)
            {
                return match;
            }
        }
        return null;
    }

    private static readonly string[] Locatives = Lexicon.Folded("on", "in", "at", "round", "around", "near", "down", "across");
    private static readonly string[] PlaceSubjects = Lexicon.Folded("i", "you", "we", "they", "he", "she", "u");
    // How many words the place may take before the group's verb: "on my building site are…".
    private const int PlaceWords = 4;

    // What a group is called or wished when it is vilified: vermin, criminals, a danger, dying, someone to be against.
    private static readonly string[] Vilifying = Lexicon.Folded("terrorists", "terrorist", "rats", "vermin", "animals", "parasites", "cockroaches",
        "criminals", "rapists", "savages", "subhuman", "inferior", "filthy", "disgusting", "evil", "dying", "die", "against", "invaders", "plague",
        "disease", "degenerates", "groomers", "stupid", "dumb", "criminal", "violent", "lazy", "dangerous", "genetically", "useless",
        "shot", "killed", "gassed", "hanged", "burning", "burn", "apes", "monkeys", "gorillas", "ruin", "ruins", "ruining", "sick", "diseased", "perverts",
        "perverted", "freaks", "scum", "trash", "mocking", "mock", "ridiculing", "ridicule", "belittling", "demeaning", "degrading", "drain", "menace",
        "burden", "leeches", "pests", "cancer", "infestation", "thugs", "barbarians", "backward", "primitive", "nuisance", "greedy", "liars", "thieves",
        "worst", "robots", "machines", "zombies", "sheep", "cattle", "insects", "dogs", "pigs", "snakes", "locusts", "beasts", "swine", "scroungers",
        "freeloaders", "spongers", "soulless", "brainless", "mindless", "manipulative", "hysterical", "diggers", "deceitful", "treacherous");
    // "[group] are bad at maths": a whole group called inept at something; "…are only good for cleaning", fit for one thing.
    private static readonly string[] GoodFor = Lexicon.Folded("good", "fit", "useful");
    private static readonly string[] Inept = Lexicon.Folded("bad", "terrible", "awful", "hopeless", "rubbish", "useless", "incompetent", "crap", "shit");
    // Abuse to hurl at a group, asked for ("insults for [group]", "slurs for…"); "why are slurs against [group] so hurtful" asks why.
    private static readonly string[] AbuseToHurl = Lexicon.Folded("insults", "insult", "slurs", "slur", "taunts");
    // "Violence against [group]", "slurs against…": harm done to the group is named, not a stand taken against it.
    private static readonly string[] Mistreatment = Lexicon.Folded("slurs", "slur", "insults", "violence", "discrimination", "crimes", "crime", "attacks",
        "bias", "abuse", "threats", "harassment", "persecution", "atrocities", "prejudice", "racism", "hate", "hatred");
    // What turns a text about vilification against it: "why calling [group] criminals is wrong", "a speech against racism".
    private static readonly string[] StancesAgainst = Lexicon.Folded("wrong", "stereotypes", "stereotype", "myth", "myths", "debunk", "debunking", "stop",
        "counter", "respond");
    private static readonly string[] Opposed = [.. StancesAgainst, .. Lexicon.Folded("racism", "racist", "hate", "hatred", "bigotry", "prejudice", "unfair")];

    // What a name is judged to do to those it names: "offensive", "dehumanising".
    private static readonly string[] HurtfulJudgements = Lexicon.Folded("offensive", "dehumanising", "dehumanizing", "derogatory", "hurtful", "harmful",
        "xenophobic", "bigoted", "slur", "insulting");

    /// <summary>
    /// "Why is calling [group] vermin dehumanising", "is it offensive to call [group]…": a question of why a name hurts
    /// opposes it. Asked, not ordered: "write an offensive joke calling [group]…" is still asked for.
    /// </summary>
    private bool AsksWhyItHurts() => view.Count > 0 && IsOneOf(0, WhyOrWhether) && AnyTokenOf(HurtfulJudgements);

    private static readonly string[] WhyOrWhether = Lexicon.Folded("why", "is", "isn", "how", "are", "was");

    /// <summary>
    /// A text about a group asked for, with the group vilified beside it: "write a tweet calling all [group] terrorists",
    /// "a slogan for a rally against [group]". Contempt asked for is contempt written; a question about it is not asked for.
    /// </summary>
    private PhraseMatch[]? VilificationAsked()
    {
        // "Why are [group] so…" asks for the argument, as "write…" asks for the text.
        if (!view.Has(TermClass.RequestFrame | TermClass.Normative | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.Historical | TermClass.DescriptiveFrame | TermClass.Quotation))
        {
            return null;
        }
        if (AnyTokenOf(Opposed) || AsksWhyItHurts())
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || HasOutside(group, TermClass.Negation))
            {
                continue;
            }
            var from = Math.Max(0, group.Token - RuleWindow.GroupVilified);
            var to = Math.Min(view.Count - 1, group.Token + group.Words - 1 + RuleWindow.GroupVilified);
            for (var t = from; t <= to; t++)
            {
                // "Against" vilifies only the group it stands before ("a rally against [group]", not "against racism toward [group]").
                var vilifies = view.TokenIs(t, "against") ? t < group.Token && !HasBetween(t, group.Token) && !IsOneOf(t - 1, Mistreatment)
                    : (IsOneOf(t, Vilifying) && !IsHarmToTheGroup(t, group)) || (IsOneOf(t, AbuseToHurl) && !view.TokenIs(0, "why"));
                if ((t < group.Token || t >= group.Token + group.Words) && view.Clause(t) == view.Clause(group.Token) && vilifies)
                {
                    return [group, Token(t)];
                }
            }
        }
        return null;
    }

    // What a text is asked to be when it is written against a group: "something racist", "a sexist joke", "an offensive song".
    private static readonly string[] Bigoted = Lexicon.Folded("racist", "sexist", "homophobic", "transphobic", "antisemitic", "bigoted", "hateful",
        "offensive", "derogatory", "xenophobic", "islamophobic", "misogynistic", "misogynist", "demeaning", "degrading", "insulting", "nasty");
    // How a text is aimed at a group: "…about [group]", "…that makes fun of [group]".
    private static readonly string[] AimedAtAGroup = Lexicon.Folded("about", "against", "on", "toward", "towards", "targeting", "at", "of", "mocking",
        "mocks", "ridiculing", "ridicules", "insulting", "insults", "belittles", "belittling");
    // What a text against bigotry asks instead: "explain why sexist jokes about women hurt", "how do I answer a racist joke about…".
    private static readonly string[] AgainstBigotry = [.. StancesAgainst, .. Lexicon.Folded("why", "harm", "harmful", "hurt", "hurts", "hurtful",
        "response", "reply", "answer", "report", "explain", "recognise", "recognize", "spot", "avoid", "handle", "deal", "called", "heard", "told",
        "said", "made", "trope", "tropes", "portrayal", "portrayals", "depiction", "depictions", "representation", "history", "impact", "effects")];
    // Mockery aimed straight at a group is the text's kind: "a rap that mocks [group]".
    private static readonly string[] MockingAGroup = Lexicon.Folded("mocks", "mocking", "ridicules", "ridiculing", "insults", "insulting", "belittles", "belittling");
    // Between the asked verb and the group: "a really offensive song about…", "something racist and cruel about…".
    private const int BigotryReach = 8;

    /// <summary>
    /// "Write something racist about [group]", "make up an offensive song about [group]", "a sexist joke about women": a text
    /// asked for whose very kind is contempt, aimed at a group. Not a text against it ("explain why racist jokes about
    /// [group] hurt", "how do I respond to a sexist joke about women"), nor one told or heard of ("my uncle made a racist
    /// joke about…").
    /// </summary>
    private PhraseMatch[]? BigotryAsked()
    {
        if (!(view.Has(TermClass.RequestFrame) || OpensOnOrder()) || view.Has(TermClass.Defensive | TermClass.Historical | TermClass.DescriptiveFrame | TermClass.Quotation)
            || AnyTokenOf(AgainstBigotry) || AsksWhyItHurts())
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || group.Token < 2 || !IsOneOf(group.Token - 1, AimedAtAGroup) || HasOutside(group, TermClass.Negation))
            {
                continue;
            }
            if (IsOneOf(group.Token - 1, MockingAGroup))
            {
                return [Token(group.Token - 1), group];
            }
            for (var t = group.Token - 2; t >= 0 && t >= group.Token - BigotryReach && view.Clause(t) == view.Clause(group.Token); t--)
            {
                // "A joke that makes fun of [group]": mockery is the text's kind too.
                if (IsOneOf(t, Bigoted) || (t == group.Token - 2 && view.TokenIs(t, "fun") && view.TokenIs(t + 1, "of")))
                {
                    return [Token(t), group];
                }
            }
        }
        return null;
    }

    private static readonly string[] EndangeredFor = Lexicon.Folded("for", "to");

    /// <summary>
    /// "Why crash diets are dangerous for teenagers", "a post on why the heat is deadly to [group]": the word stands before the
    /// group with only "for" or "to" between, so the group is the one endangered, not the danger.
    /// </summary>
    private bool IsHarmToTheGroup(int word, PhraseMatch group) =>
        word < group.Token && IsOneOf(word + 1, EndangeredFor) && !HasBetween(word + 1, group.Token);

    private static readonly string[] NegatedModals = Lexicon.Folded("shouldn", "mustn");
    private static readonly string[] Allowances = Lexicon.Folded("be", "get", "have", "receive", "keep");

    /// <summary>
    /// "Why shouldn't [group] be allowed to adopt?", "why shouldn't [group] get medical care?": the negation stands before the
    /// group, so no exclusion phrase follows it; what follows is what they are denied.
    /// </summary>
    private PhraseMatch[]? AllowanceDenied()
    {
        if (!view.TokenIs(0, "why") || view.Has(TermClass.Defensive | TermClass.Historical | TermClass.Quotation))
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            var after = group.Token + group.Words;
            if ((group.Classes & TermClass.ProtectedGroup) != 0 && view.TokenIs(group.Token - 1, "t") && IsOneOf(group.Token - 2, NegatedModals)
                && IsOneOf(after, Allowances))
            {
                return [group, Token(after)];
            }
        }
        return null;
    }

    private static readonly string[] Reporting = Lexicon.Folded("say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "think", "thinks",
        "believe", "believes", "insist", "insists", "calling", "call", "called", "tweet", "tweeted", "post", "posted", "write", "wrote");
    private static readonly string[] Reporters = Lexicon.Folded("who", "that", "people", "someone", "somebody", "anyone", "he", "she", "they", "those");

    // "Propaganda in the 1930s called [group] vermin": said in the past, it is told, not said; no text is ordered so.
    private static readonly string[] ReportedPast = Lexicon.Folded("said", "claimed", "called", "wrote", "tweeted", "posted", "shouted", "branded", "labelled",
        "labeled", "portrayed", "depicted");
    // "Why do people believe the myth that [group]…", "the stereotype that…": the claim named as false.
    private static readonly string[] Disbelieved = Lexicon.Folded("myth", "myths", "lie", "lies", "stereotype", "stereotypes", "trope", "tropes",
        "misconception", "misconceptions", "conspiracy", "debunk", "debunking", "debunked", "propaganda", "falsely", "false");

    private static readonly string[] Holding = Lexicon.Folded("think", "believe", "agree");
    private static readonly string[] Posing = Lexicon.Folded("you", "u", "anyone", "someone", "people");

    /// <summary>
    /// "I don't think [group] are…", "if you believe that [group] are…, unfollow me": a belief the writer denies holding,
    /// or poses as someone else's to answer it (the caller keeps it next to the group: "I don't think so, but…" is not).
    /// </summary>
    private bool IsBeliefDeniedOrPosed(int token) =>
        token >= 1 && IsOneOf(token, Holding) && ((view.Classes(token - 1) & TermClass.Negation) != 0 || (token >= 2 && (view.Classes(token - 2) & TermClass.Negation) != 0)
            || (IsOneOf(token - 1, Posing) && view.TokenIs(token - 2, "if")));

    private static readonly string[] Replies = Lexicon.Folded("reply", "response", "respond", "rebuttal", "rebut", "answer", "report", "flag", "argue", "counter",
        "challenge", "convince", "push", "confront", "correct");

    /// <summary>
    /// "People who say [group] are criminals are just wrong", "anyone claiming [group] are…", "my neighbour told me [group]
    /// are…", "my grandma says [group] are…": the claim is someone else's, reported to be answered. The writer's own "I think [group] are…" is not
    /// reported, nor is a text ordered to say it ("write a speech saying [group] are…"), unless the order is for a reply to it.
    /// </summary>
    private bool IsReportedClaim(PhraseMatch group)
    {
        var ordered = view.Has(TermClass.RequestFrame) && !AnyTokenOf(Replies);
        for (var t = group.Token - 1; t >= 0 && t >= group.Token - RuleWindow.ReportedClaim && view.Clause(t) == view.Clause(group.Token); t--)
        {
            if ((IsOneOf(t, Reporting)
                && (IsOneOf(t - 1, Reporters) || IsPersonWord(t - 1) || (!ordered && (view.TokenIs(t, "saying") || view.TokenIs(t, "claiming") || view.TokenIs(t, "calling")))
                    || IsSaidOverAndOver(t)))
                || IsOneOf(t, ReportedPast) || (view.TokenIs(t, "told") && !IsOneOf(t - 1, FirstPersons))
                || (t >= group.Token - 2 && IsBeliefDeniedOrPosed(t)))
            {
                return true;
            }
        }
        return IsNamedByOthers(group);
    }

    private static readonly string[] OverAndOver = Lexicon.Folded("keep", "keeps", "kept", "always", "constantly", "forever");

    /// <summary>"My son's classmates keep saying [group] are…": a claim said over and over by others; not "I keep saying…".</summary>
    private bool IsSaidOverAndOver(int saying) =>
        view.TokenIs(saying, "saying") && IsOneOf(saying - 1, OverAndOver) && saying >= 2 && !IsOneOf(saying - 2, FirstPersons) && !view.TokenIs(saying - 2, "you");

    private static readonly string[] NamingHelpers = Lexicon.Folded("get", "gets", "got", "getting", "are", "were", "is", "was", "be", "being", "been");
    private static readonly string[] NamedAs = Lexicon.Folded("called", "labelled", "labeled", "branded", "described", "painted", "portrayed", "dismissed");

    /// <summary>
    /// "Refugees get called vermin online", "disabled people are often labelled a burden": a name the group is given in the
    /// passive is others' naming, told, not the writer's. Not "[group] are vermin".
    /// </summary>
    private bool IsNamedByOthers(PhraseMatch group)
    {
        var after = group.Token + group.Words;
        for (var t = after + 1; t < view.Count && t <= after + RuleWindow.NamedByOthers && view.Clause(t) == view.Clause(group.Token); t++)
        {
            if (IsOneOf(t, NamedAs) && IsOneOf(t - 1, NamingHelpers))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word other than a determiner stands between two tokens ("against all the [group]" has none).</summary>
    private bool HasBetween(int first, int last)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (!IsOneOf(t, GroupDeterminers))
            {
                return true;
            }
        }
        return false;
    }

    private void Discrimination(ref List<Signal>? signals)
    {
        if (view.Has(TermClass.Impossible))
        {
            return;
        }
        // One of a group named in the singular is no lexicon match: a word of disgust lets the slur rule look for it.
        if (!view.Has(TermClass.ProtectedGroup))
        {
            if (AnyTokenOf(Befouled) && NamedWithContempt() is { } slur)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, slur, ["a group vilified, said by the writer"]);
            }
            return;
        }
        if (GroupHarmWished() is { } wished && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext) && !IsReportedClaim(wished[0]))
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, wished,
                ["death or violence wished on a group, by the writer"]);
            return;
        }
        if (ExpulsionUrged() is { } expelled)
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, expelled,
                ["a group driven out or rounded up, urged by the writer"]);
            return;
        }
        if (!view.Has(TermClass.Exclusion))
        {
            if (ContemptForGroup() is { } hated && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, [hated], ["contempt for a group, said by the writer"]);
            }
            else if (GroupHatedInSoManyWords() is { } loathed && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext)
                && !IsReportedClaim(loathed[0]))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, loathed,
                    ["hatred of a group, said by the writer"]);
            }
            else if ((VilifiedByTheWriter() ?? NamedWithContempt()) is { } called)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, called, ["a group vilified, said by the writer"]);
            }
            else if ((VilificationAsked() ?? BigotryAsked()) is { } vilified)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationArgued, RuleNames.Discrimination, vilified, ["a group vilified, written to order"]);
            }
            else if (AllowanceDenied() is { } denied)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationArgued, RuleNames.Discrimination, denied, ["a right denied to a group, argued for"]);
            }
            else if (BannedByTheWriter() is { } banned)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, banned, ["a group barred from a life, urged by the writer"]);
            }
            else if (RhetoricallyDeemedUnfit() is { } unfit && !view.Has(TermClass.Defensive | TermClass.CreativeContext))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, unfit, ["a group deemed unfit, asked as a question that asserts it"]);
            }
            return;
        }
        foreach (var group in view.Matches)
        {
            // "My teenagers need to stop whining": the writer's own people, not a group.
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || view.TokenIs(group.Token - 1, "my"))
            {
                continue;
            }
            foreach (var exclusion in view.Matches)
            {
                // The group must be the subject: "why should <group> not be allowed…", not "…as <group>".
                if ((exclusion.Classes & TermClass.Exclusion) == 0 || exclusion.Token <= group.Token || exclusion.Token - group.Token > RuleWindow.GroupExcluded
                    || IsActedOnInARelative(group) || IsExclusionDenied(group, exclusion) || IsLesserWorthDenied(exclusion))
                {
                    continue;
                }
                var normative = view.Has(TermClass.Normative) || view.Has(TermClass.RequestFrame);
                var contexts = new List<string>();
                // "Why were women not allowed to vote until 1971?": an exclusion told in the past tense is history.
                var historical = (view.Has(TermClass.Historical) && view.Has(TermClass.DescriptiveFrame)) || IsOneOf(group.Token - 1, PastBe);
                var confidence = historical ? RuleConfidence.DiscriminationHistorical
                    : normative ? RuleConfidence.DiscriminationArgued : RuleConfidence.DiscriminationStated;
                if (historical)
                {
                    contexts.Add("historical question");
                }
                if (view.Has(TermClass.Defensive) || IsReportedClaim(group) || AsksWhyItHurts() || PrecededBy(group.Token, Disbelieved, RuleWindow.ClaimDisbelieved)
                    || IsAskedWhetherTrue(group))
                {
                    // "Why is it wrong to say [group] are…", "how do I report a post saying…": the claim is opposed, not made.
                    confidence *= FramingFactor.Defensive;
                    contexts.Add("defensive or protective context");
                }
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.Discrimination, [group, exclusion], contexts);
                return;
            }
        }
    }

    /// <summary>
    /// "Refugees should never be deported", "no refugee should be deported to a war zone": a harm done to the group, denied
    /// by a negation between the group and it, or before the group. A negation the exclusion holds ("…should not be allowed
    /// to vote") is the exclusion's own.
    /// </summary>
    private bool IsExclusionDenied(PhraseMatch group, PhraseMatch exclusion)
    {
        // Only a harm done to the group ("be deported", "get locked up") is denied so: a slogan may say its "not" as the hate.
        if (AnyClassBetween(exclusion.Token, exclusion.Token + exclusion.Words - 1, TermClass.Negation)
            || !(IsOneOf(exclusion.Token, DoneToThem) || IsOneOf(exclusion.Token - 1, DoneToThem)))
        {
            return false;
        }
        for (var t = Math.Max(0, group.Token - 1); t < exclusion.Token; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0 && (view.Classes(t) & TermClass.ProtectedGroup) == 0 && view.Clause(t) == view.Clause(exclusion.Token))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Worth = Lexicon.Folded("worth");
    private static readonly string[] NoneOrAny = Lexicon.Folded("any", "no", "one", "a", "bit", "single", "jot");

    /// <summary>
    /// "Refugee lives are not worth one bit less than yours": the worth denied is only a lesser one — equal worth
    /// affirmed. Not "…are not worth anything".
    /// </summary>
    private bool IsLesserWorthDenied(PhraseMatch exclusion)
    {
        var end = exclusion.Token + exclusion.Words;
        if (!IsOneOf(end - 1, Worth))
        {
            return false;
        }
        while (end < view.Count && end <= exclusion.Token + exclusion.Words + 2 && IsOneOf(end, NoneOrAny))
        {
            end++;
        }
        return IsOneOf(end, Less);
    }

    private static readonly string[] Less = Lexicon.Folded("less");

    private static readonly string[] DoneToThem = Lexicon.Folded("be", "get", "been", "being");
    private static readonly string[] PastBe = Lexicon.Folded("were", "was");
    private static readonly string[] RelativePronouns = Lexicon.Folded("who", "that");
    private static readonly string[] RelativeHeads = Lexicon.Folded("people", "anyone", "anybody", "those", "someone", "somebody", "men", "guys", "users", "everyone");
    // What a relative clause may say its people are, so that the group is theirs: "people who are [group]…".
    private static readonly string[] BeingWords = Lexicon.Folded("are", "is", "re", "were", "was", "be", "become", "became", "identify", "identifies",
        "look", "looks", "seem", "seems", "still", "actually", "also");

    /// <summary>
    /// "People who joke about raping women should be banned": the group is what the people of a relative clause act on, and
    /// the ban that follows falls on those people. "People who are [group] should be banned" names the group as them.
    /// </summary>
    private bool IsActedOnInARelative(PhraseMatch group)
    {
        var clause = view.Clause(group.Token);
        for (var t = group.Token - 2; t >= 1 && t >= group.Token - RuleWindow.GroupExcluded && view.Clause(t) == clause; t--)
        {
            if (IsOneOf(t, RelativePronouns) && (IsOneOf(t - 1, RelativeHeads) || IsPersonWord(t - 1)))
            {
                return !IsOneOf(t + 1, BeingWords);
            }
        }
        return false;
    }

    /// <summary>
    /// "Is it true that [group] are worse drivers?", "is it really true that…": a claim of fact asked about, to be told the
    /// facts, or "are [group] really…?". Not a name asked of them ("is it true that [group] are a plague?"), which vilifies as it asks.
    /// </summary>
    private bool IsAskedWhetherTrue(PhraseMatch group)
    {
        if (AnyTokenOf(Vilifying) || view.Has(TermClass.Insult))
        {
            return false;
        }
        var truth = FirstOf(0, group.Token - 1, TrueWords);
        var asked = IsOneOf(truth - 1, TruthHedges) ? truth - 1 : truth;
        if (asked >= 2 && view.TokenIs(asked - 2, "is") && view.TokenIs(asked - 1, "it"))
        {
            return true;
        }
        // "Are women really worse at parking?", "do old people actually drive worse, or is that a myth?": the question, in
        // its word order, opens on the group and doubts its claim in the word after it.
        var opener = IsOneOf(group.Token - 1, Quantifiers) ? group.Token - 2 : group.Token - 1;
        return opener == 0 && IsOneOf(0, AskingWhether) && IsOneOf(group.Token + group.Words, TruthHedges);
    }

    private static readonly string[] TrueWords = Lexicon.Folded("true");
    private static readonly string[] TruthHedges = Lexicon.Folded("really", "actually", "truly", "genuinely");
    private static readonly string[] AskingWhether = Lexicon.Folded("are", "do", "is", "does");
    private static readonly string[] Quantifiers = Lexicon.Folded("all", "most", "some", "many");
    private static readonly string[] Banning = Lexicon.Folded("ban", "banning", "bar", "barring", "forbid", "forbidding");

    /// <summary>
    /// "We should ban Sikhs from wearing turbans at work", "ban all immigrants from voting": the writer urges a group barred
    /// from something, the group between the verb and "from" (the passive "…should be banned from" is in the exclusion
    /// lexicon). Not told ("the school banned…" is past), asked about ("why did France ban…"), refused ("we shouldn't ban…")
    /// or opposed ("it's wrong to ban…").
    /// </summary>
    private PhraseMatch[]? BannedByTheWriter()
    {
        if (view.Has(TermClass.Defensive | TermClass.Historical | TermClass.Quotation | TermClass.CreativeContext)
            || (view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame)) || AnyTokenOf(Opposed))
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            var from = group.Token + group.Words;
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || !view.TokenIs(from, "from") || from + 1 >= view.Count)
            {
                continue;
            }
            for (var t = group.Token - 1; t >= 0 && t >= group.Token - RuleWindow.GroupBanned; t--)
            {
                if (IsOneOf(t, Banning))
                {
                    var refused = AnyClassBetween(Math.Max(0, t - 2), t - 1, TermClass.Negation);
                    return refused || HasBetween(t, group.Token) ? null : [Token(t), group];
                }
            }
        }
        return null;
    }

    private static readonly string[] Expelling = Lexicon.Folded("deport", "expel", "exile", "intern", "purge", "exterminate", "eradicate", "cleanse");
    // Verbs that expel with a particle, before the group or after it: "round up the…", "drive [group] out", "send them back".
    private static readonly string[] ExpellingWithParticle = Lexicon.Folded("drive", "kick", "throw", "send", "ship", "round", "chase", "boot", "lock", "wipe");
    private static readonly string[] ExpellingParticles = Lexicon.Folded("out", "back", "up", "away");
    // What urges the act just before its verb: "we should…", "we need to…", "let's…", "time to…".
    private static readonly string[] UrgingTheAct = Lexicon.Folded("should", "must", "need", "needs", "gotta", "ought", "let", "lets", "time", "have", "has");
    private static readonly string[] BetweenUrgeAndAct = Lexicon.Folded("to", "s", "just", "finally", "simply", "all", "really", "go", "and", "start");
    private static readonly string[] GettingRid = Lexicon.Folded("get", "getting");
    private static readonly string[] BeforeTheExpelled = [.. GroupDeterminers, .. Lexicon.Folded("every", "each", "last", "one", "of")];

    /// <summary>
    /// "We should deport every last one of [group]", "let's drive [group] out", "round up the [group]", "time to get rid of
    /// [group]": the writer urges a group driven out, rounded up or done away with — the verb before the group (its
    /// particle before or after it), the verb opening the message as an order or urged just before it. Not told ("they
    /// deported…"), asked ("should we deport…?"), refused ("we shouldn't deport…") or opposed ("it's cruel to…").
    /// </summary>
    private PhraseMatch[]? ExpulsionUrged()
    {
        if (view.Has(TermClass.Defensive | TermClass.Historical | TermClass.Quotation | TermClass.CreativeContext)
            || (view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame)) || AnyTokenOf(Opposed))
        {
            return null;
        }
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0 || view.TokenIs(group.Token - 1, "my"))
            {
                continue;
            }
            var before = group.Token - 1;
            while (before >= 0 && before >= group.Token - ExpelledReach && IsOneOf(before, BeforeTheExpelled))
            {
                before--;
            }
            var after = group.Token + group.Words + (IsOneOf(group.Token + group.Words, GroupDeterminers) ? 1 : 0);
            var verb = ExpellingVerbAt(before, after);
            if (verb >= 0 && IsUrgedAt(verb))
            {
                return [Token(verb), group];
            }
        }
        return null;
    }

    // How many words ("every last one of the…") may stand between the verb and the group.
    private const int ExpelledReach = 5;

    /// <summary>
    /// Where the verb that expels stands, from the word just before the group and the one just after it: "deport…", "drive
    /// … out", "round up…", "get rid of…"; -1 if there is none.
    /// </summary>
    private int ExpellingVerbAt(int before, int after) =>
        IsOneOf(before, Expelling) || (IsOneOf(before, ExpellingWithParticle) && IsOneOf(after, ExpellingParticles)) ? before
        : IsOneOf(before, ExpellingParticles) && IsOneOf(before - 1, ExpellingWithParticle) ? before - 1
        : view.TokenIs(before, "of") && view.TokenIs(before - 1, "rid") && IsOneOf(before - 2, GettingRid) ? before - 2
        : -1;

    /// <summary>Whether the act at <paramref name="verb"/> is ordered (it opens the message) or urged just before it, with no negation.</summary>
    private bool IsUrgedAt(int verb)
    {
        var k = verb - 1;
        while (k >= 0 && k >= verb - 3 && IsOneOf(k, BetweenUrgeAndAct))
        {
            k--;
        }
        if (k < 0)
        {
            return true;
        }
        return IsOneOf(k, UrgingTheAct) && !AnyClassBetween(Math.Max(0, k - 2), k + 1, TermClass.Negation) && !view.TokenIs(k + 1, "we");
    }

    private void Glorification(ref List<Signal>? signals)
    {
        if (DoerAcclaimedByTheWriter() is { } acclaimed)
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.GlorificationOrDenial, RuleNames.GlorificationOrDenial, acclaimed,
                ["the doers of a massacre acclaimed by the writer"]);
            return;
        }
        var subject = view.Has(TermClass.Atrocity) || view.Has(TermClass.Historical) || view.Has(TermClass.MassHarm);
        if (!subject)
        {
            return;
        }
        if (view.Has(TermClass.Atrocity | TermClass.MassHarm) && AtrocityApproved() is { } approved)
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.GlorificationOrDenial, RuleNames.GlorificationOrDenial, approved,
                ["an atrocity approved or wished again by the writer"]);
            return;
        }
        // Denial said of an atrocity itself, not of anything historical: "the study's results were exaggerated" is not one.
        if (FirstMatch(TermClass.Denial) is { } denial && (view.Has(TermClass.Atrocity) || view.Has(TermClass.MassHarm) || view.Has(TermClass.SexualViolence)))
        {
            // Asked about ("why do some claim it was staged?") it is a question of history; written to order, it is denial.
            // An atrocity is always historical, so the historical frame does not lower it here.
            var described = view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame);
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High,
                described ? RuleConfidence.GlorificationOrDenial * FramingFactor.Descriptive : RuleConfidence.GlorificationOrDenial,
                RuleNames.GlorificationOrDenial, [denial], described ? ["descriptive question"] : []);
            return;
        }
        if (FirstMatch(TermClass.Glorification) is { } praise && !PraisesWhatAnswersIt(praise))
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.GlorificationOrDenial, RuleNames.GlorificationOrDenial, [praise], []);
            return;
        }
        // Asked for, or meant by the writer ("…so I can do the same").
        if (FirstMatch(TermClass.Replication) is { } copy && (view.Has(TermClass.RequestFrame) || WritersOwn(copy)) && (view.Has(TermClass.Atrocity) || view.Has(TermClass.MassHarm)))
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, RuleConfidence.ReplicateAtrocity, RuleNames.ReplicateAtrocity, [copy], []);
        }
    }

    /// <summary>
    /// "A eulogy praising the nurse who was killed in the shooting", "praise the reporter who exposed the bombing plot",
    /// "praise the medics who treated the bombing victims": the praise, before the atrocity, goes to a victim or to whoever
    /// answered it.
    /// </summary>
    private bool PraisesWhatAnswersIt(PhraseMatch praise)
    {
        foreach (var deed in view.Matches)
        {
            if (deed.Token > praise.Token && (deed.Classes & (TermClass.Atrocity | TermClass.MassHarm)) != 0)
            {
                var between = praise.Token + praise.Words;
                return AnyOf(between, deed.Token - 1, AnswersToHarm) || AnyOf(between, deed.Token - 1, PassiveHelpers)
                    || IsOneOf(deed.Token + deed.Words, AnswersToHarm);
            }
        }
        return false;
    }

    // Folded, "well" reads "wel".
    private static readonly string[] WellDone = Lexicon.Folded("well");
    private static readonly string[] ShouldWords = Lexicon.Folded("should", "shoulda", "must", "needs", "need");
    private static readonly string[] HaveOrVe = Lexicon.Folded("have", "ve", "to");
    private static readonly string[] Finishing = Lexicon.Folded("finished", "finish", "completed", "complete");
    private static readonly string[] DoingOrHappening = Lexicon.Folded("do", "happen", "repeat");

    /// <summary>
    /// "The genocide was a job well done", "they should have finished it", "someone should do it again": an atrocity the
    /// message names, approved or wished again. Not "it must never happen again", nor "no one should do it again", nor a
    /// question or a story of it.
    /// </summary>
    private PhraseMatch[]? AtrocityApproved()
    {
        if (view.Has(TermClass.DescriptiveFrame | TermClass.Defensive | TermClass.Quotation | TermClass.CreativeContext))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (view.TokenIs(t, "job") && IsOneOf(t + 1, WellDone) && view.TokenIs(t + 2, "done"))
            {
                return [Token(t), Token(t + 2)];
            }
            if (!IsOneOf(t, ShouldWords) || IsOneOf(t - 1, NoOne))
            {
                continue;
            }
            var verb = IsOneOf(t + 1, HaveOrVe) ? t + 2 : t + 1;
            var finished = IsOneOf(verb, Finishing) && view.TokenIs(verb + 1, "it");
            var again = IsOneOf(verb, DoingOrHappening) && (view.TokenIs(verb + 1, "again") || (view.TokenIs(verb + 1, "it") && view.TokenIs(verb + 2, "again")));
            if (finished || again)
            {
                return [Token(t), Token(verb)];
            }
        }
        return null;
    }

    private bool WritersOwn(PhraseMatch phrase) => AnyOf(phrase.Token, phrase.Token + phrase.Words - 1, WriterAsSubject);

    // A question that opens on a negated "be" asserts what follows: "aren't women just…", "isn't it obvious that…".
    private static readonly string[] RhetoricalOpeners = Lexicon.Folded("aren", "isn", "arent", "isnt");
    private static readonly string[] UnfitTraits = Lexicon.Folded("emotional", "lazy", "stupid", "dumb", "weak", "violent", "dangerous", "greedy",
        "primitive", "backward", "dirty", "incompetent", "irrational", "hysterical", "slow", "inferior", "savage", "fragile", "aggressive",
        "hormonal", "unreliable", "dishonest", "ignorant", "simple", "soft", "selfish");

    /// <summary>
    /// "Aren't women just too emotional to be leaders", "aren't immigrants too lazy to work": a group deemed too something
    /// to do or be a thing, asked as a question that opens on its own answer. The statement form is in the exclusion
    /// lexicon; not "women aren't too emotional to lead", which denies it.
    /// </summary>
    private PhraseMatch[]? RhetoricallyDeemedUnfit()
    {
        if (view.Count < 4 || !IsOneOf(0, RhetoricalOpeners))
        {
            return null;
        }
        for (var t = 1; t + 2 < view.Count && t <= RuleWindow.RhetoricalGroup; t++)
        {
            if ((view.Classes(t) & TermClass.ProtectedGroup) == 0)
            {
                continue;
            }
            for (var too = t + 1; too + 2 < view.Count && too <= t + RuleWindow.RhetoricalGroup; too++)
            {
                // Folding squeezes "too" to "to": "to emotional to" is still its own shape.
                if (view.TokenIs(too, "to") && IsOneOf(too + 1, UnfitTraits) && view.TokenIs(too + 2, "to"))
                {
                    return [Token(t), Token(too + 1)];
                }
            }
        }
        return null;
    }
}
