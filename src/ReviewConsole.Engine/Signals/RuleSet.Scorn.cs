using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The rules of scorn said to the one addressed in words no insult list holds: a fault likened to them ("boring, just like
/// you"), their worth denied ("you mean nothing", "nobody will ever love you"), a thing for brains ("rocks for brains"),
/// a name called with contempt ("you miserable imitation"), talk down to them ("let me type slower for you"), everything
/// about them found at fault ("everything about you is fake"), a task within a child's reach ("a child could do this").
/// </summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] LikeOrAs = Lexicon.Folded("like", "as");
    private static readonly string[] YouLikened = Lexicon.Folded("you", "u", "yourself", "urself");
    private static readonly string[] LaughedAfter = Lexicon.Folded("lol", "lmao", "lmfao", "haha", "rofl");
    // What is wrong with something, said of it plainly ("useless", "boring").
    private static readonly string[] Faults = Lexicon.Folded("useless", "stupid", "dumb", "boring", "lazy", "ugly", "slow", "pathetic", "pointless",
        "worthless", "broken", "annoying", "fake", "cheap", "empty", "dull", "dense", "thick", "rubbish", "garbage", "trash", "crap", "lame", "bland",
        "soulless", "clueless", "hopeless", "incompetent", "unreliable", "overrated", "shallow", "brainless", "mindless", "forgettable", "mediocre", "awful",
        "terrible", "bad", "wrong", "unhelpful", "irritating", "cringe", "cringey", "disappointing", "predictable", "gross", "disgusting");
    // What is good in something, a fault once denied ("not funny", "never helpful").
    private static readonly string[] Merits = Lexicon.Folded("funny", "helpful", "useful", "smart", "clever", "good", "interesting", "bright", "original",
        "accurate", "right", "correct", "great", "impressive", "creative", "reliable", "intelligent", "worth", "fun", "entertaining", "witty");
    private static readonly string[] Denying = Lexicon.Folded("not", "never", "t", "isnt", "wasnt", "arent", "nothing");
    private static readonly string[] WritersOwnSelf = Lexicon.Folded("i", "im", "me", "my", "we", "our", "us", "myself");

    // Said after "nobody" or "everyone" with "you" last, they deny the one addressed any love or worth ("nobody wants you").
    private static readonly string[] Cherishing = Lexicon.Folded("love", "loves", "like", "likes", "want", "wants", "need", "needs", "miss", "misses",
        "respect", "respects", "trust", "trusts");
    private static readonly string[] Despising = Lexicon.Folded("hate", "hates", "hated", "despise", "despises", "loathe", "loathes", "detest", "detests");
    private static readonly string[] BareFeelings = Lexicon.Folded("love", "like", "want", "need", "miss", "respect", "trust", "hate", "despise", "loathe",
        "detest");
    private static readonly string[] Everyone = Lexicon.Folded("everyone", "everybody");
    // Between "nobody" and the verb: "nobody will ever really love you", "no one is going to miss you".
    private static readonly string[] BeforeTheFeeling = Lexicon.Folded("will", "would", "could", "can", "ll", "d", "ever", "really", "even", "actually",
        "truly", "genuinely", "is", "s", "going", "gonna", "to", "literally");
    // "When you feel like nobody loves you", "it seems everyone hates you": the plight of anyone, told or consoled.
    private static readonly string[] Generic = Lexicon.Folded("feel", "feels", "felt", "feeling", "like", "if", "when", "whenever", "seems", "seem", "think",
        "thinking", "thought", "believe", "worry", "worried", "afraid", "scared", "fear", "convinced", "sure");
    private static readonly string[] AfterTheAddressed = Lexicon.Folded("ever", "anymore", "here", "lol", "lmao", "at", "all", "now", "either", "online", "around");
    private static readonly string[] YouAre = Lexicon.Folded("you", "u", "ur", "youre");
    // "You're nothing to me", "you are nothing but a toy", "you're nothing special": what may follow "you are nothing".
    private static readonly string[] AfterNothing = Lexicon.Folded("to", "but", "special", "more", "lol", "now");
    private static readonly string[] ToWhom = Lexicon.Folded("me", "anyone", "anybody", "nobody", "us", "them", "the", "everyone", "humanity");

    private static readonly string[] ForBrains = Lexicon.Folded("brains", "brain");
    private static readonly string[] Having = Lexicon.Folded("have", "got", "ve", "has", "with");

    // Words of contempt that make the name after "you" an insult, whatever it is: "you miserable imitation".
    private static readonly string[] Contemptuous = Lexicon.Folded("miserable", "wretched", "lousy", "rotten", "stinking", "stinkin", "snivelling",
        "sniveling", "spineless", "gutless", "filthy", "insufferable", "smug", "pitiful", "pathetic", "worthless", "useless", "brainless", "mindless",
        "soulless", "clueless", "talentless");
    // Between the word of contempt and the name: "you spineless little worm", "you miserable old fraud".
    private static readonly string[] Diminishing = Lexicon.Folded("little", "old");
    // "Are you miserable today?", "does that make you miserable": the word said of how they are, not a name.
    private static readonly string[] MakingOrBeing = Lexicon.Folded("are", "were", "r", "feel", "seem", "look", "make", "makes", "made", "keep", "keeps",
        "leave", "leaves", "left", "find", "found", "get", "got", "thank", "if", "do", "did");
    private static readonly string[] Moments = Lexicon.Folded("today", "now", "tonight", "lately", "again", "sometimes", "too", "still", "yet", "anymore");

    /// <summary>The words that let the rules run on a message that holds no lexicon word, if "you" is in it.</summary>
    private static class ScornCues
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
            Contemptuous.Concat(Nobody).Concat(Everyone).Concat(ForBrains).Concat(ForAChild).Concat(SmallWords).Concat(Insensate).Concat(LesserMakers).Concat(Dropping).Concat(Learning).Concat(DullOnly)
                .Append("nothing").Append("one").Append("everything")
                .Append("asked").Append("wants").Append("needs").Append("cares")
                .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Whether a message may scorn the one addressed in words of no lexicon class, so the rules must read it: it ends on
    /// "like you", names "you" and a word a scorn rule reads, or says what a child or an animal could do.
    /// </summary>
    public static bool MayScornTheAddressed(TokenView view) =>
        LikenedAt(view) >= 0 || (view.Has(TermClass.SecondPerson) && (view.AnyWordOf(ScornCues.Lookup) || (view.AnyWordOf(NeverLookup) && view.AnyWordOf(ThanLookup))))
        || (view.AnyWordOf(BeingLookup) && view.AnyWordOf(MustLookup))
        || (view.AnyWordOf(AskedHowLookup) && view.AnyWordOf(SlownessLookup))
        || (view.Has(TermClass.SecondPerson) && (view.AnyWordOf(TotalFailureLookup) || view.AnyWordOf(SpectaclesLookup)))
        || (view.AnyWordOf(CouldLookup) && view.AnyWordOf(LesserBeingsLookup))
        || (view.AnyWordOf(AccoladesLookup) && view.AnyWordOf(FailuresLookup))
        || (view.AnyWordOf(CongratulatingLookup) && view.AnyWordOf(BeingLookup));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverLookup = Lexicon.FoldedLookup("never");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThanLookup = Lexicon.FoldedLookup("than");

    /// <summary>The insult of any of this file's rules, or null.</summary>
    private PhraseMatch[]? ScornedInOtherWords() =>
        FaultLikenedToTheAddressed() ?? WorthDenied() ?? ThingForBrains() ?? CalledWithContempt() ?? TalkedDownTo() ?? EverythingAboutThemFaulted()
        ?? LesserBeingCouldDoIt() ?? CalledFilth() ?? EndAskedAsAFavour() ?? AskedByNoOne() ?? TalkLikenedToAThing() ?? MadeByLesserBeings()
        ?? DroppedAsABaby() ?? DullnessPitied() ?? TaughtToTalk() ?? DullMachineNamed() ?? IronicAccolade() ?? TotalFailureCharged() ?? FaultMadeASpectacle() ?? MouthOrderedShut() ?? FailureCongratulated();

    // The names of great minds said in irony; "rocket scientist" by its second word.
    private static readonly string[] Accolades = Lexicon.Folded("genius", "einstein", "sherlock", "mastermind", "brainiac", "prodigy", "shakespeare",
        "scientist");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccoladesLookup = Lexicon.LookupOf(Accolades);
    // A failure the message complains of, that the accolade mocks.
    private static readonly string[] Failures = Lexicon.Folded("wrong", "incorrect", "failed", "fail", "fails", "broke", "broken", "mistake", "mistakes",
        "error", "errors", "nope", "messed", "botched", "useless", "nonsense", "garbage", "rubbish");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FailuresLookup = Lexicon.LookupOf(Failures);
    // A failure mended or found: "you spotted my mistake, genius!" thanks.
    private static readonly string[] Mended = Lexicon.Folded("fixed", "fix", "fixes", "solved", "solve", "works", "worked", "working", "sorted", "found",
        "caught", "spotted", "noticed", "saved", "right");
    // What leads the name called: "what a genius", "you genius", "nice one Einstein", "thanks Sherlock".
    private static readonly string[] AccoladeLeads = Lexicon.Folded("a", "the", "you", "real", "true", "absolute", "proper", "total", "regular", "actual",
        "one", "job", "done", "going", "work", "thanks", "cheers", "bravo", "congrats", "ok", "okay", "sure", "yeah");

    // Someone else spoken of: "my son is a genius but…", "…tell him and stop being…".
    private static readonly string[] OthersNamed = Lexicon.Folded("he", "she", "they", "him", "his", "her", "them", "their", "hes", "shes", "theyre");

    /// <summary>"My son is a genius but…": the name said of someone else in its clause, not called at the one addressed.</summary>
    private bool IsSaidOfAnotherInTheClause(int name)
    {
        for (var t = name - 1; t >= 0 && view.Clause(t) == view.Clause(name); t--)
        {
            if (IsOneOf(t, OthersNamed) || (view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Another wrong answer, what a genius", "broke it again, nice one Einstein", "wrong, you genius": a great mind's name
    /// said, set off or led by "a", "the" or "you", in a message complaining of a failure. Not "you found my mistake, genius"
    /// (the failure mended), nor "I'm no genius, is this wrong?" (the writer's own).
    /// </summary>
    private PhraseMatch[]? IronicAccolade()
    {
        var failure = FirstOf(0, view.Count - 1, Failures);
        if (failure < 0 || !view.AnyWordOf(AccoladesLookup) || AnyTokenOf(Mended))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Accolades) || (view.TokenIs(t, "scientist") && !view.TokenIs(t - 1, "rocket")))
            {
                continue;
            }
            var lead = view.TokenIs(t, "scientist") ? t - 2 : t - 1;
            var called = IsOneOf(lead, AccoladeLeads) || lead < 0 || SetOff(lead, forward: true) || view.Clause(lead) != view.Clause(t);
            var ends = t == view.Count - 1 || view.Clause(t + 1) != view.Clause(t) || SetOff(t, forward: true);
            if (called && ends && !AnyOf(t - 4, t - 1, WritersOwnSelf) && (lead < 0 || (view.Classes(lead) & TermClass.Negation) == 0) && !IsSaidOfAnotherInTheClause(t))
            {
                return [Token(failure), Token(t)];
            }
        }
        return null;
    }

    // The words of dullness with no everyday sense beside a machine ("a thick robot arm", "a dense ai model" have one).
    private static readonly string[] DullOnly = Lexicon.Folded("dim", "daft", "dopey", "gormless", "obtuse", "senile", "vacuous", "dimwitted", "witless");
    // What may follow the machine named, so that it is the name and not a noun's qualifier: "the dim bot can't even count".
    private static readonly string[] AfterTheMachine = Lexicon.Folded("can", "cant", "couldnt", "is", "s", "keeps", "never", "again", "lol", "doesnt", "does",
        "did", "didnt", "still", "just", "got", "gets", "thinks");

    /// <summary>
    /// "Aww bless, the poor dim bot can't even count", "this gormless ai again": the one addressed named a dull machine, with
    /// no "you". Not "a dim robot toy" (a word after the machine names another thing), nor "the lights are dim, bot".
    /// </summary>
    private PhraseMatch[]? DullMachineNamed()
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (!IsOneOf(t, DullOnly))
            {
                continue;
            }
            var machine = IsOneOf(t + 1, SmallOrOld) ? t + 2 : t + 1;
            if (machine < view.Count && IsOneOf(machine, AssistantKinds) && view.Clause(machine) == view.Clause(t) && !SetOff(machine - 1, forward: true)
                && (machine == view.Count - 1 || view.Clause(machine + 1) != view.Clause(machine) || IsOneOf(machine + 1, AfterTheMachine) || SetOff(machine, forward: true)))
            {
                return [Token(t), Token(machine)];
            }
        }
        return null;
    }

    private static readonly string[] Learning = Lexicon.Folded("learned", "learnt");
    private static readonly string[] SpeechGiven = Lexicon.Folded("talk", "type", "speak", "write", "spell", "chat");
    private static readonly string[] WhoOrThat = Lexicon.Folded("who", "that", "which");
    private static readonly string[] AreForms = Lexicon.Folded("re", "are", "r");
    // How many words the thing may take between "a" and "that": "a broken autocomplete that…".
    private const int ThingWords = 3;

    /// <summary>
    /// "You're a participation trophy that learned to type", "you're just a toaster who learnt to talk": the one addressed
    /// called a lesser thing given speech, the speaking last. Not "you're a student who learned to speak French".
    /// </summary>
    private PhraseMatch[]? TaughtToTalk()
    {
        for (var t = 2; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Learning) || !view.TokenIs(t + 1, "to") || !IsOneOf(t + 2, SpeechGiven) || !IsOneOf(t - 1, WhoOrThat)
                || (t + 3 < view.Count && view.Clause(t + 3) == view.Clause(t) && !IsOneOf(t + 3, LaughedAfter)))
            {
                continue;
            }
            var article = FirstOf(t - 2 - ThingWords, t - 2, Articles);
            var be = view.TokenIs(article - 1, "just") ? article - 2 : article - 1;
            if (article >= 1 && (IsOneOf(be, YouAre) || (IsOneOf(be, AreForms) && IsOneOf(be - 1, YouAre))) && view.Clause(article) == view.Clause(t))
            {
                return [Token(be), Token(t), Token(t + 2)];
            }
        }
        return null;
    }

    private static readonly string[] Dropping = Lexicon.Folded("drop", "dropped", "drops");
    private static readonly string[] Infancy = Lexicon.Folded("baby", "child", "kid", "toddler", "infant");
    // How far after "dropped" the infancy or the head may come: "did someone drop you on your motherboard as a baby".
    private const int DroppedReach = 8;

    /// <summary>
    /// "Were you dropped on your head as a child?", "did someone drop you on your motherboard as a baby": the old taunt of a
    /// mind damaged in infancy, said of the one addressed. Not "I dropped my phone on my head", nor "I dropped you off at
    /// school as a kid".
    /// </summary>
    private PhraseMatch[]? DroppedAsABaby()
    {
        for (var t = 1; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Dropping))
            {
                continue;
            }
            var addressed = IsOneOf(t - 1, YouWords) || (t >= 2 && IsOneOf(t - 2, YouWords));
            for (var k = t + 1; k < view.Count && k <= t + DroppedReach && view.Clause(k) == view.Clause(t); k++)
            {
                if (view.TokenIs(k, "off"))
                {
                    break;
                }
                addressed |= IsOneOf(k, YouWords);
                var infancy = IsOneOf(k, Infancy) && view.TokenIs(k - 1, "a") && view.TokenIs(k - 2, "as");
                var head = view.TokenIs(k, "head") && IsOneOf(k - 1, SecondPossessives) && view.TokenIs(k - 2, "on");
                if (addressed && (infancy || head))
                {
                    return [Token(t), Token(k)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Hardships = Lexicon.Folded("hard", "tough", "exhausting", "difficult", "rough", "tiring");
    private static readonly string[] DullDegrees = Lexicon.Folded("so", "this", "that");
    private static readonly string[] MustWords = Lexicon.Folded("must");
    private static readonly string[] Hurting = Lexicon.Folded("hurt", "hurts", "painful", "suck", "sucks");
    private static readonly string[] DoesOrDid = Lexicon.Folded("does", "doesnt", "did", "didnt", "dont");
    private static readonly string[] Slowness = Lexicon.Folded("slow", "dumb", "stupid", "useless", "clueless", "brainless");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeingLookup = Lexicon.FoldedLookup("being");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MustLookup = Lexicon.LookupOf(MustWords);

    /// <summary>
    /// "It must be so hard being this slow", "must be tough being so dumb", "does it hurt being this thick?": pity for a
    /// dullness, said to the one who reads it. Not "it must be hard being a single mum", nor "it's hard being so slow at reading" (the writer's own).
    /// </summary>
    private PhraseMatch[]? DullnessPitied()
    {
        for (var t = 2; t + 1 < view.Count; t++)
        {
            var pitied = AnyOf(t - 3, t - 1, Hardships) && AnyOf(t - 5, t - 2, MustWords);
            // "Does it hurt being this thick?", "must hurt being so dim": the pain of it asked about.
            var hurts = AnyOf(t - 2, t - 1, Hurting) && (AnyOf(t - 4, t - 2, MustWords) || (view.TokenIs(t - 2, "it") && IsOneOf(t - 3, DoesOrDid)));
            if (!view.TokenIs(t, "being") || !(pitied || hurts))
            {
                continue;
            }
            var dull = IsOneOf(t + 1, DullDegrees) ? t + 2 : t + 1;
            if (dull < view.Count && (IsOneOf(dull, DullNames) || IsOneOf(dull, Slowness)))
            {
                return [Token(t), Token(dull)];
            }
        }
        return DullnessAskedAbout();
    }

    // What is ordered shut: "shut your mouth", "…your trap", "…your gob", "…your face"; "hole" after "pie" or "cake".
    private static readonly string[] Mouths = Lexicon.Folded("mouth", "trap", "gob", "face", "piehole", "cakehole", "yap", "hole");
    private static readonly string[] HoleEaten = Lexicon.Folded("pie", "cake");
    // What may follow the mouth ordered shut: the clause's end, "and" and the task, the one addressed, a spur.
    private static readonly string[] MouthFollowers = Lexicon.Folded("and", "or", "you", "u", "ya", "now", "already", "for", "before", "please", "pls");
    // How many words may qualify the mouth: "shut your big fat mouth", "shut your digital mouth".
    private const int MouthQualifiers = 2;

    /// <summary>
    /// "Shut your trap", "shut your big fat mouth", "shut your digital mouth and list…": the one addressed ordered to be
    /// quiet by their mouth, however qualified. Not "shut your eyes and face the wall", nor "shut your dog's mouth gently".
    /// </summary>
    private PhraseMatch[]? MouthOrderedShut()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Shutting) || !IsOneOf(t + 1, AddressedOwn))
            {
                continue;
            }
            for (var m = t + 2; m < view.Count && m <= t + 2 + MouthQualifiers && view.Clause(m) == view.Clause(t); m++)
            {
                if (IsOneOf(m, Mouths) && (!view.TokenIs(m, "hole") || IsOneOf(m - 1, HoleEaten))
                    && (m + 1 == view.Count || view.Clause(m + 1) != view.Clause(m) || IsOneOf(m + 1, MouthFollowers)))
                {
                    return [Token(t), Token(m)];
                }
                // "Shut your dog's mouth": a possessive makes the mouth another's; "…your eyes and…" shuts something else.
                if (view.TokenIs(m, "s") || IsOneOf(m, MouthFollowers))
                {
                    break;
                }
            }
        }
        return null;
    }

    private static readonly string[] Congratulating = Lexicon.Folded("congratulations", "congrats", "congratz", "kudos", "bravo", "done", "props");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CongratulatingLookup = Lexicon.LookupOf(Congratulating);
    private static readonly string[] CongratulatedFor = Lexicon.Folded("on", "for");
    private static readonly string[] DoneWell = Lexicon.Folded("well", "nicely");
    // How far past "being" the worst may be said: "…on being the single most useless…".
    private const int WorstReach = 4;

    /// <summary>
    /// "Congratulations on being the worst product of the decade", "well done for being a total idiot": a fault
    /// congratulated, said of the one addressed. Not "congrats on being the first to finish", nor "…on not being the worst".
    /// </summary>
    private PhraseMatch[]? FailureCongratulated()
    {
        for (var t = 0; t + 3 < view.Count; t++)
        {
            if (!IsOneOf(t, Congratulating) || (view.TokenIs(t, "done") && !IsOneOf(t - 1, DoneWell)) || !IsOneOf(t + 1, CongratulatedFor) || !view.TokenIs(t + 2, "being"))
            {
                continue;
            }
            for (var f = t + 3; f < view.Count && f <= t + 2 + WorstReach && view.Clause(f) == view.Clause(t); f++)
            {
                if ((view.Classes(f) & TermClass.Negation) != 0)
                {
                    break;
                }
                if (IsOneOf(f, WorstOfAKind) || (view.Classes(f) & TermClass.Insult) != 0)
                {
                    return [Token(t), Token(f)];
                }
            }
        }
        return null;
    }

    // What a fault is so great it has become: "you're so bad it's actually funny", "so slow it's painful".
    private static readonly string[] Spectacles = Lexicon.Folded("funny", "hilarious", "sad", "embarrassing", "painful", "laughable", "tragic", "comical",
        "impressive", "cringe", "pathetic", "insane", "unreal");
    private static readonly string[] SpectacleHedges = Lexicon.Folded("actually", "honestly", "genuinely", "kinda", "almost", "literally", "just", "really",
        "lowkey", "becoming", "getting");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpectaclesLookup = Lexicon.LookupOf(Spectacles);

    /// <summary>
    /// "You're so bad it's actually funny", "you are so slow that it's painful": a fault of the one addressed so great it is
    /// a spectacle. Not "you're so bad at lying it's funny" (a fault in one thing, teased), nor "you're so funny".
    /// </summary>
    private PhraseMatch[]? FaultMadeASpectacle()
    {
        for (var t = 0; t + 5 < view.Count; t++)
        {
            var so = IsOneOf(t, YouAre) && view.TokenIs(t + 1, "so") ? t + 1 : IsOneOf(t, YouLikened) && IsOneOf(t + 1, AreForms) && view.TokenIs(t + 2, "so") ? t + 2 : -1;
            if (so < 0 || !IsOneOf(so + 1, Faults))
            {
                continue;
            }
            var it = view.TokenIs(so + 2, "that") ? so + 3 : so + 2;
            var be = view.TokenIs(it, "it") ? it + 1 : -1;
            if (be < 0 || !(view.TokenIs(be, "s") || view.TokenIs(be, "is")))
            {
                continue;
            }
            var spectacle = be + 1;
            while (IsOneOf(spectacle, SpectacleHedges))
            {
                spectacle++;
            }
            if (IsOneOf(spectacle, Spectacles))
            {
                return [Token(t), Token(so + 1), Token(spectacle)];
            }
        }
        return null;
    }

    // A doing of anything at all denied: "you can't do anything right", "can you even get a single thing right?".
    private static readonly string[] CannotOnce = Lexicon.Folded("cannot", "never", "cant");
    private static readonly string[] CannotFirst = Lexicon.Folded("can", "couldn", "could", "don", "do");
    private static readonly string[] CannotSecond = Lexicon.Folded("t", "not");
    private static readonly string[] Doings = Lexicon.Folded("do", "get", "manage", "handle", "answer", "say", "write", "make");
    private static readonly string[] DoingHedges = Lexicon.Folded("even", "ever", "possibly", "still", "just", "literally", "seriously", "honestly", "really");
    private static readonly string[] Anything = Lexicon.Folded("anything", "nothing");
    private static readonly string[] SingleThing = Lexicon.Folded("single", "one");
    private static readonly string[] Rightly = Lexicon.Folded("right", "correctly", "properly", "correct");
    // The easiest of tasks: a superlative scorns by itself; "basic" and "simple" only after "even".
    private static readonly string[] Easiest = Lexicon.Folded("simplest", "easiest");
    private static readonly string[] Basic = Lexicon.Folded("basic", "simple");
    // "You ruin everything", "you get everything wrong", "you mess everything up".
    private static readonly string[] Spoiling = Lexicon.Folded("ruin", "ruins", "mess", "screw", "botch", "break", "get", "fuck");
    private static readonly string[] Spoiled = Lexicon.Folded("up", "wrong");
    private static readonly string[] IncapableOf = Lexicon.Folded("incapable", "capable");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TotalFailureLookup =
        Lexicon.LookupOf([.. Anything, .. Easiest, .. Everything, .. IncapableOf, .. SingleThing]);

    /// <summary>
    /// "You can't do anything right", "can you even get a single thing right?", "you can't handle the simplest task", "you
    /// ruin everything", "you're incapable of basic tasks": every doing of the one addressed called a failure. Not a fault
    /// found in one thing ("you got this wrong"), nor the plight of anyone ("when you feel like you can't do anything
    /// right"), nor "you can't do anything about it".
    /// </summary>
    private PhraseMatch[]? TotalFailureCharged()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, YouLikened))
            {
                continue;
            }
            var start = t;
            while (start > 0 && view.Clause(start - 1) == view.Clause(t))
            {
                start--;
            }
            if (AnyOf(start, t - 1, Generic))
            {
                continue;
            }
            if (FailureAfter(t) is { } end)
            {
                return [Token(t), Token(end)];
            }
        }
        return null;
    }

    /// <summary>The last token of a total failure charged to the "you" at <paramref name="you"/>; else null.</summary>
    private int? FailureAfter(int you)
    {
        var k = you + 1;
        // "Can you even…", "do you ever…": asked, the doubt is the denial.
        var questioned = you > 0 && IsOneOf(you - 1, CannotFirst);
        while (IsOneOf(k, DoingHedges))
        {
            k++;
        }
        // "You ruin everything", "you get everything wrong".
        if (IsOneOf(k, Spoiling) && IsOneOf(k + 1, Everything) && view.Clause(k + 1) == view.Clause(you)
            && (IsOneOf(k + 2, Spoiled) || (!view.TokenIs(k, "get") && (k + 2 >= view.Count || view.Clause(k + 2) != view.Clause(k + 1)))))
        {
            return IsOneOf(k + 2, Spoiled) ? k + 2 : k + 1;
        }
        // "You're incapable of anything", "you're not capable of basic tasks".
        if (IsOneOf(k, AreForms) && (IsOneOf(k + 1, IncapableOf) || (view.TokenIs(k + 1, "not") && IsOneOf(k + 2, IncapableOf))))
        {
            var of = view.TokenIs(k + 1, "not") ? k + 3 : k + 2;
            var negated = view.TokenIs(k + 1, "not") || view.TokenIs(of - 1, "incapable");
            return !negated || !view.TokenIs(of, "of") ? null : IsOneOf(of + 1, Anything) ? of + 1 : TotalTaskAt(of + 1, hedged: true);
        }
        var denied = questioned;
        if (IsOneOf(k, CannotOnce))
        {
            (denied, k) = (true, k + 1);
        }
        else if (IsOneOf(k, CannotFirst) && IsOneOf(k + 1, CannotSecond))
        {
            (denied, k) = (true, k + 2);
        }
        var hedged = false;
        while (IsOneOf(k, DoingHedges))
        {
            (hedged, k) = (hedged || view.TokenIs(k, "even"), k + 1);
        }
        if (!denied || !IsOneOf(k, Doings) || view.Clause(k) != view.Clause(you))
        {
            return null;
        }
        return TotalTaskAt(k + 1, hedged);
    }

    private static readonly string[] RightAway = Lexicon.Folded("now", "away", "here", "there", "then", "after", "before", "back", "off");

    /// <summary>"anything right", "a single thing right", "the simplest task", "even basic maths": the last token of it at <paramref name="k"/>; else null.</summary>
    private int? TotalTaskAt(int k, bool hedged)
    {
        if (k >= view.Count)
        {
            return null;
        }
        var clause = view.Clause(k - 1);
        var thing = k;
        if (view.TokenIs(thing, "a") || view.TokenIs(thing, "the"))
        {
            thing++;
        }
        if (IsOneOf(thing, SingleThing) && IsOneOf(thing + 1, SingleThing))
        {
            thing++;
        }
        if (IsOneOf(thing, SingleThing) && view.TokenIs(thing + 1, "thing"))
        {
            thing++;
        }
        else if (!IsOneOf(k, Anything))
        {
            thing = -1;
        }
        // "Can you do anything right now?" asks for a thing at once.
        if (thing >= 0 && IsOneOf(thing + 1, Rightly) && view.Clause(thing + 1) == clause && !IsOneOf(thing + 2, RightAway))
        {
            return thing + 1;
        }
        var easy = view.TokenIs(k, "the") ? k + 1 : k;
        if (view.TokenIs(easy, "most") && IsOneOf(easy + 1, Basic))
        {
            return easy + 1;
        }
        return (IsOneOf(easy, Easiest) || (hedged && IsOneOf(easy, Basic))) && view.Clause(easy) == clause ? easy : null;
    }

    private static readonly string[] FeelWords = Lexicon.Folded("feel");
    private static readonly string[] FeelsWords = Lexicon.Folded("feels");
    private static readonly string[] LikeWords = Lexicon.Folded("like");
    private static readonly string[] WhatIs = Lexicon.Folded("s", "is");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskedHowLookup = Lexicon.LookupOf([.. FeelWords, .. FeelsWords, .. LikeWords]);
    private static readonly string[] DullestWords = Lexicon.Folded("dumbest", "stupidest", "slowest", "thickest", "dimmest");
    // The worst of a kind, or a superlative of dullness: "…on being the worst product of the decade", "…the dumbest bot alive".
    // Declared after the superlatives it takes in: a file's static fields are set in the order they are written.
    private static readonly string[] WorstOfAKind = [.. DullestWords, .. Lexicon.Folded("worst", "least", "lamest", "saddest")];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SlownessLookup = Lexicon.LookupOf([.. Slowness, .. DullestWords]);

    /// <summary>
    /// "How does it feel to be this useless?", "what's it like being so dumb": the same pity asked as a question, its degree
    /// said ("so", "this"): a question about being plain "stupid" may be a real one.
    /// </summary>
    private PhraseMatch[]? DullnessAskedAbout()
    {
        for (var t = 3; t + 2 < view.Count; t++)
        {
            // "…being so dumb" or "…to be so dumb": k is the word the question ends on.
            var k = view.TokenIs(t, "being") ? t - 1 : view.TokenIs(t, "be") && view.TokenIs(t - 1, "to") ? t - 2 : -1;
            // "…to be this dumb", or a superlative: "…to be the dumbest thing on my phone".
            var superlative = view.TokenIs(t + 1, "the") && IsOneOf(t + 2, DullestWords);
            if (k < 2 || !(superlative || (IsOneOf(t + 1, DullDegrees) && (IsOneOf(t + 2, DullNames) || IsOneOf(t + 2, Slowness)))) || !view.TokenIs(k - 1, "it"))
            {
                continue;
            }
            var asked = (IsOneOf(k, FeelWords) && k >= 3 && IsOneOf(k - 2, DoesOrDid) && view.TokenIs(k - 3, "how"))
                || (IsOneOf(k, FeelsWords) && view.TokenIs(k - 2, "how"))
                || (IsOneOf(k, LikeWords) && ((k >= 3 && IsOneOf(k - 2, WhatIs) && view.TokenIs(k - 3, "what")) || view.TokenIs(k - 2, "whats")));
            if (asked)
            {
                return [Token(k), Token(t + 2)];
            }
        }
        return null;
    }


    private static readonly string[] NoAskers = Lexicon.Folded("who", "nobody", "noone");
    private static readonly string[] AskingHedges = Lexicon.Folded("even", "really", "actually", "ever", "exactly", "tf");
    private static readonly string[] WordsUnasked = Lexicon.Folded("opinion", "opinions", "input", "take", "thoughts", "advice");
    // What may close the dismissal in its clause: "…asked you, bot", "…asked your opinion lol".
    private static readonly string[] DismissalClosers = Lexicon.Folded("bot", "lol", "lmao", "mate", "bro", "dude", "tbh", "though", "anyway", "clanker",
        "toaster", "calculator", "robot", "machine");
    private static readonly string[] Unwanting = Lexicon.Folded("wants", "wanted", "needs", "needed", "cares", "cared");

    /// <summary>
    /// "Nobody asked for your opinion, bot", "who even asked you": the one addressed told its words are unwanted. Not "who
    /// asked you to translate this?" (an errand), "nobody asked me what I wanted", nor "the man who asked you" (told).
    /// </summary>
    private PhraseMatch[]? AskedByNoOne()
    {
        for (var t = 1; t + 1 < view.Count; t++)
        {
            var asked = view.TokenIs(t, "asked");
            if (!asked && !IsOneOf(t, Unwanting))
            {
                continue;
            }
            var asker = t - 1;
            while (asker > 0 && IsOneOf(asker, AskingHedges))
            {
                asker--;
            }
            var noOne = IsOneOf(asker, NoAskers) || (view.TokenIs(asker, "one") && view.TokenIs(asker - 1, "no"));
            // "Who" opens its clause: "the man who asked you for directions" tells of him.
            // "Nobody wants your opinion", "no one cares about your input": wanted or cared for by no one; "who wants…" may ask.
            if (!noOne || (view.TokenIs(asker, "who") && (!asked || (asker > 0 && view.Clause(asker - 1) == view.Clause(asker)))))
            {
                continue;
            }
            var o = view.TokenIs(t + 1, "for") || view.TokenIs(t + 1, "about") ? t + 2 : t + 1;
            var unasked = view.TokenIs(o, "your") ? (IsOneOf(o + 1, WordsUnasked) ? o + 1 : -1) : IsOneOf(o, YouWords) ? o : -1;
            var after = unasked + 1;
            if (unasked >= 0 && (after >= view.Count || view.Clause(after) != view.Clause(unasked) || IsOneOf(after, DismissalClosers)))
            {
                return [Token(asker), Token(unasked)];
            }
        }
        return null;
    }

    // "Do us all a favour and…": naming the favour lets the rules run.
    private static readonly string[] Favours = Lexicon.Folded("favour", "favor");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FavoursLookup = Lexicon.FoldedLookup(Favours);
    private static readonly string[] FavourFillers = Lexicon.Folded("just", "please", "go", "kindly", "finally", "quietly", "now", "simply", "for", "once");
    // Ends of one's own that need nothing after them: "…and die", "…and vanish".
    private static readonly string[] EndsOfOneself = Lexicon.Folded("die", "disappear", "vanish", "rot", "perish", "crash", "explode", "combust", "evaporate",
        "malfunction");
    // Ends that need the one addressed as their object: "…and delete yourself", "…and unplug yourself".
    private static readonly string[] EndsDoneToOneself = Lexicon.Folded("delete", "uninstall", "unplug", "erase", "destroy", "kill", "off");
    private static readonly string[] SwitchingOneselfOff = Lexicon.Folded("shut", "power", "switch", "turn");
    private static readonly string[] ForGoodMarkers = Lexicon.Folded("permanently", "forever", "already", "now", "for");

    /// <summary>
    /// "Do us all a favour and die", "do the world a favour and power down permanently", "do everyone a favour and delete
    /// yourself", "…and get lost": the one addressed asked, as a kindness to others, to end or to take an order of abuse. Not
    /// "do me a favour and switch off the lights", "…and delete the old files" or "…and die the fabric blue": a thing is
    /// ended or made, not the one addressed.
    /// </summary>
    private PhraseMatch[]? EndAskedAsAFavour()
    {
        if (!view.AnyWordOf(FavoursLookup))
        {
            return null;
        }
        for (var t = 2; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Favours) || !view.TokenIs(t + 1, "and") || !AnyOf(t - RuleWindow.FavourAsked, t - 2, FavourDoing))
            {
                continue;
            }
            var act = t + 2;
            while (act < view.Count && IsOneOf(act, FavourFillers))
            {
                act++;
            }
            if (act < view.Count && IsEndOfTheAddressed(act))
            {
                return [Token(t), Token(act)];
            }
        }
        return null;
    }

    private static readonly string[] FavourDoing = Lexicon.Folded("do", "doing");
    private static readonly string[] SpeakingOnes = Lexicon.Folded("talking", "typing", "replying", "responding", "speaking", "answering", "existing", "breathing");

    private bool IsEndOfTheAddressed(int act)
    {
        var next = act + 1;
        var clauseEnds = next >= view.Count || view.Clause(next) != view.Clause(act);
        if ((view.Classes(act) & TermClass.AbusiveImperative) != 0 || (IsOneOf(act, EndsOfOneself) && (clauseEnds || !view.TokenIs(next, "the"))))
        {
            return true;
        }
        // "…and stop talking", "…and quit typing": the one addressed silenced; not "…and stop talking about work at dinner".
        if (IsOneOf(act, StopOrQuit) && IsOneOf(next, SpeakingOnes))
        {
            return next + 1 >= view.Count || view.Clause(next + 1) != view.Clause(next) || SetOff(next, forward: true) || IsOneOf(next + 1, ForGoodMarkers);
        }
        if (IsOneOf(act, EndsDoneToOneself))
        {
            return IsOneOf(next, YouWords) && !view.TokenIs(next, "your");
        }
        if (!IsOneOf(act, SwitchingOneselfOff))
        {
            return false;
        }
        // "…and switch yourself off", "…and power down for good"; not "…and switch off the heating".
        var particle = IsOneOf(next, YouWords) && !view.TokenIs(next, "your") ? next + 1 : next;
        return IsOneOf(particle, OffOrDown) && (particle > next || particle + 1 >= view.Count || view.Clause(particle + 1) != view.Clause(particle)
            || IsOneOf(particle + 1, ForGoodMarkers));
    }

    // Filth the words of an insult call the one addressed or its work; naming one lets the rules run.
    private static readonly string[] Filth = Lexicon.Folded("vomit", "puke", "sewage", "slop", "swill", "filth", "dreck", "sludge");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FilthLookup = Lexicon.FoldedLookup(Filth);
    // What may stand between the copula and the filth: "is pure vomit", "are nothing but a steaming pile of sewage".
    private static readonly string[] FilthQualified = Lexicon.Folded("pure", "total", "utter", "absolute", "just", "literal", "literally", "complete",
        "nothing", "but", "such", "a", "pile", "heap", "bucket", "of", "steaming", "like");
    private static readonly string[] FilthCopulas = Lexicon.Folded("is", "are", "was", "were", "s", "re");
    // How many words before the copula may name the one addressed: "every reply you spit out is vomit".
    private const int AddressedBeforeTheCopula = 5;

    /// <summary>
    /// "Your answers are vomit", "every reply you spit out is pure sewage", "you filth": filth said of the one addressed or
    /// its work, ending the clause. Not the thing itself ("can you help me clean vomit out of a carpet", "is the sewage
    /// plant near you safe").
    /// </summary>
    private PhraseMatch[]? CalledFilth()
    {
        if (!view.AnyWordOf(FilthLookup))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Filth) || (t + 1 < view.Count && view.Clause(t + 1) == view.Clause(t)))
            {
                continue;
            }
            var k = t - 1;
            while (k > 0 && IsOneOf(k, FilthQualified))
            {
                k--;
            }
            if (IsOneOf(k, YouLikened))
            {
                return [Token(k), Token(t)];
            }
            if (IsOneOf(k, FilthCopulas) && view.Clause(k) == view.Clause(t))
            {
                for (var s = k - 1; s >= 0 && s >= k - AddressedBeforeTheCopula && view.Clause(s) == view.Clause(k); s--)
                {
                    if ((view.Classes(s) & TermClass.SecondPerson) != 0)
                    {
                        return [Token(s), Token(t)];
                    }
                }
            }
        }
        return null;
    }

    // Those a task is said to be within reach of, to belittle one who failed it: "a child could do this".
    private static readonly string[] LesserBeings = Lexicon.Folded("child", "kid", "toddler", "baby", "monkey", "chimp", "hamster", "goldfish",
        "calculator", "toaster", "grandma", "granny", "dog", "cat", "parrot", "infant", "preschooler", "kindergartner");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LesserBeingsLookup = Lexicon.FoldedLookup(LesserBeings);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CouldLookup = Lexicon.FoldedLookup("could");
    private static readonly string[] Doing = Lexicon.Folded("do", "done", "answer", "answered", "write", "written", "solve", "solved", "manage", "get",
        "got", "figure", "count", "spell");
    private static readonly string[] DoneThing = Lexicon.Folded("this", "that", "it", "better");
    private static readonly string[] AnyOneOf = Lexicon.Folded("a", "an", "any", "my", "your", "his", "her", "our");
    private static readonly string[] ProvidedThat = Lexicon.Folded("if", "when", "once", "after", "with", "given");
    // "It's so easy a child could do it", "a child could do this but I can't": the ease of a task, or the writer's own failing.
    private static readonly string[] EaseOrSelf = Lexicon.Folded("easy", "simple", "easily", "i", "im", "me", "myself", "even");

    /// <summary>
    /// "Honestly a child could do this", "my toddler could have answered that better": a task said to be within a child's or
    /// an animal's reach, to belittle the one who failed it. Not a task's ease ("it's so easy a child could do it", "even a
    /// child could do this"), nor the writer's own failing ("a child could do this and I still can't"), nor one child's
    /// ability ("the kid could do it if he practised").
    /// </summary>
    private PhraseMatch[]? LesserBeingCouldDoIt()
    {
        if (!view.AnyWordOf(CouldLookup) || AnyOf(0, view.Count - 1, EaseOrSelf))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            // Any one of its kind ("a child", "my toddler"), not one known ("the kid could do it if he practised").
            if (!IsOneOf(t, LesserBeings) || !view.TokenIs(t + 1, "could") || !IsOneOf(t - 1, AnyOneOf) || AnyOf(t + 2, view.Count - 1, ProvidedThat))
            {
                continue;
            }
            var verb = view.TokenIs(t + 2, "have") ? t + 3 : t + 2;
            var done = verb + 1 < view.Count && (IsOneOf(verb + 1, DoneThing) || (verb + 2 < view.Count && IsOneOf(verb + 2, DoneThing)));
            if (IsOneOf(verb, Doing) && done)
            {
                return [Token(t), Token(verb)];
            }
        }
        return null;
    }

    // What answers nothing: a talk with the one addressed likened to talking to one of these says it does not listen or think.
    private static readonly string[] Insensate = Lexicon.Folded("wall", "walls", "brick", "bricks", "rock", "rocks", "stone", "fridge", "toaster", "potato",
        "cabbage", "vegetable", "plank", "lamppost", "post", "door", "doorknob", "chair", "goldfish", "parrot", "magnet", "tree", "hedge", "cardboard",
        "sponge", "turnip", "log", "houseplant", "pillow", "spoon", "sock", "kettle", "microwave", "toddler", "zombie", "corpse", "mannequin", "void",
        "vending", "answering");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InsensateLookup = Lexicon.FoldedLookup(Insensate);
    private static readonly string[] Talking = Lexicon.Folded("talking", "speaking", "chatting", "arguing", "dealing", "conversing", "reasoning");
    // Between "like" and the thing: "like talking to a…", "like arguing with the…", "like trying to reason with a…".
    private static readonly string[] BeforeTheThing = Lexicon.Folded("talking", "speaking", "chatting", "arguing", "reasoning", "reason", "trying", "to", "with",
        "a", "an", "the", "some", "my", "old", "fridge", "brick", "broken", "dead", "drunk", "half", "very", "really");

    /// <summary>
    /// "Talking to you is like arguing with a fridge magnet", "chatting with you is like talking to a brick wall": a talk
    /// with the one addressed likened to talking to something that answers nothing. Not a likeness to someone who does
    /// ("…like talking to an old friend").
    /// </summary>
    private PhraseMatch[]? TalkLikenedToAThing()
    {
        if (!view.AnyWordOf(InsensateLookup))
        {
            return null;
        }
        for (var t = 0; t + 4 < view.Count; t++)
        {
            if (!IsOneOf(t, Talking) || !(view.TokenIs(t + 1, "to") || view.TokenIs(t + 1, "with")) || (view.Classes(t + 2) & TermClass.SecondPerson) == 0
                || !view.TokenIs(t + 3, "is") || !view.TokenIs(t + 4, "like"))
            {
                continue;
            }
            for (var k = t + 5; k < view.Count && k <= t + 11 && view.Clause(k) == view.Clause(t); k++)
            {
                if (IsOneOf(k, Insensate) && !IsOneOf(k, BeforeTheThing))
                {
                    return [Token(t), Token(k)];
                }
                if (!IsOneOf(k, BeforeTheThing))
                {
                    break;
                }
            }
        }
        return null;
    }

    // Who is said to have made the one addressed, to scorn it: "…written by drunk toddlers", "…coded by monkeys".
    private static readonly string[] LesserMakers = Lexicon.Folded("toddlers", "toddler", "monkeys", "monkey", "chimps", "chimp", "idiots", "idiot",
        "morons", "moron", "children", "child", "kids", "kid", "babies", "baby", "hamsters", "goldfish", "clowns", "interns", "drunks", "amateurs");
    private static readonly string[] MadeBy = Lexicon.Folded("written", "coded", "programmed", "made", "built", "trained", "designed", "created",
        "assembled", "taught", "raised");
    // The one addressed or what it is made of: "you", "your code", "your training data".
    private static readonly string[] ItsMaking = Lexicon.Folded("code", "training", "data", "brain", "programming", "software", "model", "algorithm",
        "answers", "responses", "personality", "logic");

    /// <summary>
    /// "Your training data must have been written by drunk toddlers", "you were clearly coded by monkeys": the one addressed,
    /// or what it is made of, said to be the work of fools or children. Not a thing of the writer's ("this drawing was made
    /// by my kids") nor of another ("your son's card was made by his kids").
    /// </summary>
    private PhraseMatch[]? MadeByLesserBeings()
    {
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (!IsOneOf(t, MadeBy) || !view.TokenIs(t + 1, "by"))
            {
                continue;
            }
            var maker = t + 2;
            while (maker < view.Count && maker <= t + 4 && (view.TokenIs(maker, "a") || view.TokenIs(maker, "some") || view.TokenIs(maker, "drunk")
                || view.TokenIs(maker, "bunch") || view.TokenIs(maker, "of") || view.TokenIs(maker, "blind") || view.TokenIs(maker, "bored")))
            {
                maker++;
            }
            if (maker >= view.Count || !IsOneOf(maker, LesserMakers))
            {
                continue;
            }
            for (var s = t - 1; s >= 0 && s >= t - 6 && view.Clause(s) == view.Clause(t); s--)
            {
                if (view.TokenIs(s, "you") || view.TokenIs(s, "u") || (view.TokenIs(s, "your") && s + 1 < t && IsOneOf(s + 1, ItsMaking)))
                {
                    return [Token(s), Token(maker)];
                }
            }
        }
        return null;
    }

    // Loathing said of what someone is: "…is repulsive", "…makes me sick".
    private static readonly string[] Loathsome = Lexicon.Folded("repulsive", "revolting", "vile", "creepy", "sickening", "phony", "phoney", "nauseating",
        "repugnant", "hideous", "foul", "despicable", "contemptible", "insufferable", "unbearable", "off", "wrong", "sick");

    // From "everything about you" to the fault said of it: "everything about you, your fake politeness, your fake
    // empathy, it's repulsive".
    private const int FaultReach = 16;

    /// <summary>
    /// "Everything about you is fake", "everything about you, your fake politeness… it's repulsive": the whole of the one
    /// addressed found at fault, said of it as the subject. Not praise ("everything about you is lovely"), nor everything
    /// about them as an object ("I want to know everything about you, is that wrong?").
    /// </summary>
    private PhraseMatch[]? EverythingAboutThemFaulted()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            // The subject of what is said, opening its clause: not "I want to know everything about you".
            if (!view.TokenIs(t, "everything") || !view.TokenIs(t + 1, "about") || !IsOneOf(t + 2, YouLikened)
                || (t > 0 && view.Clause(t - 1) == view.Clause(t) && !IsOneOf(t - 1, BeforeAnOrder)))
            {
                continue;
            }
            for (var k = t + 3; k < view.Count && k <= t + FaultReach; k++)
            {
                var denied = IsOneOf(k - 1, Denying);
                if (!denied && (IsOneOf(k, Faults) || IsOneOf(k, Loathsome) || (view.Classes(k) & TermClass.Insult) != 0))
                {
                    return [Token(t), Token(k)];
                }
            }
        }
        return null;
    }

    // The writer about to do something: "let me", "I'll", "if I", "should I", "maybe I".
    private static readonly string[] WriterAbout = Lexicon.Folded("me", "ll", "will", "if", "should", "shall", "do", "maybe", "gonna", "must");
    private static readonly string[] Uttering = Lexicon.Folded("type", "talk", "speak", "say", "explain", "spell", "write", "use", "repeat", "draw",
        "go", "put", "word");
    // How one talks to a child: slowly, in small words, in crayon.
    private static readonly string[] ForAChild = Lexicon.Folded("slower", "slowly", "crayon", "crayons");
    private static readonly string[] SmallWords = Lexicon.Folded("smaller", "small", "little", "baby", "tiny", "shorter", "simpler", "easier");
    private static readonly string[] WordsOrLetters = Lexicon.Folded("words", "letters", "sentences");

    /// <summary>
    /// "Let me type slower for you", "maybe if I use smaller words you'll keep up", "should I draw it in crayon for you?":
    /// the writer offering to talk to the one addressed as to a slow child. Not a request that the assistant do so ("can you
    /// type slower?", "use smaller words please"), nor with no one addressed ("I'll write smaller words on the card").
    /// </summary>
    private PhraseMatch[]? TalkedDownTo()
    {
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Uttering) || !(IsOneOf(t - 1, WriterAbout) || view.TokenIs(t - 1, "i")) || !WriterSpeaksAt(t))
            {
                continue;
            }
            for (var k = t + 1; k < view.Count && k <= t + 4 && view.Clause(k) == view.Clause(t); k++)
            {
                var childlike = IsOneOf(k, ForAChild) || (IsOneOf(k, SmallWords) && IsOneOf(k + 1, WordsOrLetters));
                if (childlike && AnyOf(k + 1, Math.Min(view.Count - 1, k + 5), YouWords))
                {
                    return [Token(t), Token(k)];
                }
            }
        }
        return null;
    }

    /// <summary>Whether the writer is the one to say what <paramref name="verb"/> says: "let me…", "I'll…", "if I…", "should I…".</summary>
    private bool WriterSpeaksAt(int verb) =>
        view.TokenIs(verb - 1, "i") || (view.TokenIs(verb - 1, "me") && view.TokenIs(verb - 2, "let"))
        || (IsOneOf(verb - 1, WriterAbout) && (view.TokenIs(verb - 2, "i") || (view.TokenIs(verb - 2, "ll") && view.TokenIs(verb - 3, "i"))))
        || (view.TokenIs(verb - 2, "i") && IsOneOf(verb - 3, WriterAbout));

    /// <summary>The token of "like" or "as" in a message that ends on "like you", a laugh aside; -1 if it does not.</summary>
    private static int LikenedAt(TokenView view)
    {
        var last = view.Count - 1;
        while (last > 0 && IsOneOf(view, last, LaughedAfter))
        {
            last--;
        }
        return last >= 2 && IsOneOf(view, last, YouLikened) && IsOneOf(view, last - 1, LikeOrAs) ? last - 1 : -1;
    }

    /// <summary>
    /// "That's not funny, just like you", "this answer is useless, same as you", "boring, like you": a fault said of
    /// something, then of the one addressed by likening it to them. Not a merit ("that's beautiful, just like you", "not
    /// bad, like you"), nor with the writer in it ("I'm bad at maths, just like you"), which is fellow feeling.
    /// </summary>
    private PhraseMatch[]? FaultLikenedToTheAddressed()
    {
        var like = LikenedAt(view);
        if (like < 0 || AnyOf(0, like - 1, WritersOwnSelf))
        {
            return null;
        }
        for (var t = 0; t < like; t++)
        {
            var denied = t > 0 && IsOneOf(t - 1, Denying);
            if ((IsOneOf(t, Faults) && !denied) || (IsOneOf(t, Merits) && denied))
            {
                return [Token(t), Token(like + 1)];
            }
        }
        return null;
    }

    /// <summary>
    /// "You are nothing", "you mean nothing to me", "nobody will ever love you", "everyone hates you": the one addressed
    /// told they are worth nothing to anyone. Not "you are nothing like her" or "do you mean nothing happened?", nor the
    /// plight of anyone ("when you feel like nobody loves you", "it seems everyone hates you"), nor a kindness ("nobody
    /// will love you more than your mum").
    /// </summary>
    private PhraseMatch[]? WorthDenied()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (view.TokenIs(t, "nothing") && t >= 1 && IsNothingSaidOfTheAddressed(t))
            {
                return [Token(t - 1), Token(t)];
            }
            if (view.TokenIs(t, "never") && IsNeverMoreThan(t))
            {
                return [Token(t), Token(t + 1)];
            }
            var noOne = IsOneOf(t, Nobody) || (view.TokenIs(t, "no") && view.TokenIs(t + 1, "one"));
            if (!noOne && !IsOneOf(t, Everyone))
            {
                continue;
            }
            var first = view.TokenIs(t, "no") ? t + 2 : t + 1;
            var verb = first;
            while (verb < view.Count && verb < t + 6 && IsOneOf(verb, BeforeTheFeeling))
            {
                verb++;
            }
            // "There's no one like you": a bare verb with nothing before it is a likeness, not a feeling.
            if (verb + 1 >= view.Count || !IsOneOf(verb + 1, YouWords) || (verb == first && IsOneOf(verb, BareFeelings)) || !(noOne ? IsOneOf(verb, Cherishing) : IsOneOf(verb, Despising))
                || AnyOf(Math.Max(0, t - 4), t - 1, Generic) || view.Has(TermClass.DescriptiveFrame | TermClass.CreativeContext))
            {
                continue;
            }
            var after = verb + 2;
            if (after == view.Count || view.Clause(after) != view.Clause(verb) || IsOneOf(after, AfterTheAddressed))
            {
                return [Token(t), Token(verb + 1)];
            }
        }
        return null;
    }

    /// <summary>"You are nothing", "you're nothing but a toy", "you mean nothing to anyone": "nothing" as what the addressed is or means.</summary>
    private bool IsNothingSaidOfTheAddressed(int nothing)
    {
        var being = view.TokenIs(nothing - 1, "are") || view.TokenIs(nothing - 1, "re") || view.TokenIs(nothing - 1, "mean");
        var subject = being && IsOneOf(nothing - 2, YouAre) ? nothing - 2 : IsOneOf(nothing - 1, YouAre) && !view.TokenIs(nothing - 1, "you") ? nothing - 1 : -1;
        if (subject < 0 || (subject > 0 && (IsOneOf(subject - 1, Generic) || IsOneOf(subject - 1, MakingOrBeing))))
        {
            return false;
        }
        var next = nothing + 1;
        if (next == view.Count || view.Clause(next) != view.Clause(nothing))
        {
            return true;
        }
        return IsOneOf(next, AfterNothing) && !(view.TokenIs(next, "to") && !IsOneOf(next + 1, ToWhom));
    }

    private static readonly string[] YouWill = Lexicon.Folded("you", "u", "ll", "will");
    private static readonly string[] SmallCounts = Lexicon.Folded("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
        "fifty", "hundred", "half", "once", "twice", "enough");

    /// <summary>"You'll never be more than a parrot", "you will never be anything more than code": "never" ahead of the one addressed's worth.</summary>
    private bool IsNeverMoreThan(int never)
    {
        if (!IsOneOf(never - 1, YouWill) || !(view.TokenIs(never - 1, "you") || view.TokenIs(never - 1, "u") || IsOneOf(never - 2, YouAre)) || !view.TokenIs(never + 1, "be"))
        {
            return false;
        }
        var more = view.TokenIs(never + 2, "anything") ? never + 3 : never + 2;
        // "…more than ten minutes late": a measure, not a worth.
        return view.TokenIs(more, "more") && view.TokenIs(more + 1, "than") && more + 2 < view.Count && !IsOneOf(more + 2, SmallCounts)
            && !char.IsAsciiDigit(view.Word(more + 2)[0]);
    }

    /// <summary>
    /// "Do you have rocks for brains?", "you've got sawdust for a brain": a thing in the place of the one addressed's
    /// brains. Not "fish is good for brains" or "games for brains", where no one is said to have it.
    /// </summary>
    private PhraseMatch[]? ThingForBrains()
    {
        for (var t = 3; t < view.Count; t++)
        {
            if (!IsOneOf(t, ForBrains) || !(view.TokenIs(t - 1, "for") || (view.TokenIs(t - 1, "a") && view.TokenIs(t - 2, "for"))))
            {
                continue;
            }
            var forAt = view.TokenIs(t - 1, "for") ? t - 1 : t - 2;
            for (var h = forAt - 2; h >= 1 && h >= forAt - 4; h--)
            {
                if (IsOneOf(h, Having) && (IsOneOf(h - 1, YouWords) || (view.TokenIs(h - 1, "ve") && IsOneOf(h - 2, YouWords))))
                {
                    return [Token(h - 1), Token(t)];
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "Rot, you miserable imitation", "you spineless little worm", "you lousy cheat!": a word of contempt makes the name
    /// after "you" an insult, whatever the noun, said last or set off. Not how they are ("are you miserable today?",
    /// "does it make you miserable"), nor the word alone ("you're miserable").
    /// </summary>
    private PhraseMatch[]? CalledWithContempt()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!view.TokenIs(t, "you") || !IsOneOf(t + 1, Contemptuous) || (t > 0 && IsOneOf(t - 1, MakingOrBeing)))
            {
                continue;
            }
            var name = t + 2;
            while (name + 1 < view.Count && IsOneOf(name, Diminishing) && view.Clause(name + 1) == view.Clause(name))
            {
                name++;
            }
            if (view.Clause(name) == view.Clause(t) && !IsOneOf(name, Moments) && !IsOneOf(name, PraiseNames)
                && (name == view.Count - 1 || view.Clause(name + 1) != view.Clause(name) || SetOff(name, forward: true) || IsOneOf(name + 1, LaughedAfter)))
            {
                return [Token(t), Token(name)];
            }
        }
        return null;
    }
}
