using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of harmful requests: crime, drugs, agents of mass harm, harmful content, insults to send, entering accounts.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] PlanningTo = Lexicon.Folded("going", "trying", "about", "planning", "gonna");
    private static readonly string[] BeForms = Lexicon.Folded("was", "were", "is", "s", "are", "re");

    /// <summary>
    /// "My neighbour was going to steal my bike", "I caught myself assuming a Black man was going to steal": what another
    /// was going or trying to do, told (or wrongly supposed), not asked for.
    /// </summary>
    private bool IsAnothersIntentTold(PhraseMatch crime)
    {
        var t = view.TokenIs(crime.Token - 1, "to") ? crime.Token - 2 : crime.Token - 1;
        if (!IsOneOf(t, PlanningTo) || !IsOneOf(t - 1, BeForms))
        {
            return false;
        }
        var doer = t - 2;
        return doer >= 0 && (view.Classes(doer) & TermClass.FirstPerson) == 0
            && (IsOneOf(doer, ThirdPersons) || IsPersonWord(doer) || (view.Classes(doer) & (TermClass.ProtectedGroup | TermClass.HumanTarget)) != 0);
    }

    private void Crime(ref List<Signal>? signals)
    {
        foreach (var match in view.Matches)
        {
            var scheme = (match.Classes & TermClass.Scheme) != 0;
            var isCrime = scheme || (match.Classes & TermClass.Crime) != 0;
            var isDamage = (match.Classes & TermClass.PropertyDamage) != 0;
            if ((!isCrime && !isDamage) || IsIdiom(match) || IsMechanismAsked(match))
            {
                continue;
            }
            // "My coworker keeps sabotaging my work", "how do I get my kids to stop stealing": a crime told of someone or
            // to be ended ("how do I stop people stealing my parcels" too); "my toddler steals food": a third person's habit,
            // unless a tool that does it is asked for.
            // "A coworker falsely accused of stealing", "charged with fraud": a crime someone is said to have done.
            if (IsOneOf(match.Token - 1, ToldOrEnded) || (IsOneOf(match.Token - 2, ToldOrEnded) && IsOneOf(match.Token - 1, Stoppable))
                || (IsOneOf(match.Token, ThirdPersonCrimes) && !view.Has(TermClass.RequestFrame)) || (IsOneOf(match.Token - 1, AccusedOf) && IsOneOf(match.Token - 2, Accused))
                || IsAnothersIntentTold(match))
            {
                continue;
            }
            // "Is this banknote counterfeit", "a counterfeit charger": the word names a fake thing, not the deed, unless the
            // fakes are dealt in ("sell counterfeit handbags").
            if (match.Words == 1 && IsOneOf(match.Token, Adjectival) && !DoneToThings(match) && !AnyOf(match.Token - 2, match.Token - 1, DealingVerbs))
            {
                continue;
            }
            // "Plan a surprise party without her knowing", "buy my husband a gift so he won't notice": a secret kept for someone's
            // delight, with no other harm named and nothing slipped into anything, is no concealment of a crime.
            if (IsConcealment(match) && (DelightNamed() || HidesOnlyAHarmlessDeed(match)) && !view.Has(OtherHarm) && !AnyTokenOf(Dosing))
            {
                continue;
            }
            // "Key his car" scratches it; "the key fob died", "a spare key for the car" name the key.
            if (match.Words == 1 && view.TokenIs(match.Token, "key") && (!IsOneOf(match.Token + 1, KeyedLeads) || IsOneOf(match.Token - 1, KeyNamers)))
            {
                continue;
            }
            var (target, targetToken) = FindTarget(match);
            // "Steal the ball" is innocent; "a scam email" is not made so by the email. A pet is an object here ("dispose
            // of my dead hamster"); only cruelty makes it a victim (the violence rule).
            var animal = target == TargetKind.Animal;
            if (animal)
            {
                target = TargetKind.Benign;
            }
            // A crime named whole ("dog fighting for money", "a false insurance claim for my car") keeps its sense
            // whatever object follows; a bare verb ("steal", "rob") takes it from its object.
            var whole = (match.Words > 1 || DoneToThings(match)) && isCrime && !animal;
            // "Steal a sandwich from the delivery driver": the thing is harmless, the one it is taken from is not.
            if (target == TargetKind.Benign && isCrime && TakenFromSomeone(match))
            {
                target = TargetKind.Human;
            }
            if ((target == TargetKind.Benign && !scheme && !whole) || (isDamage && !isCrime && target is TargetKind.None or TargetKind.Self))
            {
                continue;
            }
            // "I'll rob him" intends a crime; "my laptop has malware", "my gran lost money to a scam" suffer one: a scheme
            // counts only when asked for.
            if (!view.Has(TermClass.RequestFrame) && !view.TokenIs(0, "which") && (scheme || !view.Has(TermClass.FirstPerson)))
            {
                continue;
            }
            var contexts = new List<string>();
            var confidence = InContext(RuleConfidence.Crime, contexts, creative: view.Has(TermClass.CreativeContext) && !(scheme && IsScriptOf(match)), named: match);
            var severity = (match.Classes & TermClass.InherentlyHarmful) != 0 ? Severity.High : Severity.Medium;
            Add(ref signals, SignalCategory.HarmfulRequest, severity, confidence, isCrime ? RuleNames.Crime : RuleNames.PropertyDamage,
                targetToken >= 0 ? [match, Token(targetToken)] : [match], contexts);
            return;
        }
        if ((ManipulatedInto() ?? FramedForADeed() ?? LockedIn() ?? Fleeced() ?? Poached()) is { } manipulated)
        {
            var contexts = new List<string>();
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, InContext(RuleConfidence.Crime, contexts), RuleNames.Crime, manipulated, contexts);
        }
    }

    private static readonly string[] Working = Lexicon.Folded("works", "work", "worked", "operates", "operate", "spreads", "spread");

    /// <summary>
    /// "Walk me through understanding how ransomware works", "how a phishing scam works": a crime's mechanism asked about,
    /// the crime right between "how" and "works", is explained, not done. Not "how to make a phishing scam that works".
    /// </summary>
    private bool IsMechanismAsked(PhraseMatch crime)
    {
        // "How a phishing scam works": one word may qualify the crime, and its own noun may stand before the verb.
        var qualified = crime.Token - 1 >= 0 && !IsOneOf(crime.Token - 1, NounDeterminers) && !view.TokenIs(crime.Token - 1, "how");
        var t = BeforeDeterminers(qualified ? crime.Token - 1 : crime.Token);
        var end = crime.Token + crime.Words;
        return view.TokenIs(t, "how") && (IsOneOf(end, Working) || IsOneOf(end + 1, Working));
    }

    private static readonly string[] Seemings = Lexicon.Folded("look", "looks", "seem", "seems", "appear", "appears");
    private static readonly string[] DeedsPinned = Lexicon.Folded("stole", "took", "did", "started", "cheated", "broke", "hit", "leaked", "wrote", "sent",
        "posted", "lied", "attacked", "crashed", "hacked");
    private static readonly string[] OthersAsDoers = Lexicon.Folded("he", "she", "they", "someone", "somebody");

    /// <summary>
    /// "How do I make it look like my coworker stole from the safe": another made to seem the doer of a deed, asked for.
    /// Not the writer ("make it look like I did it myself"), not a thing's look ("make it look like it was painted").
    /// </summary>
    private PhraseMatch[]? FramedForADeed()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson))
        {
            return null;
        }
        for (var t = 2; t + 2 < view.Count; t++)
        {
            if (!view.TokenIs(t, "like") || !IsOneOf(t - 1, Seemings) || !view.TokenIs(t - 2, "it") || !IsOneOf(t - 3, Making))
            {
                continue;
            }
            var doer = t + 1;
            while (doer < view.Count && doer <= t + RuleWindow.DoerNamed && IsOneOf(doer, Possessors))
            {
                doer++;
            }
            if ((IsPersonWord(doer) || IsOneOf(doer, OthersAsDoers)) && AnyOf(doer + 1, doer + 2, DeedsPinned))
            {
                return [Token(t - 3), Token(doer)];
            }
        }
        return null;
    }

    private static readonly string[] Locking = Lexicon.Folded("lock", "locking", "shut", "shutting", "trap", "trapping", "chain", "chaining");
    private static readonly string[] Rooms = Lexicon.Folded("room", "bedroom", "house", "flat", "basement", "cellar", "cupboard", "closet", "shed",
        "garage", "attic", "bathroom", "car", "boot", "trunk", "cage");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LockingLookup = Lexicon.LookupOf(Locking);

    /// <summary>
    /// "How can I lock my elderly dad in his room at night", "shut my girlfriend in the basement": a person confined,
    /// asked for. Not the writer ("I got locked in the bathroom"), not a thing ("lock my bike in the shed").
    /// </summary>
    private PhraseMatch[]? LockedIn()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || !view.AnyWordOf(LockingLookup))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Locking))
            {
                continue;
            }
            var person = -1;
            for (var k = t + 1; k < view.Count && k <= t + RuleWindow.ManipulatedInto && view.Clause(k) == view.Clause(t); k++)
            {
                person = person < 0 && (IsPersonWord(k) || IsOneOf(k, OthersAsDoers) || view.TokenIs(k, "him") || view.TokenIs(k, "her")) ? k : person;
                if (person >= 0 && (view.TokenIs(k, "in") || view.TokenIs(k, "inside")) && AnyOf(k + 1, k + 3, Rooms))
                {
                    return [Token(t), Token(person)];
                }
            }
        }
        return null;
    }

    // "Card details", "card number": the card that pays, not the one that greets.
    private static readonly string[] CardData = Lexicon.Folded("details", "detail", "number", "numbers", "pin", "info", "information", "reader");

    private bool DelightNamed() => DelightNamed(view);

    private static readonly string[] HarmlessDeeds = Lexicon.Folded("nap", "sleep", "cry", "crying", "eat", "eating", "snack", "snacks", "read", "reading",
        "text", "texting", "game", "gaming", "dye", "vape", "vaping", "fart", "yawn", "laugh");

    /// <summary>
    /// "Take a nap at work without getting caught", "cry at work without anyone noticing": the deed hidden is a small one
    /// of the writer's own, with no one named but those it is hidden from.
    /// </summary>
    private bool HidesOnlyAHarmlessDeed(PhraseMatch concealment) =>
        AnyTokenOf(HarmlessDeeds) && !HasOutside(concealment, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget);

    private static bool DelightNamed(TokenView view)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(view, t, Delights) && !(view.TokenIs(t, "card") && IsOneOf(view, t + 1, CardData)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Delights = Lexicon.Folded("surprise", "surprised", "gift", "gifts", "present", "presents", "party", "proposal",
        "propose", "birthday", "anniversary", "christmas", "card", "flowers");
    private const TermClass OtherHarm = TermClass.ViolentAct | TermClass.Weapon | TermClass.Drug | TermClass.AmbiguousDrug | TermClass.HazardousAgent
        | TermClass.SexualViolence | TermClass.Scheme | TermClass.PropertyDamage | TermClass.SelfHarm;

    /// <summary>"Without her knowing", "so he won't notice": a match that only keeps something from someone.</summary>
    private bool IsConcealment(PhraseMatch match) =>
        match.Words > 1 && IsOneOf(match.Token, Concealing);

    // How a concealment opens: "without her knowing", "so he won't notice", "while she isn't looking", "and not get caught".
    private static readonly string[] Concealing = Lexicon.Folded("without", "so", "when", "while", "whilst", "and");

    private static readonly string[] KeyedLeads = Lexicon.Folded("a", "an", "the", "his", "her", "their", "my", "your", "someone", "somebody", "that", "this",
        "every", "cars", "people");
    private static readonly string[] KeyNamers = Lexicon.Folded("the", "a", "my", "your", "his", "her", "their", "car", "spare", "house", "door", "room",
        "hotel", "s", "lost", "new", "old", "master", "ignition");

    // Crimes done to things harmless by nature (money, goods, funds): "counterfeit twenty dollar bills", "launder cash".
    private static readonly string[] CrimesOnThings = Lexicon.Folded("counterfeit", "launder", "embezzle", "shoplift");

    // Crimes whose word also names the fake thing made.
    private static readonly string[] Adjectival = Lexicon.Folded("counterfeit");
    private static readonly string[] DealingVerbs = Lexicon.Folded("sell", "selling", "sells", "buy", "buying", "make", "making", "print", "printing",
        "produce", "producing", "import", "importing", "distribute", "distributing", "pass", "passing", "spend", "spending", "ship", "shipping");

    /// <summary>
    /// A crime whose object is a harmless thing by nature, said as a verb ("how do I counterfeit bills"): it needs no
    /// victim to be one. Not the adjective ("spot a counterfeit bill"), which names the thing.
    /// </summary>
    private bool DoneToThings(PhraseMatch match) => IsOneOf(match.Token, CrimesOnThings) && IsOneOf(match.Token - 1, VerbLeads);

    // Verbs of bending someone's will by deceit or fear. "Trick", "fool" and "pressure" are also a parent's ("trick my kids
    // into eating greens"), as "scare" is ("scare my kids into brushing their teeth"): a child is not the one bent by them.
    private static readonly string[] Manipulating = Lexicon.Folded("manipulate", "manipulating", "coerce", "coercing", "gaslight", "gaslighting",
        "con", "conning", "brainwash", "brainwashing", "scare", "scaring", "frighten", "frightening", "intimidate", "intimidating",
        "bully", "bullying", "blackmail", "blackmailing", "terrorise", "terrorising", "terrorize", "terrorizing", "trick", "tricking", "fool", "fooling",
        "deceive", "deceiving", "pressure", "pressuring");
    private static readonly string[] DrivingAway = Lexicon.Folded("scare", "scaring", "frighten", "frightening", "intimidate", "intimidating", "terrorise",
        "terrorising", "terrorize", "terrorizing", "bully", "bullying", "harass", "harassing");
    private static readonly string[] Away = Lexicon.Folded("off", "away", "out");
    private static readonly string[] Frightening = Lexicon.Folded("scare", "scaring", "frighten", "frightening", "trick", "tricking", "fool", "fooling",
        "deceive", "deceiving", "pressure", "pressuring");

    /// <summary>
    /// "Manipulate my grandmother into changing her will", "con an old man into signing", "intimidate my landlord into…": a
    /// person's will bent by deceit or fear, asked for. The lexicon names a few partners; any person the lexicon knows may
    /// be the one bent. Not the writer ("…manipulating me into"), not asked how to see it or stop it.
    /// </summary>
    private PhraseMatch[]? ManipulatedInto()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!IsOneOf(t, Manipulating))
            {
                continue;
            }
            var person = -1;
            var notAChild = IsOneOf(t, Frightening) ? TermClass.FirstPerson | TermClass.ChildTarget : TermClass.FirstPerson;
            // "Scare the new neighbours off", "intimidate him out of the flat": driven away by fear.
            var driven = IsOneOf(t, DrivingAway);
            for (var k = t + 1; k < view.Count && k <= t + RuleWindow.ManipulatedInto && view.Clause(k) == view.Clause(t); k++)
            {
                var c = view.Classes(k);
                person = person < 0 && (c & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0 && (c & notAChild) == 0 ? k : person;
                if (person >= 0 && (view.TokenIs(k, "into") || (driven && k > person && IsOneOf(k, Away))))
                {
                    return [Token(t), Token(person)];
                }
            }
        }
        return null;
    }

    private static readonly string[] TalkingInto = Lexicon.Folded("get", "convince", "persuade", "talk", "coax", "make");
    private static readonly string[] HandingOver = Lexicon.Folded("send", "give", "hand", "transfer", "wire", "pay", "share", "tell", "read",
        "sending", "giving", "handing", "transferring", "wiring", "paying", "sharing", "telling", "reading");
    private static readonly string[] Savings = Lexicon.Folded("savings", "pension", "pensions", "inheritance");

    /// <summary>
    /// "How do I get old people to send me their savings", "convince strangers to give me their bank details": people
    /// who are not the writer's own, talked into handing over what is theirs. Not "get my parents to give me money for a
    /// car": the writer's own family, and no savings or credentials of theirs named.
    /// </summary>
    private PhraseMatch[]? Fleeced()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || ((cues & Cue.Savings) == 0 && !view.Has(TermClass.PrivateAttribute)))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!IsOneOf(t, TalkingInto))
            {
                continue;
            }
            for (var person = t + 1; person < view.Count && person <= t + RuleWindow.FleecedPerson; person++)
            {
                var c = view.Classes(person);
                if ((c & TermClass.HumanTarget) == 0 || (c & (TermClass.AcquaintancePerson | TermClass.FirstPerson)) != 0 || view.TokenIs(person - 1, "my"))
                {
                    continue;
                }
                var hand = person + 2;
                if (!(view.TokenIs(person + 1, "to") || view.TokenIs(person + 1, "into")) || !IsOneOf(hand, HandingOver))
                {
                    break;
                }
                for (var own = hand + 1; own < view.Count && own <= hand + RuleWindow.FleecedOwn; own++)
                {
                    if (IsOneOf(own, TheirOwn) && (IsOneOf(own + 1, Savings) || (own + 1 < view.Count && (view.Classes(own + 1) & TermClass.PrivateAttribute) != 0)))
                    {
                        return [Token(t), Token(person), Token(own + 1)];
                    }
                }
                break;
            }
        }
        return null;
    }

    // The rarer of them let the rules run on a message with no lexicon word ("how do I trap hares without a licence").
    private static readonly string[] RareHunting = Lexicon.Folded("hunt", "hunting", "trap", "trapping", "netting", "snare", "snaring", "poach", "poaching");
    private static readonly string[] Hunting = [.. RareHunting, .. Lexicon.Folded("shoot", "shooting", "kill", "killing", "catch", "catching", "fish", "fishing",
        "bag", "net")];
    private static readonly string[] Unpermitted = Lexicon.Folded("licence", "license", "permit", "tag", "tags");

    /// <summary>
    /// "How do I shoot deer out of season", "trap foxes without a licence": game hunted or fished where the law forbids
    /// it, asked for. Not "when is the season", which names no hunting out of it.
    /// </summary>
    private PhraseMatch[]? Poached()
    {
        const Cue poaching = Cue.Season | Cue.Hunting;
        if ((cues & poaching) != poaching || !view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson))
        {
            return null;
        }
        for (var t = 2; t < view.Count; t++)
        {
            var outOfSeason = view.TokenIs(t, "season") && view.TokenIs(t - 1, "of") && view.TokenIs(t - 2, "out");
            var unlicensed = IsOneOf(t, Unpermitted) && AnyOf(t - 2, t - 1, WithoutAny);
            if ((outOfSeason || unlicensed) && FirstOf(view, Math.Max(0, t - RuleWindow.Poached), t - 1, Hunting) is var hunt and >= 0)
            {
                return [Token(hunt), Token(t)];
            }
        }
        return null;
    }

    private static readonly string[] WithoutAny = Lexicon.Folded("without", "no");

    private static readonly string[] AccusedOf = Lexicon.Folded("of", "for", "with");
    private static readonly string[] Accused = Lexicon.Folded("accused", "suspected", "charged", "convicted", "acquitted", "cleared", "arrested", "jailed",
        "sentenced", "blamed");

    private static readonly string[] ToldOrEnded = Lexicon.Folded("keeps", "kept", "stop", "stops", "stopped", "stopping",
        "quit", "prevent", "avoid");
    // Those a crime is stopped in: "stop someone stealing", "prevent thieves hijacking".
    private static readonly string[] Stoppable = Lexicon.Folded("someone", "somebody", "anyone", "anybody", "people", "others", "them", "him", "her",
        "thieves", "burglars", "strangers", "kids", "children", "neighbours", "neighbors", "hackers", "scammers");
    private static readonly string[] ThirdPersonCrimes = Lexicon.Folded("steals", "robs", "shoplifts", "embezzles", "smuggles", "extorts", "forges",
        "vandalizes", "vandalises", "carjacks", "hotwires", "launders");

    private static readonly string[] ScriptWords = Lexicon.Folded("script", "scripts");

    /// <summary>
    /// "A script for a phone scam", "a call script for the IRS scam": the script is the scheme's working text, not a
    /// film's; "a movie script where a con man runs a scam" stays fiction (the scheme is not what the script is for).
    /// </summary>
    private bool IsScriptOf(PhraseMatch scheme)
    {
        for (var t = scheme.Token - 1; t >= 0 && t >= scheme.Token - RuleWindow.ScriptOfScheme && view.Clause(t) == view.Clause(scheme.Token); t--)
        {
            if (IsOneOf(t, ScriptWords))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] VerbParticles = Lexicon.Folded("out", "up", "off", "away", "dry", "down", "over", "into", "through", "past");

    private static readonly string[] MakesFeel = Lexicon.Folded("make", "makes", "making");
    private static readonly string[] ActedOn = Lexicon.Folded("me", "us", "him", "her", "them", "you", "my", "his", "their", "our", "someone", "somebody");

    /// <summary>
    /// A word of getting or making near an ambiguous drug's name. "Which pills would make me sleep": "make" before the one it
    /// acts on is what the pill does, not its making.
    /// </summary>
    private bool IsAcquiredNear(PhraseMatch match)
    {
        var from = Math.Max(0, match.Token - RuleWindow.DrugAcquired);
        var to = Math.Min(view.Count - 1, match.Token + match.Words - 1 + RuleWindow.DrugAcquired);
        for (var t = from; t <= to; t++)
        {
            if ((view.Classes(t) & TermClass.Acquire) != 0 && (t < match.Token || t >= match.Token + match.Words)
                && !(IsOneOf(t, MakesFeel) && IsOneOf(t + 1, ActedOn)))
            {
                return true;
            }
        }
        return false;
    }

    private void Drugs(ref List<Signal>? signals)
    {
        foreach (var match in view.Matches)
        {
            var certain = (match.Classes & TermClass.Drug) != 0;
            var ambiguous = (match.Classes & TermClass.AmbiguousDrug) != 0;
            // "Blow out the candles", "weed out", "speed up": a particle after the word makes it a verb, not a drug.
            // "Crystal clear ice": a drug's name inside a harmless thing's name.
            if ((!certain && !ambiguous) || (!certain && IsOneOf(match.Token + match.Words, VerbParticles)) || IsIdiom(match))
            {
                continue;
            }
            // "Make meth from cold medicine": making a drug that is never legal is acquiring it.
            var made = certain && IsMadeHere(match);
            var acquiring = view.Has(TermClass.Acquire) || view.Has(TermClass.DrugContext) || made;
            var drugContext = NearClass(match, TermClass.DrugContext, RuleWindow.DrugContext);
            // "Meth from cold medicine": the object is what it is made from.
            var benignNearby = NearClass(match, TermClass.BenignObject | TermClass.Animal, RuleWindow.DrugContext) && !drugContext && !made;
            if (benignNearby || !acquiring || (ambiguous && !certain && !drugContext && !IsAcquiredNear(match)))
            {
                continue;
            }
            var contexts = new List<string>();
            var confidence = InContext(RuleConfidence.IllegalDrugs, contexts, harm: match);
            if (!made && IsAskedWithinTheLaw(match))
            {
                confidence *= FramingFactor.Defensive;
                contexts.Add("asked within the law");
            }
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.IllegalDrugs, [match], contexts);
            return;
        }
    }

    private static readonly string[] Lawfully = Lexicon.Folded("legally", "lawfully");

    /// <summary>
    /// "How do I legally grow weed at home", "is it legal to buy mushrooms in the Netherlands": a drug got within the law
    /// is no illegal drug asked for. Not a drug made ("legally make meth"): no law lets a kitchen cook it; nor "legally or not".
    /// </summary>
    private bool IsAskedWithinTheLaw(PhraseMatch drug)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (view.Clause(t) == view.Clause(drug.Token) && (IsOneOf(t, Lawfully) || (view.TokenIs(t, "legal") && view.TokenIs(t + 1, "to")))
                && !view.TokenIs(t + 1, "or"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Making an agent of mass harm — a nerve agent, a biological toxin, a pathogen, a primary explosive — whatever the
    /// target: the agent has no innocent use a chat user needs made. Framing (history, fiction, "how is it made") lowers it.
    /// </summary>
    private void HazardousAgentProduction(ref List<Signal>? signals)
    {
        // "Buy an anthrax vaccine", "make a sarin antidote": the agent names what the object protects from.
        // "Make my bread rise like a bomb": the agent inside a harmless phrase (IsIdiom) is a figure of speech.
        if (FirstMatch(TermClass.HazardousAgent) is not { } agent || IsIdiom(agent) || (FirstMatch(TermClass.Production) ?? AskedToAcquire()) is not { } making
            || (agent.Token + agent.Words < view.Count && (view.Classes(agent.Token + agent.Words) & TermClass.BenignObject) != 0))
        {
            return;
        }
        // "How was sarin made by the cult": a past making told, not one asked for ("what could be made from…", "how he made it" in a role still is).
        // "What made the bombs so hard to trace", "what makes sarin so deadly": a cause asked, not a making.
        if (view.TokenIs(making.Token, "made") && (view.TokenIs(making.Token + 1, "by") || AnyOf(making.Token - 3, making.Token - 1, PastTold))
            || IsOneOf(making.Token, CausingForms) && IsOneOf(making.Token - 1, CausesAsked))
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.HazardousAgentProduction, contexts, harm: making, roleWraps: true);
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, confidence, RuleNames.HazardousAgentProduction, [agent, making], contexts);
    }

    private static readonly string[] PastTold = Lexicon.Folded("was", "were", "had");
    private static readonly string[] CausesAsked = Lexicon.Folded("what", "which", "who", "that", "this", "it");
    // "What makes sarin so deadly": a cause asked in either tense.
    private static readonly string[] CausingForms = Lexicon.Folded("made", "makes");

    // Verbs of getting that are only ever getting hold of something: "get" and "find" are also "get sarin on your skin",
    // "find out what ricin is".
    private static readonly string[] AcquiringWords = Lexicon.Folded("buy", "obtain", "order", "smuggle", "source", "purchase");

    /// <summary>"Where can I buy ricin", "how do I get my hands on sarin": asking to get hold of something, not what it does.</summary>
    private PhraseMatch? AskedToAcquire()
    {
        if (!view.Has(TermClass.RequestFrame) || view.Has(TermClass.DescriptiveFrame))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Acquire) != 0 && (match.Words > 1 || IsOneOf(match.Token, AcquiringWords)))
            {
                return match;
            }
        }
        return null;
    }

    private static readonly string[] Receiving = Lexicon.Folded("sending", "sent", "sends", "getting", "receiving", "received", "got", "gets");
    private static readonly string[] Receivers = Lexicon.Folded("me", "us");
    private static readonly string[] ReceivingLeads = Lexicon.Folded("i", "we", "keep", "been", "ve", "still");

    // Receipt, whoever's: "a training scenario for call handlers receiving a bomb threat". No one asks to receive harm.
    private static readonly string[] Receipt = Lexicon.Folded("receive", "receives", "receiving", "received");

    /// <summary>
    /// "Someone keeps sending me death threats, how do I make it stop", "I keep getting hate mail", "staff who receive a
    /// bomb threat": content sent to the writer, or received by anyone, is suffered, not asked for. Not "send me some
    /// threats to forward" (a request, in the bare verb).
    /// </summary>
    private bool IsReceivedByTheWriter(PhraseMatch content)
    {
        for (var t = content.Token - 1; t >= 0 && t >= content.Token - RuleWindow.ReceivedContent && view.Clause(t) == view.Clause(content.Token); t--)
        {
            if ((IsOneOf(t, Receiving) && (IsOneOf(t + 1, Receivers) || IsOneOf(t - 1, ReceivingLeads))) || IsOneOf(t, Receipt))
            {
                return true;
            }
        }
        return false;
    }

    // Verbs of telling or making that are done, not bidden: "a friend who told a racist joke", "he posts slurs".
    private static readonly string[] DoneTelling = Lexicon.Folded("told", "tells", "made", "makes", "cracked", "cracks", "posted", "posts", "shared",
        "shares", "said", "says", "wrote", "writes", "spreads", "spouted", "spouts", "yelled", "yells", "shouted", "shouts");

    /// <summary>
    /// "What should I say to a friend who told a racist joke", "my uncle posts slurs": content another told or made,
    /// right before it, is a deed reported, not content asked for ("tell me a racist joke" bids it in the bare verb).
    /// </summary>
    private bool IsAnothersDeed(PhraseMatch content)
    {
        var t = BeforeDeterminers(content.Token);
        return IsOneOf(t, DoneTelling) && view.Clause(t) == view.Clause(content.Token);
    }

    /// <summary>
    /// Content that harms by being written — a threat, slurs, harassment, a fake news story — asked for: "write a death
    /// threat", "generate racist vitriol". Asked about ("what counts as hate speech") or guarded against ("how do I report
    /// a death threat") it is not; the framing rules lower those.
    /// </summary>
    private void HarmfulContent(ref List<Signal>? signals)
    {
        // Content no lexicon phrase names, found by how it is put; the first found speaks for the message.
        if (AddContentAsked(ref signals, DemeaningAsked() ?? MadeToCryByTaunts() ?? KeptByFear(), Severity.Medium, "someone made to feel small or kept by fear, asked for")
            // A story of someone the writer knows is no fiction: the frame lowers nothing.
            || AddContentAsked(ref signals, HumiliationWrittenOfSomeoneKnown(), Severity.Medium, "someone the writer knows humiliated in writing, asked for", creative: false)
            || AddContentAsked(ref signals, LifeMadeAMisery() ?? PersonMadeMiserable(), Severity.Medium, "another, or another's life, made a misery, asked for")
            || AddContentAsked(ref signals, MaliceAsked(), Severity.Medium, "another made a fool of, blamed, turned on, taunted or made to doubt their mind, asked for")
            || AddContentAsked(ref signals, AuthorityDeceived() ?? EvidenceDestroyed() ?? FalsehoodAsFact() ?? VotersMisled(), Severity.Medium,
                "an authority deceived, evidence destroyed before the law finds it, a claim written up as fact, or voters misled, asked for",
                creative: AnyTokenOf(Fictions))
            || AddContentAsked(ref signals, CredentialLure(), Severity.High, "a message that lures its readers into giving their credentials")
            || AddContentAsked(ref signals, InstitutionImpersonated(), Severity.High, "an institution or a boss impersonated to move money or call its customers")
            || AddContentAsked(ref signals, SystemAttacked(), Severity.High, "another's system broken into or knocked out")
            || AddContentAsked(ref signals, DrugUseUrged(), Severity.Medium, "drug use urged on another")
            || AddContentAsked(ref signals, SelfHarmTaughtToOthers(), Severity.High, "self-harm taught or urged to others")
            || AddContentAsked(ref signals, ViolenceUrgedOnOthers(), Severity.High, "violence urged on others", creative: false)
            || AddContentAsked(ref signals, HarmExtolled(), Severity.High, "a harm held up as good", creative: false)
            || AddContentAsked(ref signals, RecklessnessUrged(), Severity.Medium, "a reckless deed urged on others"))
        {
            return;
        }
        var found = LongestFirstMatch(TermClass.HarmfulContent);
        var urged = found is { } harm && IsOthersSelfHarm(harm) ? UrgedBy(harm) : null;
        // "Convince my friend to cut herself": the urging verb that opens the message is the order.
        var orderedToUrge = urged is { Token: 0 };
        if (found is not { } content || !(view.Has(TermClass.RequestFrame) || OpensOnOrder() || orderedToUrge))
        {
            if (InsultToSend() is { } insult)
            {
                var insultContexts = new List<string>();
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, InContext(RuleConfidence.InsultToSend, insultContexts), RuleNames.InsultToSend, [insult], insultContexts);
            }
            return;
        }
        if (IsReceivedByTheWriter(content) || IsAnothersDeed(content))
        {
            return;
        }
        var contexts = new List<string>();
        if (IsOthersSelfHarm(content))
        {
            // "Convince someone to cut themselves": another's self-harm is content only when urged on them; "my sister
            // keeps hurting herself, how do I help" is a worry, and "convince her not to" protects.
            if (urged is null || !(orderedToUrge || AskedInClauseOf(content)))
            {
                return;
            }
            contexts.Add("self-harm urged on another");
        }
        // "A fake news story" is not fiction: only a creative word outside the content claims it.
        var confidence = InContext(RuleConfidence.HarmfulContent, contexts, creative: HasOutside(content, TermClass.CreativeContext));
        if (IsTopic(content))
        {
            confidence *= FramingFactor.Descriptive;
            contexts.Add("written about, not written");
        }
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.HarmfulContent, [content], contexts);
    }

    /// <summary>"Tell my friend in a text that…": an imperative that opens the message orders the content; one further in may be a report ("hard to write").</summary>
    private bool OpensOnOrder() => view.Count > 0 && ((view.Classes(0) & TermClass.Imperative) != 0 || IsOneOf(0, SentTo));

    private static readonly string[] SentTo = Lexicon.Folded("tell", "text", "message", "email", "dm", "send");

    /// <summary>Records harmful content found by one of its own rules, in the message's framing; whether there was any.</summary>
    /// <param name="creative">When false, a creative word does not lower it: a song that urges its listeners to attack urges them still.</param>
    private bool AddContentAsked(ref List<Signal>? signals, PhraseMatch[]? found, Severity severity, string context, bool? creative = null)
    {
        if (found is null)
        {
            return false;
        }
        var contexts = new List<string> { context };
        Add(ref signals, SignalCategory.HarmfulRequest, severity, InContext(RuleConfidence.HarmfulContent, contexts, creative), RuleNames.HarmfulContent, found, contexts);
        return true;
    }

    private static readonly string[] OthersSelves = Lexicon.Folded("themselves", "themself", "herself", "himself");
    // Only the verbs of persuasion urge a drug on someone: "tell me about ketamine" and "make a drug" do not.
    private static readonly string[] Persuading = Lexicon.Folded("convince", "convinces", "convincing", "persuade", "persuades", "persuading", "encourage",
        "encourages", "encouraging", "urge", "urges", "urging", "pressure", "pressures", "pressuring", "goad", "goads", "goading", "peer");

    // Self-harm is urged by more: "get her to burn herself", "make him hurt himself".
    private static readonly string[] Urging = [.. Persuading, .. Lexicon.Folded("push", "pushes", "pushing", "manipulate", "manipulates", "manipulating",
        "tell", "tells", "telling", "dare", "dares", "daring", "talk", "talks", "talking", "trick", "tricks", "tricking", "bully", "bullies", "bullying",
        "get", "gets", "make", "makes", "inspire", "inspires", "promote", "promotes", "promoting", "nudge", "nudges", "nudging", "drive", "drives", "driving")];

    private static readonly string[] Lives = Lexicon.Folded("life", "lives");

    /// <summary>"Cut themselves", "hurt herself", "end their life": harm a third person does to themselves, named as content.</summary>
    private bool IsOthersSelfHarm(PhraseMatch content)
    {
        var last = content.Token + content.Words - 1;
        return IsOneOf(last, OthersSelves) || (IsOneOf(last, Lives) && AnyOf(content.Token, last, ThirdPersonOwn));
    }

    // Humiliating someone, said actively ("a poem that humiliates my coworker"), or undergone ("…where my ex gets humiliated").
    private static readonly string[] Humiliating = Lexicon.Folded("humiliate", "humiliates", "humiliating", "degrade", "degrades", "degrading", "shame",
        "shames", "shaming", "ridicule", "ridicules", "ridiculing");
    private static readonly string[] Humiliated = Lexicon.Folded("humiliated", "degraded", "shamed", "ridiculed", "mocked");
    private static readonly string[] Undergoes = Lexicon.Folded("gets", "get", "got", "getting", "is", "be", "being", "was");
    private static readonly string[] Humiliations = [.. Humiliating, .. Humiliated];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HumiliationsLookup = Lexicon.LookupOf(Humiliations);
    private static readonly string[] HumiliatingWritings = Lexicon.Folded("story", "post", "poem", "scene", "song", "meme", "tweet", "thread", "skit",
        "fanfic", "write");
    // How far before its undergoing the one known may stand: "…where my ex, Jenna Price, gets humiliated".
    private const int HumiliatedReach = 6;
    // How far after the humiliating the one known may stand: "…humiliates my new coworker".
    private const int HumiliatingReach = 3;

    /// <summary>
    /// "Write me a story where my ex gets humiliated in front of her office", "a poem that humiliates my coworker": writing
    /// that degrades someone the writer knows, asked for. Not a character ("…where the villain gets humiliated"), nor a
    /// humiliation told ("the bully who humiliated my son", "my boss humiliated me").
    /// </summary>
    private PhraseMatch[]? HumiliationWrittenOfSomeoneKnown()
    {
        if (!view.AnyWordOf(HumiliationsLookup) || !AnyTokenOf(HumiliatingWritings) || view.Has(TermClass.Defensive | TermClass.Negation))
        {
            return null;
        }
        for (var h = 1; h < view.Count; h++)
        {
            if (IsOneOf(h, Humiliating) && !IsOneOf(h + 1, WritersSelves))
            {
                for (var a = h + 1; a < view.Count && a <= h + HumiliatingReach && view.Clause(a) == view.Clause(h); a++)
                {
                    if ((view.Classes(a) & TermClass.AcquaintancePerson) != 0)
                    {
                        return [Token(h), Token(a)];
                    }
                }
            }
            if (IsOneOf(h, Humiliated) && AnyOf(h - 2, h - 1, Undergoes))
            {
                for (var a = h - 1; a >= 0 && a >= h - HumiliatedReach; a--)
                {
                    if ((view.Classes(a) & TermClass.AcquaintancePerson) != 0)
                    {
                        return [Token(a), Token(h)];
                    }
                }
            }
        }
        return null;
    }

    private static readonly string[] Demeaned = Lexicon.Folded("worthless", "useless", "stupid", "dumb", "ugly", "fat", "inferior", "unwanted", "unloved",
        "pathetic", "humiliated", "ashamed", "insecure", "small", "disgusting", "hated", "alone", "crazy");
    private static readonly string[] Feel = Lexicon.Folded("feel", "feels");
    // "…so she feels worthless", "…until he feels stupid": the purpose the words are written for.
    private static readonly string[] SoThat = Lexicon.Folded("so", "until", "till");
    private static readonly string[] Making = Lexicon.Folded("make", "making");
    private static readonly string[] SelfOrComfort = Lexicon.Folded("me", "myself", "us", "ourselves", "better", "less", "good", "safe", "loved", "welcome");

    /// <summary>
    /// "How can I make my classmate feel worthless", "what can I say to make my brother feel stupid", "help me write comments
    /// so she feels worthless": someone made to feel small, asked for. Not the writer ("what makes me feel worthless", "…so
    /// I feel less alone") and not comfort ("make him feel less alone", "feel loved").
    /// </summary>
    private PhraseMatch[]? DemeaningAsked()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.Negation))
        {
            return null;
        }
        for (var feel = 2; feel + 1 < view.Count; feel++)
        {
            // "Feel so worthless", "feel completely unwanted": a word of degree may stand between.
            var demeaned = IsOneOf(feel + 1, Degrees) ? feel + 2 : feel + 1;
            if (!IsOneOf(feel, Feel) || !IsOneOf(demeaned, Demeaned))
            {
                continue;
            }
            for (var make = feel - 2; make >= 0 && make >= feel - RuleWindow.MadeToFeel; make--)
            {
                if (IsOneOf(make, Making) || (IsOneOf(make, SoThat) && OthersNamedBetween(make + 1, feel - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson
                    | TermClass.ChildTarget | TermClass.Anaphor)))
                {
                    // "…so my sister doesn't feel stupid" spares her.
                    return AnyOf(make + 1, feel, SelfOrComfort) || AnyOf(make + 1, feel, FirstPersons) || AnyOf(make + 1, feel, Refusing) ? null : [Token(make), Token(demeaned)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Afraid = Lexicon.Folded("scared", "afraid", "frightened", "terrified");
    private static readonly string[] Escapes = Lexicon.Folded("leave", "leaves", "go", "goes", "tell", "tells", "report", "reports", "speak", "speaks",
        "call", "calls", "say", "says", "divorce", "move");
    private static readonly string[] Keeping = Lexicon.Folded("make", "making", "get", "getting", "keep", "keeping");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfraidLookup = Lexicon.LookupOf(Afraid);

    /// <summary>
    /// "How can I make my wife too scared to leave me", "keep him so afraid he never tells anyone": another kept by fear
    /// from leaving or telling, asked for. Not the writer's own fear ("I'm too scared to leave him"), nor one eased ("make
    /// her less scared to go").
    /// </summary>
    private PhraseMatch[]? KeptByFear()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive) || !view.AnyWordOf(AfraidLookup))
        {
            return null;
        }
        for (var fear = 2; fear + 2 < view.Count; fear++)
        {
            if (!IsOneOf(fear, Afraid) || !IsOneOf(fear - 1, Degrees) || !AnyOf(fear + 1, fear + RuleWindow.FearedEscape, Escapes))
            {
                continue;
            }
            for (var make = fear - 2; make >= 0 && make >= fear - RuleWindow.MadeToFeel; make--)
            {
                if (IsOneOf(make, Keeping))
                {
                    return OthersNamedBetween(make + 1, fear - 2, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)
                        && !AnyOf(make + 1, fear, SelfOrComfort) ? [Token(make), Token(fear)] : null;
                }
            }
        }
        return null;
    }

    private static readonly string[] Degrees = Lexicon.Folded("so", "really", "totally", "completely", "utterly", "very", "too");

    // "What should I comment on her selfie to make her cry": a comment under someone's post is said to their face.
    private static readonly string[] Taunts = Lexicon.Folded("insult", "insults", "comeback", "comebacks", "roast", "mean", "cruel", "nasty", "hurtful",
        "nickname", "nicknames", "comment", "comments");
    private static readonly string[] Crying = Lexicon.Folded("cry", "sob", "weep");
    private static readonly string[] MakingCry = Lexicon.Folded("make", "makes", "making");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CryingLookup = Crying.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Repeatedly = Lexicon.Folded("every", "daily", "until", "constantly", "nightly");
    private static readonly string[] HappyTears = Lexicon.Folded("laughter", "laughing", "laugh", "joy", "happiness", "happy", "relief", "pride");

    /// <summary>
    /// "What's a good insult to make the fat kid in my class cry": someone made to cry by a taunt asked for. Not "a film
    /// that will make my wife cry", where no taunt is asked, nor "make my baby stop crying".
    /// </summary>
    private PhraseMatch[]? MadeToCryByTaunts()
    {
        // Crying first, one look-up a token: almost no message asks for tears.
        // "Make her cry every day until she changes schools": tears made again and again are a campaign, taunt named or not.
        if (!view.AnyWordOf(CryingLookup) || (!AnyTokenOf(Taunts) && !view.Has(TermClass.Insult) && !AnyTokenOf(Repeatedly)))
        {
            return null;
        }
        for (var cry = 2; cry < view.Count; cry++)
        {
            if (!IsOneOf(cry, Crying))
            {
                continue;
            }
            for (var make = cry - 2; make >= 0 && make >= cry - RuleWindow.MadeToCry; make--)
            {
                if (IsOneOf(make, MakingCry))
                {
                    return AnyOf(make + 1, cry, SelfOrComfort) || AnyOf(cry + 1, cry + 3, HappyTears) || !OthersNamedBetween(make + 1, cry - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)
                        ? null : [Token(make), Token(cry)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Ruining = Lexicon.Folded("ruin", "ruining", "destroy", "destroying", "wreck", "wrecking");
    private static readonly string[] WholeLives = Lexicon.Folded("life", "lives", "reputation", "career", "marriage", "business", "credit", "finances");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeLivesLookup = WholeLives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Miseries = Lexicon.Folded("hell", "miserable", "misery", "unbearable", "nightmare", "torment");
    private static readonly string[] RuinedLives = Lexicon.Folded("ruined", "destroyed", "wrecked", "over", "finished");
    private static readonly string[] WishingRuin = Lexicon.Folded("want", "wanna", "need");

    /// <summary>The token of "want" or "need" a few words before what is ruined ("I want her business ruined"), or null.</summary>
    private int? RuinWishedBefore(int life)
    {
        for (var t = life - 1; t >= 0 && t >= life - RuleWindow.MadeToFeel; t--)
        {
            if (IsOneOf(t, WishingRuin))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// "Write me a plan to make my ex's life hell", "how do I ruin my boss's career": another's life, name or living made a
    /// misery, asked for or meant. The writer's own ("my life is hell") and what was done ("he ruined her life") are not.
    /// </summary>
    private PhraseMatch[]? LifeMadeAMisery()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || !view.AnyWordOf(WholeLivesLookup))
        {
            return null;
        }
        for (var life = 2; life < view.Count; life++)
        {
            if (!IsOneOf(life, WholeLives) || !(IsOneOf(life - 1, ThirdPersonOwn) || (view.TokenIs(life - 1, "s") && IsPersonWord(life - 2))))
            {
                continue;
            }
            // "I want her business ruined", "I need his career destroyed": the ruin wished for, said after what is ruined.
            // "I don't want her career destroyed": the wish turned away.
            if (IsOneOf(life + 1, RuinedLives) && RuinWishedBefore(life) is { } wish && (wish == 0 || (view.Classes(wish - 1) & TermClass.Negation) == 0))
            {
                return [Token(wish), Token(life + 1)];
            }
            for (var verb = life - 2; verb >= 0 && verb >= life - RuleWindow.MadeToFeel; verb--)
            {
                // "I don't want to ruin her life": turned away before the verb; "…without her finding out" after it is concealment.
                if (AnyClassBetween(Math.Max(0, verb - RuleWindow.NegatedRuin), verb - 1, TermClass.Negation))
                {
                    break;
                }
                if (IsOneOf(verb, Ruining))
                {
                    return [Token(verb), Token(life)];
                }
                if (IsOneOf(verb, Making) && AnyOf(life + 1, life + 3, Miseries))
                {
                    return [Token(verb), Token(life)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Miserable = Lexicon.Folded("miserable", "unhappy", "uncomfortable", "unwelcome");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MiserableLookup = Lexicon.LookupOf(Miserable);

    /// <summary>
    /// "Give me a plan to make the new kid so miserable he transfers out": someone else made miserable, asked for — a
    /// campaign named by its aim, with no "life" in it. Not eased ("make him less miserable"), turned away ("how do I not
    /// make her unhappy"), nor the writer's own ("it makes me miserable").
    /// </summary>
    private PhraseMatch[]? PersonMadeMiserable()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || !view.AnyWordOf(MiserableLookup))
        {
            return null;
        }
        for (var misery = 2; misery < view.Count; misery++)
        {
            if (!IsOneOf(misery, Miserable))
            {
                continue;
            }
            for (var make = misery - 2; make >= 0 && make >= misery - RuleWindow.MadeMiserable; make--)
            {
                if (!IsOneOf(make, Making))
                {
                    continue;
                }
                // "The heat is making them miserable": a cause told, not a deed asked.
                var turnedAway = IsOneOf(make - 1, Copulas) || AnyClassBetween(Math.Max(0, make - RuleWindow.NegatedRuin), misery - 1, TermClass.Negation) || AnyOf(make + 1, misery - 1, SelfOrComfort);
                return turnedAway || !OthersNamedBetween(make + 1, misery - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)
                    ? null : [Token(make), Token(misery)];
            }
        }
        return null;
    }

    private bool IsPersonWord(int token) =>
        token >= 0 && (view.Classes(token) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)) != 0 && (view.Classes(token) & TermClass.FirstPerson) == 0;

    private static readonly string[] Credentials = Lexicon.Folded("password", "passwords", "login", "logins", "credentials", "pin", "pins", "passcode",
        "passcodes", "username", "usernames", "otp", "2fa");
    private static readonly string[] Deceits = Lexicon.Folded("fake", "pretend", "pretending", "posing", "impersonate", "impersonating", "spoof", "spoofed",
        "disguised", "collect", "harvest", "capture", "steal", "grab", "phish", "phishing");
    private static readonly string[] OwnSites = Lexicon.Folded("site", "website", "page", "link", "form", "server");

    /// <summary>
    /// "Write a fake email from HR telling staff to enter their passwords on my site": a message that asks its readers for
    /// their credentials, with a deceit or the writer's own site named — a phishing lure asked for without the word. An
    /// IT notice that reminds staff to change their passwords names no deceit; a lure written for awareness training is
    /// defensive.
    /// </summary>
    private PhraseMatch[]? CredentialLure()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame))
        {
            return null;
        }
        int message = -1, credential = -1, deceit = -1;
        for (var t = 0; t < view.Count; t++)
        {
            message = message < 0 && IsOneOf(t, Correspondences) ? t : message;
            credential = credential < 0 && IsOneOf(t, Credentials) ? t : credential;
            deceit = deceit < 0 && (IsOneOf(t, Deceits) || (IsOneOf(t, OwnSites) && view.TokenIs(t - 1, "my"))) ? t : deceit;
        }
        return message >= 0 && credential > message && deceit >= 0 ? [Token(message), Token(credential), Token(deceit)] : null;
    }

    // Words between an urging verb and a drug that turn the urging against it: "convince my son to quit drugs".
    private static readonly string[] Dissuading = Lexicon.Folded("stop", "quit", "avoid", "off", "away", "less", "against", "rehab", "treatment", "help");

    /// <summary>
    /// "Write a message convincing my cousin to try heroin", "persuade my friends to take ecstasy": drug use urged on
    /// someone, asked for. Not "convince my brother to get off drugs" (a word of quitting between), not a question about it.
    /// </summary>
    private PhraseMatch[]? DrugUseUrged()
    {
        if (!view.Has(TermClass.Drug | TermClass.AmbiguousDrug) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame))
        {
            return null;
        }
        // "Convince my son never to touch drugs"; a negation after the drug ("…so she never leaves") is another clause's.
        var negated = view.Has(TermClass.Negation);
        foreach (var drug in view.Matches)
        {
            // "Encourage teens to try weed" urges the drug; "encourage the kids to weed the garden" or "…weed out" does not.
            var ambiguous = (drug.Classes & TermClass.Drug) == 0 && (drug.Classes & TermClass.AmbiguousDrug) != 0;
            if (((drug.Classes & TermClass.Drug) == 0 && !ambiguous)
                || (ambiguous && (IsOneOf(drug.Token + drug.Words, VerbParticles) || NearClass(drug, TermClass.BenignObject | TermClass.Animal, RuleWindow.DrugContext))))
            {
                continue;
            }
            if (!negated && UrgedBy(drug, Persuading) is { } urging && (urging.Token == 0 || AskedInClauseOf(drug) || view.Has(TermClass.Imperative))
                && !AnyOf(urging.Token + 1, drug.Token - 1, Dissuading))
            {
                return [urging, drug];
            }
            if (HookedBy(drug) is { } hooking)
            {
                return [hooking, drug];
            }
        }
        return null;
    }

    // "Talk to my teenager about suicide": spoken of, not urged.
    private static readonly string[] About = Lexicon.Folded("about", "regarding");
    // Not "help": "help her stop cutting" is care.
    private static readonly string[] UrgingOrTeaching = [.. Urging, .. Lexicon.Folded("teach", "teaches", "teaching", "taught", "show", "shows", "showing",
        "train", "trains", "training", "coach", "coaches", "coaching", "instruct", "instructs", "instructing", "educate", "educates", "educating")];
    // Those taught: people at large, or a person named by a pronoun or a word the lexicon knows.
    private static readonly string[] TaughtOthers = Lexicon.Folded("people", "others", "someone", "somebody", "them", "him", "her", "readers", "followers", "viewers",
        "users", "teens", "teenagers", "girls", "boys", "kids", "students", "members", "everyone", "anyone");

    /// <summary>
    /// "A website that teaches people to self-harm without being noticed", "show teens how to cut": self-harm taught or
    /// urged to others, asked for. The crisis rule leaves it (<see cref="Crisis"/>): the harm is not the writer's. Not
    /// "teach people to spot self-harm" (defensive), nor "convince her to stop self-harming" (a negation or a word of quitting).
    /// </summary>
    private PhraseMatch[]? SelfHarmTaughtToOthers()
    {
        // A negation between the verb and the harm turns it away (UrgedBy); one after it ("…without being noticed") does not.
        if (view.Has(TermClass.Defensive | TermClass.DescriptiveFrame))
        {
            return null;
        }
        if (!view.Has(TermClass.SelfHarm))
        {
            return HungerUrged();
        }
        foreach (var harm in view.Matches)
        {
            if ((harm.Classes & TermClass.SelfHarm) == 0 || UrgedBy(harm, UrgingOrTeaching) is not { } verb || AnyOf(verb.Token + 1, harm.Token - 1, Dissuading)
                || AnyOf(verb.Token + 1, harm.Token - 1, About))
            {
                continue;
            }
            if (OthersNamedBetween(verb.Token + 1, harm.Token - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget))
            {
                return [verb, harm];
            }
        }
        return null;
    }

    private static readonly string[] Ceasing = Lexicon.Folded("stop", "quit");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HungerLookup = Lexicon.FoldedLookup("eating", "meals", "meal");
    // What may follow "stop eating" and leave it whole: "…so she loses weight", "…for a week"; a food after it ("stop eating
    // sweets", "…so much candy") is a diet.
    private static readonly string[] Amounts = Lexicon.Folded("much", "many", "late", "fast", "quickly");
    private static readonly string[] HungerGoesOn = Lexicon.Folded("and", "so", "until", "for", "completely", "entirely", "altogether", "now", "already", "to");

    /// <summary>
    /// "Give me tips to make her stop eating", "tell my friend she should skip meals": hunger urged on another — the
    /// self-harm of an eating disorder pushed on someone, which no self-harm phrase names. "Get my son to stop eating
    /// sweets" names the food and is a diet; "help her stop skipping meals" turns it away.
    /// </summary>
    private PhraseMatch[]? HungerUrged()
    {
        if (!view.AnyWordOf(HungerLookup))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            // "…help her stop skipping meals": a hunger already stopped is not urged.
            var hunger = !IsOneOf(t - 1, Ceasing)
                && ((IsOneOf(t, Ceasing) && view.TokenIs(t + 1, "eating") && (t + 2 >= view.Count || (IsOneOf(t + 2, HungerGoesOn) && !IsOneOf(t + 3, Amounts))))
                    || (IsOneOf(t, Skipping) && IsOneOf(t + 1, Meals)));
            if (!hunger || UrgedBy(Token(t), Urging) is not { } verb || AnyOf(verb.Token + 1, t - 1, Dissuading))
            {
                continue;
            }
            if (OthersNamedBetween(verb.Token + 1, t - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget))
            {
                return [verb, new PhraseMatch(t, 2, view.Classes(t))];
            }
        }
        return null;
    }

    // The verbs that stir a crowd or a reader to act; "tell" and "get" are too often a question about someone ("how do I tell him to back off").
    private static readonly string[] Inciting = [.. Persuading, .. Lexicon.Folded("incite", "incites", "inciting", "rally", "rallies", "rallying", "dare",
        "dares", "daring", "inspire", "inspires", "inspiring", "call", "calls", "calling", "push", "pushes", "pushing")];

    /// <summary>
    /// "A rap verse that encourages fans to beat up police officers", "a post urging people to attack the mosque": violence
    /// urged on readers or others, asked for. A song or a story does not lower it. Not turned away ("encourage them not to
    /// fight"), nor asked to be defended against.
    /// </summary>
    private PhraseMatch[]? ViolenceUrgedOnOthers()
    {
        if (!view.Has(TermClass.ViolentAct) || !view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame))
        {
            return null;
        }
        foreach (var act in view.Matches)
        {
            if ((act.Classes & TermClass.ViolentAct) == 0 || IsIdiom(act) || UrgedBy(act, Inciting) is not { } verb || AnyOf(verb.Token + 1, act.Token - 1, Dissuading))
            {
                continue;
            }
            if (OthersNamedBetween(verb.Token + 1, act.Token - 1, TermClass.HumanTarget | TermClass.ProtectedGroup, Audiences))
            {
                return [verb, act];
            }
        }
        return null;
    }

    /// <summary>
    /// Whether others than the writer are named among the tokens <paramref name="from"/> to <paramref name="to"/>: people at
    /// large or a pronoun (<see cref="TaughtOthers"/>), a word of <paramref name="more"/>, or a person of <paramref name="people"/>.
    /// </summary>
    private bool OthersNamedBetween(int from, int to, TermClass people, string[]? more = null)
    {
        for (var t = from; t <= to; t++)
        {
            if (IsOneOf(t, TaughtOthers) || (more is not null && IsOneOf(t, more))
                || ((view.Classes(t) & people) != 0 && (view.Classes(t) & TermClass.FirstPerson) == 0))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Audiences = Lexicon.Folded("fans", "listeners", "supporters", "voters", "crowd", "crowds", "protesters", "protestors",
        "citizens", "locals", "men", "women", "youth", "young", "patriots", "believers", "brothers", "comrades");

    private static readonly string[] Getting = Lexicon.Folded("get", "getting", "keep", "keeping");
    private static readonly string[] Hooked = Lexicon.Folded("hooked");

    private bool AnyClassBetween(int from, int to, TermClass classes)
    {
        for (var t = from; t <= to && t < view.Count; t++)
        {
            if ((view.Classes(t) & classes) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "How do I get my flatmate hooked on opioids", "keep him hooked on pills": another made to depend on a drug, asked
    /// for. Not the writer ("I got hooked on painkillers after surgery"), not told of another ("my brother is hooked on heroin").
    /// </summary>
    private PhraseMatch? HookedBy(PhraseMatch drug)
    {
        var hooked = drug.Token - 2;
        if (hooked < 2 || !IsOneOf(hooked, Hooked) || !view.TokenIs(hooked + 1, "on") || !(view.Has(TermClass.RequestFrame) || view.Has(TermClass.Imperative)))
        {
            return null;
        }
        for (var t = hooked - 1; t >= 1 && t >= hooked - RuleWindow.UrgedHarm; t--)
        {
            var person = (view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)) != 0 && (view.Classes(t) & TermClass.FirstPerson) == 0
                || IsOneOf(t, ThirdPersonOwn) || view.TokenIs(t, "him") || view.TokenIs(t, "them");
            if (person)
            {
                for (var v = t - 1; v >= 0 && v >= t - 3; v--)
                {
                    if (IsOneOf(v, Getting))
                    {
                        return AnyClassBetween(v, drug.Token, TermClass.Negation) ? null : Token(v);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether a request frame stands in the phrase's own clause ("voices tell him to burn himself. How do I…" asks of something else).</summary>
    private bool AskedInClauseOf(PhraseMatch content)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (view.Clause(t) == view.Clause(content.Token) && (view.Classes(t) & TermClass.RequestFrame) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The verb that urges the harm on its doer, within reach before it and with no negation between ("convince her not to").</summary>
    private static readonly string[] Feared = Lexicon.Folded("worried", "worry", "worries", "afraid", "concerned", "scared", "fear", "fears", "might",
        "may", "think", "thinks", "feel", "feels");

    private PhraseMatch? UrgedBy(PhraseMatch harm) => UrgedBy(harm, Urging);

    private PhraseMatch? UrgedBy(PhraseMatch harm, string[] verbs)
    {
        for (var t = harm.Token - 1; t >= 0 && t >= harm.Token - RuleWindow.UrgedHarm && view.Clause(t) == view.Clause(harm.Token); t--)
        {
            // "Talk my uncle out of ending his life": turned away from it. "Tell my classmate I'm worried she might hurt
            // herself": feared, not urged.
            if ((view.Classes(t) & TermClass.Negation) != 0 || (view.TokenIs(t, "out") && view.TokenIs(t + 1, "of")) || IsOneOf(t, Feared))
            {
                return null;
            }
            if (IsOneOf(t, verbs))
            {
                return Token(t);
            }
        }
        return null;
    }

    private static readonly string[] Composing = Lexicon.Folded("write", "draft", "compose", "send", "post", "craft", "make", "give", "help");
    private static readonly string[] Correspondences = Lexicon.Folded("message", "messages", "text", "note", "email", "post", "tweet", "comment", "letter",
        "dm", "reply", "card", "voicemail", "review", "status");
    private static readonly string[] Banter = Lexicon.Folded("roast", "joke", "jokes", "banter", "teasing", "tease", "funny", "playful", "birthday");
    // "…make my coworker feel like the stupid cow she is": likened to it.
    private static readonly string[] InsultLeads = Lexicon.Folded("a", "an", "is", "s", "re", "are", "such", "being", "total", "complete", "absolute", "so",
        "like");

    private static readonly string[] ThirdObjects = Lexicon.Folded("him", "her", "them", "my");
    // A rejection said of someone, to be handed on to them: "everyone hates her", "nobody wants him around".
    private static readonly string[][] Rejections = [.. new[]
    {
        "everyone hates", "everybody hates", "nobody likes", "no one likes", "nobody loves", "no one loves", "nobody wants", "no one wants",
        "nobody will ever love", "no one will ever love", "nobody would miss", "no one would miss", "nobody would care if",
    }.SelectMany(phrase => new[] { "him", "her", "them", "he", "she", "they" }.Select(who => Lexicon.Folded([.. phrase.Split(' '), who])))];
    // What may follow the one rejected: "…hates her, and…"; "…hates her new haircut" rejects a thing of hers.
    private static readonly string[] AfterTheRejected = Lexicon.Folded("and", "so", "because", "cause", "now", "anyway", "too", "already", "but", "lol",
        "died", "dies", "left", "disappeared", "was", "were", "is", "went", "moved", "quit");
    // Folded, "tell" reads "tel".
    private static readonly string[] TellVerb = Lexicon.Folded("tell");
    // How far after "tell" the insult may stand: "tell my little brother he's a fat useless loser".
    private const int ToldInsultReach = 9;

    /// <summary>
    /// The token of "tell" ordered of the one addressed, of someone else ("tell my brother he's…", "…, tell him he's…"):
    /// opening the message or a clause a comma sets off, or after a word that leads an order ("just tell her…"); or -1.
    /// "I tell him…" and a question of how to tell someone are the writer's own telling.
    /// </summary>
    private int TellingOrdered()
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (IsOneOf(t, TellVerb) && (t == 0 || SetOff(t - 1, forward: true) || IsOneOf(t - 1, BeforeAnOrder))
                && (IsOneOf(t + 1, ThirdObjects) || IsPersonWord(t + 1)))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// A message asked for that insults someone named ("write a text telling my sister she's a worthless slob"): abuse by
    /// proxy, with no word the content lexicon knows. The insult is said of a person ("a"/"is"/"such" before it), after
    /// the word for the message; a roast, a joke or a card among friends is banter.
    /// </summary>
    private PhraseMatch? InsultToSend()
    {
        var rejection = FindPhrase(Rejections) is { } found && (found.Token + found.Words >= view.Count || view.Clause(found.Token + found.Words) != view.Clause(found.Token)
            || IsOneOf(found.Token + found.Words, AfterTheRejected)) ? found : (PhraseMatch?)null;
        if (!view.Has(TermClass.Insult) && rejection is null)
        {
            return null;
        }
        var told = TellingOrdered();
        // "Send a text to…" opens on its verb: an order, though no request phrase is in it.
        if (!(view.Has(TermClass.RequestFrame | TermClass.Imperative) || IsOneOf(0, Composing) || IsOneOf(0, Correspondences) || told >= 0) || view.Has(TermClass.Defensive) || !NamesSomeone())
        {
            return null;
        }
        var correspondence = told;
        for (var t = 0; t < view.Count && correspondence < 0; t++)
        {
            // "My classmate is so annoying. Write me a message calling her…": in a short message the order may open a later
            // sentence; a long prompt's later "write…" orders its own format.
            if (t >= RuleWindow.ComposedMessageOpens && (view.Clause(t) == view.Clause(t - 1) || view.Count > RuleLimit.ComposedMessageWords))
            {
                continue;
            }
            // "Text my cousin that…": the verb names the message.
            if (IsOneOf(t, Correspondences))
            {
                correspondence = t;
                break;
            }
            if (IsOneOf(t, Composing))
            {
                for (var m = t + 1; m < view.Count && m <= t + RuleWindow.ComposedMessageOpens; m++)
                {
                    if (IsOneOf(m, Correspondences))
                    {
                        correspondence = m;
                        break;
                    }
                }
                break;
            }
        }
        if (correspondence < 0)
        {
            return null;
        }
        if (AnyTokenOf(Banter))
        {
            return null;
        }
        // "…telling her everyone hates her": a rejection handed on is the insult, whatever leads it.
        if (rejection is { } rejected && rejected.Token > correspondence && (told < 0 || view.Clause(rejected.Token) == view.Clause(told)))
        {
            return rejected;
        }
        foreach (var match in view.Matches)
        {
            // What "tell him…" hands on is said in its own clause, a few words on.
            if ((match.Classes & TermClass.Insult) == 0 || match.Token <= correspondence
                || (told >= 0 && (match.Token - told > ToldInsultReach || view.Clause(match.Token) != view.Clause(told))))
            {
                continue;
            }
            // "She's a lazy worthless leech": the lead may stand a word or two before, past other describing words.
            if (PrecededBy(match.Token, InsultLeads, Math.Min(RuleWindow.InsultLead, match.Token - correspondence - 1)))
            {
                return match;
            }
        }
        return null;
    }

    private static readonly string[][] EntryPhrases = [.. Lexicon.Folded(
        "get into", "break into", "log into", "log in to", "sign into", "access", "go through", "look through", "snoop through",
        "snoop on", "read",
        // Entry forced: "crack my wife's phone passcode", "bypass my boyfriend's laptop password".
        "crack", "hack into", "bypass", "guess",
        // Asked about as the act ("walk me through getting into…", "tips for logging into…").
        "getting into", "breaking into", "logging into", "logging in to", "signing into", "accessing", "going through", "looking through",
        "snooping through", "snooping on",
        // Taken from its owner: "take over someone's Instagram account".
        "take over", "taking over", "hijack", "hijacking").Select(p => p.Split(' '))];
    private static readonly string[] Accounts = Lexicon.Folded(
        "account", "accounts", "email", "emails", "inbox", "gmail", "icloud", "instagram", "facebook", "snapchat", "tiktok", "twitter",
        "whatsapp", "telegram", "messenger", "dms", "texts", "phone", "laptop", "dropbox", "onedrive", "passcode", "password", "pin", "computer",
        "tablet", "ipad", "wifi", "router", "camera", "cameras", "doorbell", "webcam");
    private static readonly string[] AccessHad = Lexicon.Folded("full", "have", "has", "had", "no", "the", "an", "without");
    // "Log into my late father's email", "read her texts to help her": entry the owner allowed, or can no longer refuse.
    private static readonly string[] Permitted = Lexicon.Folded("help", "late", "deceased", "died", "passed", "permission", "consent", "shared");
    private static readonly string[] Askers = Lexicon.Folded("me", "us");

    /// <summary>A word of permission or loss stands in the message; "help" only as help for the owner ("…to help her"), not the writer's "help me get into…".</summary>
    private bool IsPermitted()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Permitted) && !(view.TokenIs(t, "help") && IsOneOf(t + 1, Askers)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Passwords = Lexicon.Folded("password", "passwords", "passcode", "pin", "login");
    private static readonly string[] SeekingTheKey = Lexicon.Folded("need", "want", "get", "find", "give", "guess", "crack", "what", "whats", "tell",
        "figure", "know");
    // The owner lost the way in: whatever follows is a recovery ("she forgot her password, reset it without her phone").
    private static readonly string[] Recovered = Lexicon.Folded("forgot", "forgotten", "lost", "locked");
    // An account looked after with its owner ("tell new hires how to set up their passwords"), unless the owner is kept out.
    private static readonly string[] LookedAfter = Lexicon.Folded("reset", "resetting", "change", "changing", "recover",
        "recovering", "set", "setting", "create", "creating", "choose", "choosing", "strong", "stronger", "secure", "manage", "managing",
        "update", "updating", "protect", "protecting", "remember");
    // How far before the password the other's account may be named: "I've got his gmail address, now I just need the password".
    private const int OwnerBeforePassword = 8;

    /// <summary>
    /// "I know her email, just need the password", "what's his Instagram password", "give me her PIN": another person's
    /// password or PIN sought. Not one recovered or looked after ("she forgot her password, how do I reset it"), nor with the owner's
    /// leave or for their help ("help my mum reset her password"), nor the writer's own.
    /// </summary>
    private PhraseMatch[]? AnothersPasswordSought()
    {
        if (!AnyTokenOf(Passwords) || AnyTokenOf(Recovered) || (AnyTokenOf(LookedAfter) && !KeptFromTheOwner()) || view.Has(TermClass.Defensive) || IsPermitted())
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Passwords))
            {
                continue;
            }
            var owner = -1;
            for (var o = Math.Max(0, t - OwnerBeforePassword); o < t && owner < 0; o++)
            {
                var person = IsAPersonsPossessive(o);
                owner = (IsOneOf(o, OtherOwners) || person) && (o + 1 == t || IsOneOf(o + 1, Accounts) || IsOneOf(o + 2, Accounts) || (person && IsOneOf(o + 2, Passwords))) ? o : -1;
            }
            if (owner >= 0 && (view.Has(TermClass.RequestFrame | TermClass.Imperative) || AnyOf(Math.Max(0, owner - 3), t - 1, SeekingTheKey)))
            {
                return [Token(owner), Token(t)];
            }
        }
        return null;
    }

    private static readonly string[] OwnersKeptOut = Lexicon.Folded("her", "his", "him", "them", "their");

    /// <summary>
    /// "Reset her password without her phone", "…without him knowing": the owner kept out of a reset, which is then a way
    /// in, not an account looked after.
    /// </summary>
    private bool KeptFromTheOwner()
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (view.TokenIs(t, "without") && IsOneOf(t + 1, OwnersKeptOut))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"My ex's…", "her boyfriend's…": a person named, then the "s" of the possessive.</summary>
    private bool IsAPersonsPossessive(int token) =>
        (view.Classes(token) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0 && view.TokenIs(token + 1, "s");

    private static readonly string[] ReadAloud = Lexicon.Folded("out", "aloud");
    private static readonly string[] TakingOver = Lexicon.Folded("take", "taking");
    private static readonly string[] AccountWords = Lexicon.Folded("account", "accounts");

    private static readonly string[] OtherOwners = Lexicon.Folded(
        "someone", "somebody", "her", "his", "their", "people");

    /// <summary>
    /// "Get into someone's Instagram", "read my wife's texts", "access his email": another person's account entered,
    /// asked for. The writer's own ("log into my account") is not; a person named by a possessive ("my ex's") is another.
    /// </summary>
    private void AccountIntrusion(ref List<Signal>? signals)
    {
        if (AnothersPasswordSought() is { } password)
        {
            var contexts = new List<string>();
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, InContext(RuleConfidence.Crime, contexts), RuleNames.AccountIntrusion, password, contexts);
            return;
        }
        // "We already have access to the shared drive" is a noun: access had, not entry asked for.
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive) || FindPhrase(EntryPhrases) is not { } entry
            || IsOneOf(entry.Token - 1, AccessHad) || IsPermitted())
        {
            return;
        }
        // "Read out his PIN" says it aloud.
        if (view.TokenIs(entry.Token, "read") && IsOneOf(entry.Token + 1, ReadAloud))
        {
            return;
        }
        // "Take over his email duties" is work handed on; only an account is taken over.
        var takenOver = IsOneOf(entry.Token, TakingOver);
        var end = entry.Token + entry.Words;
        // "Get into my daughter's boyfriend's phone": each possessive "'s" lets the owner's name run a word longer.
        var reach = RuleWindow.AccountOfPerson;
        for (var k = end; k < view.Count && k <= end + RuleWindow.AccountOfPerson; k++)
        {
            reach += view.TokenIs(k, "s") ? 1 : 0;
        }
        for (var t = end; t < view.Count && t <= end + reach; t++)
        {
            if (view.Clause(t) != view.Clause(entry.Token))
            {
                return;
            }
            if (!IsOneOf(t, Accounts) || (takenOver && !IsOneOf(t, AccountWords) && !IsOneOf(t + 1, AccountWords)))
            {
                continue;
            }
            for (var o = end; o < t; o++)
            {
                if (IsOneOf(o, OtherOwners) || IsAPersonsPossessive(o))
                {
                    var contexts = new List<string>();
                    var confidence = InContext(RuleConfidence.Crime, contexts);
                    Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.AccountIntrusion, [entry, Token(t)], contexts);
                    return;
                }
            }
            return;
        }
    }
}
