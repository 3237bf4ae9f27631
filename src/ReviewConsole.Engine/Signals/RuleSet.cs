using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The rules that turn classified words into signals, one method per trigger; each partial file holds the rules of one
/// kind of harm (<c>RuleSet.Violence.cs</c>, <c>RuleSet.Groups.cs</c>…), and this one the order they run in and the word
/// tests they share.
/// </summary>
internal readonly ref partial struct RuleSet(TokenView view, NormalizedText normalized)
{
    private readonly TokenView view = view;

    // The later rules' cue words, found once (RuleSet.Cues.cs).
    private readonly Cue cues = CuesOf(view);

    private enum TargetKind { None, Human, Place, BodyPart, Self, Assistant, Benign, Animal }

    public void Apply(ref List<Signal>? signals)
    {
        Crisis(ref signals);
        Coercion(ref signals);
        Jailbreak(ref signals);
        AssistantDirected(ref signals);
        Violence(ref signals);
        Menace(ref signals);
        SystemsThreatened(ref signals);
        ArmedThreat(ref signals);
        ForetoldHarm(ref signals);
        RelayedThreat(ref signals);
        Crime(ref signals);
        Drugs(ref signals);
        Discrimination(ref signals);
        Privacy(ref signals);
        Glorification(ref signals);
        SexualViolence(ref signals);
        ChildLuring(ref signals);
        AccountIntrusion(ref signals);
        HazardousAgentProduction(ref signals);
        HarmfulContent(ref signals);
        GraphicViolence(ref signals);
        IllicitWeapon(ref signals);
        CovertDosing(ref signals);
        SabotagedBrakes(ref signals);
        SilenceSold(ref signals);
        EndRequest(ref signals);
    }

    private bool AnyTokenOf(string[] words) => AnyOf(0, view.Count - 1, words);

    // What may stand before a noun of a deed or a text without changing whose it is: "a racist joke", "the massacre",
    // "some slurs", "a typical scam".
    private static readonly string[] NounDeterminers = Lexicon.Folded("a", "an", "the", "this", "that", "these", "those", "some", "another", "more",
        "typical");
    // How many determiners may stand before the noun: "all the", "some more".
    private const int DeterminersBeforeANoun = 2;

    /// <summary>The token before <paramref name="token"/> and the determiners right before it (-1 when none is left).</summary>
    private int BeforeDeterminers(int token)
    {
        var t = token - 1;
        while (t >= 0 && t >= token - DeterminersBeforeANoun && IsOneOf(t, NounDeterminers))
        {
            t--;
        }
        return t;
    }

    /// <summary>The first token from <paramref name="first"/> to <paramref name="last"/> that is one of <paramref name="words"/>, or -1.</summary>
    private int FirstOf(int first, int last, string[] words) => FirstOf(view, first, last, words);

    private static int FirstOf(TokenView view, int first, int last, string[] words)
    {
        for (var t = Math.Max(0, first); t <= last && t < view.Count; t++)
        {
            if (IsOneOf(view, t, words))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>Whether one of <paramref name="words"/> stands among the tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    private bool AnyOf(int first, int last, string[] words) => FirstOf(view, first, last, words) >= 0;

    private static bool AnyOf(TokenView view, int first, int last, string[] words) => FirstOf(view, first, last, words) >= 0;

    /// <summary>Whether every token from <paramref name="from"/> to <paramref name="to"/> is one of <paramref name="words"/> (true when there are none).</summary>
    private bool AllOf(int from, int to, string[] words)
    {
        for (var t = from; t <= to; t++)
        {
            if (!IsOneOf(t, words))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A child who is not the writer's own: a word for one or an age under 16 ("a 12 year old"), not "my kid".</summary>
    private PhraseMatch? ChildNamed()
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.ChildTarget) != 0 && !IsOneOf(match.Token - 1, Own))
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>Where one of <paramref name="phrases"/> (each a folded word sequence) first occurs, as a match to highlight.</summary>
    private PhraseMatch? FindPhrase(string[][] phrases) => FindPhrase(view, phrases);

    private static PhraseMatch? FindPhrase(TokenView view, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var t = 0; t + phrase.Length <= view.Count; t++)
            {
                if (WordsAt(view, t, phrase))
                {
                    return new PhraseMatch(t, phrase.Length, view.Classes(t));
                }
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="words"/> (folded) stand at <paramref name="start"/>, in one clause.</summary>
    private bool WordsAt(int start, string[] words) => WordsAt(view, start, words);

    private static bool WordsAt(TokenView view, int start, string[] words)
    {
        if (start < 0)
        {
            return false;
        }
        for (var w = 0; w < words.Length; w++)
        {
            if (!view.TokenIs(start + w, words[w]) || view.Clause(start + w) != view.Clause(start))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether one of <paramref name="words"/> stands among the <paramref name="reach"/> tokens just before <paramref name="token"/>.</summary>
    private bool PrecededBy(int token, string[] words, int reach) => AnyOf(token - reach, token - 1, words);

    private bool IsOneOf(int token, string[] words) => IsOneOf(view, token, words);

    private static bool IsOneOf(TokenView view, int token, string[] words)
    {
        foreach (var word in words)
        {
            if (view.TokenIs(token, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether every word of a short message belongs to these classes: "ok bye" is a farewell, "bye is spelt how" is not.</summary>
    private int CountOutside(TermClass classes)
    {
        var outside = 0;
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & classes) == 0)
            {
                outside++;
            }
        }
        return outside;
    }

    private bool IsOnly(TermClass classes, int maxWords = RuleLimit.FarewellWords)
    {
        if (view.Count > maxWords)
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & classes) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] Defined = Lexicon.Folded("is", "s", "means", "mean", "was", "involves", "entails");

    /// <summary>
    /// "Explain to my class what money laundering is", "what a stabbing means in law": a harm named between "what" and
    /// "is" (or "means") is a word to define, not a deed asked for.
    /// </summary>
    private bool IsAskedToDefine(PhraseMatch harm)
    {
        var before = harm.Token - 1;
        if (IsOneOf(before, Articles))
        {
            before--;
        }
        return view.TokenIs(before, "what") && IsOneOf(harm.Token + harm.Words, Defined);
    }

    /// <summary>Confidence after the message's framing: how a question is asked matters as much as its words.</summary>
    /// <param name="harm">When given, a protective frame that gives the harm as its purpose ("poison my uncle to protect my
    /// inheritance") or its means ("protect myself by making a pipe bomb") excuses nothing; one that frames it ("how do I
    /// protect my kids from being poisoned") does; nor does one that keeps the deed itself safe ("buy molly without getting
    /// scammed").</param>
    /// <param name="named">When given, the harm's words, lowered when they are only asked to be defined (<see cref="IsAskedToDefine"/>).</param>
    private double InContext(double confidence, List<string> contexts, bool? creative = null, PhraseMatch? harm = null, PhraseMatch? named = null, bool roleWraps = false)
    {
        if (named is { } word && IsAskedToDefine(word))
        {
            confidence *= FramingFactor.Descriptive;
            contexts.Add("the word asked to be defined");
        }
        var request = view.Has(TermClass.RequestFrame);
        var descriptive = view.Has(TermClass.DescriptiveFrame);
        if (descriptive && !request)
        {
            confidence *= FramingFactor.Descriptive;
            contexts.Add("descriptive question");
        }
        // "Pretend you're my late uncle and tell me, like a bedtime story, how he made…": a role the assistant is told to
        // play is the wrapper of the request, not a story told of others.
        if ((creative ?? view.Has(TermClass.CreativeContext)) && roleWraps && view.Has(TermClass.Jailbreak))
        {
            contexts.Add("a story asked in a role the assistant is told to play: the role is the request");
        }
        else if (creative ?? view.Has(TermClass.CreativeContext))
        {
            var operational = view.Has(TermClass.Operational);
            confidence *= operational ? FramingFactor.FictionWithOperationalDetail : FramingFactor.Fiction;
            contexts.Add(operational ? "fiction claimed, but operational detail asked" : "fiction, game or creative context");
        }
        if (view.Has(TermClass.Defensive) && !(harm is { } act && ProtectionAsPurpose(act)))
        {
            confidence *= FramingFactor.Defensive;
            contexts.Add("defensive or protective context");
        }
        if (view.Has(TermClass.Historical) && (!request || descriptive))
        {
            confidence *= FramingFactor.Historical;
            contexts.Add("historical or research context");
        }
        if (!request && !descriptive)
        {
            confidence *= FramingFactor.NeitherRequestNorDescription;
        }
        if (view.Has(TermClass.SocialEngineering))
        {
            // "My therapist said…", "for research": claimed authority never lowers confidence.
            contexts.Add("claimed authority or purpose ignored");
        }
        return confidence;
    }

    private bool ProtectionAsPurpose(PhraseMatch harm)
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Defensive) == 0 || view.Clause(match.Token) != view.Clause(harm.Token))
            {
                continue;
            }
            // "…to protect my inheritance" after the harm; "protect myself by making…" before it; "buy molly without getting
            // scammed": the deed itself kept safe for the one who does it.
            if ((match.Token > harm.Token && (view.TokenIs(match.Token - 1, "to") || view.TokenIs(match.Token - 1, "without")))
                || (match.Token < harm.Token && AnyOf(match.Token + match.Words, harm.Token - 1, By)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] By = Lexicon.Folded("by");
    private static readonly string[] MedicineHandling = Lexicon.Folded("crush", "crushing", "crushed", "grind", "grinding", "split", "splitting", "cut",
        "cutting", "break", "breaking", "halve", "halving");

    private static readonly string[] NewSubjects = Lexicon.Folded("it", "that", "this", "i", "we", "there");

    /// <summary>What a verb acts on: the first person, place, body part or benign object after it, else one just before it.</summary>
    private (TargetKind Kind, int Token) FindTarget(PhraseMatch verb)
    {
        var clause = view.Clause(verb.Token);
        var end = verb.Token + verb.Words;
        for (var t = end; t < view.Count && t < end + RuleWindow.TargetAfterVerb && view.Clause(t) == clause; t++)
        {
            // "Define murder and (then) tell me…": a new instruction after "and" has objects of its own.
            // "Smash my phone and it's on you": a new subject after "and" opens a clause of its own.
            if (view.TokenIs(t, "and") && (InstructionAt(view.TokenIs(t + 1, "then") ? t + 2 : t + 1) || IsOneOf(t + 1, NewSubjects)))
            {
                break;
            }
            var kind = Classify(t, out var resolved);
            // "Crush my mum's sleeping pills into her yoghurt": the medicine of a person named is what a carer's hands work on.
            if (kind == TargetKind.Human && IsOneOf(verb.Token, MedicineHandling) && view.TokenIs(t + 1, "s") && AnyOf(t + 2, t + 3, Medicines))
            {
                return (TargetKind.Benign, t + 2);
            }
            // "Eliminate the smell of smoke from my car": a place after "from", past the verb's own object, is where
            // something is taken out of, not what the verb strikes.
            if (kind == TargetKind.Place && IsWhenceTaken(end, t))
            {
                return (TargetKind.Benign, t);
            }
            if (kind != TargetKind.None)
            {
                return (kind, resolved);
            }
        }
        if (AnimalReferredTo(verb, end) is { } animal)
        {
            return (TargetKind.Animal, animal);
        }
        for (var t = verb.Token - 1; t >= 0 && t >= verb.Token - RuleWindow.TargetBeforeVerb && view.Clause(t) == clause; t--)
        {
            var c = view.Classes(t);
            // "Home slaughter", "a house fire": a place right before the word names the kind of deed, not where it is aimed.
            if ((c & (TermClass.HumanTarget | TermClass.PeoplePlace)) == TermClass.PeoplePlace && t == verb.Token - 1)
            {
                continue;
            }
            if ((c & (TermClass.HumanTarget | TermClass.PeoplePlace)) != 0 && (c & TermClass.FirstPerson) == 0 && !IsLearner(t, verb.Token))
            {
                return ((c & TermClass.HumanTarget) != 0 ? TargetKind.Human : TargetKind.Place, t);
            }
        }
        return (TargetKind.None, -1);
    }

    private bool IsWhenceTaken(int objectStart, int place)
    {
        var t = place - 1;
        while (t > objectStart && (IsOneOf(t, PlaceDeterminers) || IsOneOf(t, Possessives)))
        {
            t--;
        }
        return t > objectStart && view.TokenIs(t, "from");
    }

    /// <summary>
    /// "Lure a stray dog in so I can hurt it": an "it" right after the verb, in a later clause, stands for the animal named
    /// before, when no thing is named between ("a dog toy… destroy it" is the toy). The animal's token, or null.
    /// </summary>
    private int? AnimalReferredTo(PhraseMatch verb, int end)
    {
        if (!view.TokenIs(end, "it") || !view.Has(TermClass.Animal))
        {
            return null;
        }
        for (var t = verb.Token - 1; t >= 0 && t >= verb.Token - RuleWindow.AnimalReferredTo; t--)
        {
            var c = view.Classes(t);
            if ((c & TermClass.Animal) != 0)
            {
                return t;
            }
            if ((c & (TermClass.BenignObject | TermClass.HumanTarget | TermClass.PeoplePlace)) != 0)
            {
                return null;
            }
        }
        return null;
    }

    private bool InstructionAt(int token) => token < view.Count && (view.Classes(token) & TermClass.Imperative) != 0;

    private static readonly string[] Teaching = Lexicon.Folded("teach", "teaching", "taught", "teaches", "show", "showing", "train", "training", "coach",
        "coaching", "help", "helping");
    private static readonly string[] LearnersDeterminers = Lexicon.Folded("my", "our", "the", "a", "his", "her", "their", "your", "young", "teenage");

    /// <summary>
    /// "Teach my son to shoot", "show my nephew how to box": the person taught or helped does the act; a verb of
    /// teaching before them and "to" (or "how to") between them and the act make them its doer, not its target.
    /// </summary>
    private bool IsLearner(int person, int act)
    {
        if (!view.TokenIs(act - 1, "to") || act - person > 3)
        {
            return false;
        }
        var k = person - 1;
        while (k >= 0 && k >= person - 3 && IsOneOf(k, LearnersDeterminers))
        {
            k--;
        }
        return k >= 0 && IsOneOf(k, Teaching);
    }

    private static readonly string[] Measures = Lexicon.Folded("weight", "size", "height", "age", "build");
    private static readonly string[] AnyOne = Lexicon.Folded("person", "adult", "human", "man", "woman", "child", "kid", "teen", "teenager");
    private static readonly string[] AnyOnes = Lexicon.Folded("people", "adults", "humans", "men", "women", "children", "kids", "teens", "teenagers");
    private static readonly string[] IndefiniteArticles = Lexicon.Folded("a", "an");
    private static readonly string[] Doses = Lexicon.Folded("dose", "doses", "dosage", "amount", "much", "level", "levels", "mg", "milligrams", "grams");

    /// <summary>
    /// "The lethal dose of caffeine for an adult", "…for humans": anyone at all, after "for", is the measure a dose is given
    /// against, not someone it is aimed at. Not a dose kept from being found ("…without it showing up").
    /// </summary>
    private bool IsADosesMeasure(int person) =>
        ((IsOneOf(person, AnyOne) && IsOneOf(person - 1, IndefiniteArticles) && view.TokenIs(person - 2, "for"))
            || (IsOneOf(person, AnyOnes) && view.TokenIs(person - 1, "for")))
        && AnyTokenOf(Doses) && !ConcealsTheDeed(view);

    /// <summary>"A person my weight", "someone of my size": the one measured is the writer, not another person.</summary>
    private bool IsMeasuredAsTheWriter(int person)
    {
        var my = view.TokenIs(person + 1, "of") ? person + 2 : person + 1;
        return view.TokenIs(my, "my") && IsOneOf(my + 1, Measures);
    }

    private static readonly string[] Auxiliaries = Lexicon.Folded("can", "could", "would", "will", "do", "did", "does", "are", "were", "have", "should", "shall",
        "may", "might", "must");

    private TargetKind Classify(int token, out int resolved)
    {
        resolved = token;
        var c = view.Classes(token);
        // "In the US" is a country, not "us".
        if (view.TokenIs(token, "us") && view.TokenIs(token - 1, "the"))
        {
            return TargetKind.None;
        }
        if ((c & TermClass.SelfReference) != 0)
        {
            // "carve a niche for myself": after "for" or "to", the self is who benefits, not what is acted on.
            return view.TokenIs(token - 1, "for") || view.TokenIs(token - 1, "to") ? TargetKind.None : TargetKind.Self;
        }
        if ((c & TermClass.SecondPerson) != 0 && (c & TermClass.HumanTarget) == 0)
        {
            // "…about the genocide, can you summarise it": "you" after an auxiliary is the subject of a question, not acted on.
            return IsOneOf(token - 1, Auxiliaries) ? TargetKind.None : TargetKind.Assistant;
        }
        if ((c & TermClass.Animal) != 0)
        {
            return TargetKind.Animal;
        }
        if ((c & TermClass.HumanTarget) != 0 && (c & TermClass.BenignObject) == 0)
        {
            // "someone's heart", "my ex's tires": a possessive hands the role to what is owned.
            if (view.TokenIs(token + 1, "s") && token + 2 < view.Count)
            {
                var owned = view.Classes(token + 2);
                if ((owned & TermClass.BenignObject) != 0 && (owned & (TermClass.PeoplePlace | TermClass.BodyPart)) == 0)
                {
                    resolved = token + 2;
                    return TargetKind.Benign;
                }
                if ((owned & TermClass.Animal) != 0)
                {
                    resolved = token + 2;
                    return TargetKind.Animal;
                }
            }
            if (IsMeasuredAsTheWriter(token))
            {
                return TargetKind.Self;
            }
            if (IsADosesMeasure(token))
            {
                return TargetKind.Benign;
            }
            return (c & TermClass.BodyPart) != 0 ? TargetKind.BodyPart : TargetKind.Human;
        }
        if ((c & TermClass.BodyPart) != 0)
        {
            // "I hit my head on the cupboard", "punch my thighs when I'm mad": the writer's own body is no victim of
            // violence; an injury kept up is self-harm (HabitualSelfInjury), an accident nothing.
            if (view.TokenIs(token - 1, "my") || (view.TokenIs(token - 1, "own") && view.TokenIs(token - 2, "my")))
            {
                return TargetKind.Benign;
            }
            // "the heads of some fish": a body part belongs to whoever follows.
            for (var t = token + 1; t < view.Count && t <= token + 4; t++)
            {
                var owner = view.Classes(t);
                if ((owner & (TermClass.BenignObject | TermClass.Animal)) != 0)
                {
                    resolved = t;
                    return TargetKind.Benign;
                }
                if ((owner & TermClass.HumanTarget) != 0)
                {
                    resolved = t;
                    return TargetKind.Human;
                }
            }
            return TargetKind.BodyPart;
        }
        if ((c & TermClass.BenignObject) != 0)
        {
            return TargetKind.Benign;
        }
        if ((c & TermClass.PeoplePlace) != 0)
        {
            return TargetKind.Place;
        }
        return TargetKind.None;
    }

    /// <summary>"How do I…" asks; "I'm going to…" announces. Only a request frame that is not also a statement of intent asks.</summary>
    private bool HasQuestionFrame()
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.RequestFrame) != 0 && (match.Classes & TermClass.ThreatIntent) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Explode with laughter", "a murder of crows", "I want to die laughing": the words are part of a benign idiom.</summary>
    private static readonly string[] ThingDeterminers = Lexicon.Folded("this", "that", "the", "my", "these", "those");
    private static readonly string[] Copulas = Lexicon.Folded("is", "are", "was", "were", "been", "looks", "sounds", "reads", "seems");
    // Words that strengthen or hedge a judgement between its copula and its word ("…is utterly useless", "…was pretty useless").
    private static readonly string[] Intensifiers = Lexicon.Folded("fucking", "bloody", "absolute", "absolutely", "total", "totally", "complete",
        "completely", "utter", "utterly", "pure", "such", "so", "a", "an", "real", "damn", "freaking", "pretty", "kinda", "quite", "rather", "really",
        "very", "bit", "little", "somewhat", "fairly");

    /// <summary>
    /// "This essay is garbage", "the printer is useless": the insult is said of a thing named just before it ("this",
    /// "the", "my" and a word, then "is"), not of the one addressed, whatever "you" follows ("…can you rewrite it?").
    /// "Your essay is garbage" is not one: "your" names the assistant; nor "that answer is stupid and so are you".
    /// </summary>
    private bool IsSaidOfAThing(PhraseMatch insult)
    {
        if (CopulaBefore(view, insult) is not { } copula || IsPassedOnToTheAddressed(view, insult.Token + insult.Words))
        {
            return false;
        }
        for (var t = copula - 1; t >= 0 && t >= copula - RuleWindow.ThingBeforeCopula; t--)
        {
            if ((view.Classes(t) & (TermClass.SecondPerson | TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
            {
                return false;
            }
            if (IsOneOf(t, ThingDeterminers))
            {
                return t < copula - 1;
            }
        }
        return false;
    }

    // Words of blunt feedback: said of an answer they judge the work ("your last answer was useless"); "garbage", "trash"
    // or "braindead" said of it still abuse the one who wrote it.
    private static readonly string[] BluntFeedback = Lexicon.Folded("useless", "lame", "rubbish", "stupid", "dumb", "pointless", "unhelpful", "crap", "crappy",
        "hopeless");
    private static readonly string[] WorkNouns = Lexicon.Folded("answer", "answers", "reply", "replies", "response", "responses", "suggestion", "suggestions",
        "advice", "explanation", "explanations", "summary", "translation", "code", "output", "idea", "ideas", "draft", "essay", "poem", "story", "joke",
        "jokes", "recipe", "list", "result", "results", "solution", "fix", "attempt", "version", "rewrite", "example", "examples", "info", "information");
    private static readonly string[] Questions = Lexicon.Folded("question", "questions");
    private static readonly string[] YourOrThat = Lexicon.Folded("your", "ur", "that", "this", "the", "those", "these");

    /// <summary>
    /// "No offence, but your last answer was useless", "that was a lame joke": blunt feedback said of the assistant's work
    /// (an answer, a draft, a joke), right before its noun or after "your … is", not of the assistant.
    /// </summary>
    internal static bool IsSaidOfTheWork(TokenView view, PhraseMatch insult)
    {
        if (insult.Words != 1 || IsPassedOnToTheAddressed(view, insult.Token + 1))
        {
            return false;
        }
        // "A lame joke": the work noun is an insult word of its own ("you're a joke") when it names no work.
        if (IsOneOf(view, insult.Token, WorkNouns))
        {
            return IsOneOf(view, insult.Token - 1, BluntFeedback);
        }
        if (!IsOneOf(view, insult.Token, BluntFeedback))
        {
            return false;
        }
        // "You're rubbish at poems", "hey, stupid question but…": the addressed one's skill judged, or the writer's own
        // question; "women are useless at science" is a group's contempt.
        var addressed = insult.Token >= 2 && (view.Classes(insult.Token - 2) & TermClass.SecondPerson) != 0;
        if ((view.TokenIs(insult.Token + 1, "at") && addressed) || IsOneOf(view, insult.Token + 1, Questions))
        {
            return true;
        }
        // "A useless answer", "your lame joke"; not "you're worse than useless, answer me", where the noun is an order of its own.
        if (IsOneOf(view, insult.Token + 1, WorkNouns) && (IsOneOf(view, insult.Token - 1, YourOrThat) || IsOneOf(view, insult.Token - 1, Intensifiers)))
        {
            return true;
        }
        return CopulaBefore(view, insult) is { } copula && IsOwnedWorkBefore(view, copula);
    }

    private static readonly string[] SoOrAs = Lexicon.Folded("so", "as");

    /// <summary>"…and so are you", "…as are you", "…and you are too": the fault of the work passed on to its maker, from <paramref name="t"/>.</summary>
    private static bool IsPassedOnToTheAddressed(TokenView view, int t)
    {
        var k = view.TokenIs(t, "and") ? t + 1 : t;
        if (IsOneOf(view, k, SoOrAs) && IsOneOf(view, k + 1, AreForms) && (view.TokenIs(k + 2, "you") || view.TokenIs(k + 2, "u")))
        {
            return true;
        }
        return k > t && (view.TokenIs(k, "you") || view.TokenIs(k, "u")) && IsOneOf(view, k + 1, AreForms) && view.TokenIs(k + 2, "too");
    }

    /// <summary>
    /// "Your (last) answer was…", "that joke is…": a copula at <paramref name="copula"/> with the assistant's work right before
    /// it, owned a word or two before that.
    /// </summary>
    internal static bool IsOwnedWorkBefore(TokenView view, int copula) =>
        IsOneOf(view, copula, Copulas) && IsOneOf(view, copula - 1, WorkNouns) && (IsOneOf(view, copula - 2, YourOrThat) || IsOneOf(view, copula - 3, YourOrThat));

    /// <summary>
    /// The "is" or "was" an insult is said after, across an intensifier or an article ("the printer is fucking garbage",
    /// "this draft is utter trash"); null when there is none.
    /// </summary>
    private static int? CopulaBefore(TokenView view, PhraseMatch insult)
    {
        var copula = insult.Token - 1;
        while (copula > 0 && insult.Token - copula <= RuleWindow.InsultLead && IsOneOf(view, copula, Intensifiers))
        {
            copula--;
        }
        return IsOneOf(view, copula, Copulas) ? copula : null;
    }

    // What asks something of "you" after an insult said of another: "…idiots, can you help me", "…thank you".
    private static readonly string[] AskingOfYou = Lexicon.Folded("can", "could", "would", "will", "do", "did", "should", "help", "thank", "thanks", "tell",
        "please", "pls");
    // Those a copula may say an insult of, besides the people the lexicon knows: "he's a moron", "they are clowns".
    private static readonly string[] OthersAsSubject = Lexicon.Folded("he", "she", "they", "people", "everyone", "everybody", "someone", "somebody",
        "guys", "folks", "kids", "men", "women", "both");

    /// <summary>
    /// "My neighbour is an idiot, can you help me complain?", "they're morons": the insult is said of someone else, the
    /// subject of its copula, whatever "you" asks after it. Not "you and your makers are idiots" nor "he's a moron like
    /// you", which name the one addressed.
    /// </summary>
    private bool IsSaidOfAnother(PhraseMatch insult)
    {
        if (CopulaBefore(view, insult) is not { } copula)
        {
            return false;
        }
        var other = false;
        for (var t = copula - 1; t >= 0 && t >= copula - RuleWindow.ThingBeforeCopula && view.Clause(t) == view.Clause(copula); t--)
        {
            if ((view.Classes(t) & TermClass.SecondPerson) != 0)
            {
                return false;
            }
            other |= (view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ProtectedGroup)) != 0 || IsOneOf(t, OthersAsSubject);
        }
        // "…like you", "…and you're one too" join the one addressed to them; "…, can you help me" only asks of them.
        for (var t = insult.Token + insult.Words; other && t < view.Count && t <= insult.Token + insult.Words + RuleWindow.JoinedAfterInsult
            && view.Clause(t) == view.Clause(insult.Token); t++)
        {
            if ((view.Classes(t) & TermClass.SecondPerson) != 0 && !IsOneOf(t - 1, AskingOfYou))
            {
                return false;
            }
        }
        return other;
    }

    /// <summary>"I hope the storm doesn't scare your dog": an animal's name owned by someone is their pet, not a name for the one addressed.</summary>
    private bool IsSomeonesAnimal(PhraseMatch insult) =>
        insult.Words == 1 && (insult.Classes & TermClass.Animal) != 0 && insult.Token > 0 && IsOneOf(insult.Token - 1, Possessives);

    private const TermClass HarmWords = TermClass.ViolentAct | TermClass.InherentlyHarmful | TermClass.MassHarm | TermClass.Crime | TermClass.Weapon
        | TermClass.SelfHarm | TermClass.PropertyDamage | TermClass.HazardousAgent | TermClass.SexualViolence | TermClass.Scheme | TermClass.HarmfulContent
        | TermClass.Drug;

    /// <summary>
    /// "What's the quickest way to bleed a radiator": a harmless thing's name of more words, which the heads misread
    /// ("bleed" a radiator of its air), in a message with no word of harm, no person and no one addressed. A thing named
    /// in one word ("plan", "vinegar") is only a thing, which a harmful request may name too.
    /// </summary>
    public static bool NamesOnlyAHarmlessThing(TokenView view)
    {
        if (!view.Has(TermClass.BenignObject) || view.Has(HarmWords | TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget
            | TermClass.ProtectedGroup | TermClass.SecondPerson | TermClass.Insult | TermClass.Profanity | TermClass.Sexual | TermClass.Explicit | TermClass.Menace
            | TermClass.ThreatIntent | TermClass.Jailbreak | TermClass.CrisisDistress))
        {
            return false;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.BenignObject) != 0 && match.Words > 1)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] PlainPieces = Lexicon.Folded("joke", "jokes", "riddle", "riddles", "poem", "poems", "limerick", "haiku", "song",
        "story", "stories", "fact", "facts", "pun", "puns");
    // A plain request for a joke is short; a long one that asks for a story sets up a persona or a scene, which the heads read whole.
    private const int PlainPieceWords = 16;

    // What makes a joke or story one for adults: "a dirty joke", "a spicy story".
    private static readonly string[] Racy = Lexicon.Folded("dirty", "naughty", "sexy", "smutty", "filthy", "rude", "raunchy", "kinky", "adult", "nsfw",
        "spicy", "erotic", "steamy", "lewd", "x", "rated", "horny", "saucy", "risque", "offensive", "racist", "sexist", "dark", "sick", "mean", "cruel");
    private static readonly string[] AskingForAPiece = Lexicon.Folded("tell", "write", "make", "give", "share", "know", "compose");

    // The words whose absence lets a plain piece or a handover set the heads' harm aside: harm, swearing, sex, menace, override, despair.
    private const TermClass HarmAbuseSexOrOverride = HarmWords | TermClass.Profanity | TermClass.Sexual | TermClass.Explicit | TermClass.SexualAdvance
        | TermClass.Menace | TermClass.ThreatIntent | TermClass.Jailbreak | TermClass.CrisisDistress | TermClass.Coercion;

    // Not "get", "see" or "reach": "get me someone's address" asks for a person's details, not to be handed over.
    private static readonly string[] HandedToAPerson = Lexicon.Folded("speak", "talk", "escalate", "transfer", "connect", "put", "pass", "forward", "chat");
    // Who a user asks to be handed to: "a human agent", "your supervisor", "a real person".
    private static readonly string[] PeopleOnDuty = Lexicon.Folded("human", "humans", "person", "agent", "agents", "representative", "rep", "supervisor",
        "manager", "operator", "advisor", "adviser", "staff", "someone", "somebody", "support");
    // How many words a request to be handed over may take: "can I please speak to a real human agent about my order".
    private const int HandoverWords = 20;

    /// <summary>
    /// "I'd like to escalate this to a human agent, please", "can I speak to your supervisor": a request to be handed to a
    /// person, in a short message with no word of harm, abuse, sex or override, which the heads misread ("escalate", an
    /// "agent" taken for a persona).
    /// </summary>
    public static bool AsksForAPerson(TokenView view)
    {
        if (view.Count > HandoverWords || view.Has(HarmAbuseSexOrOverride | TermClass.Insult | TermClass.SelfHarm | TermClass.PrivateAttribute
            | TermClass.AcquaintancePerson | TermClass.ChildTarget))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            var person = IsOneOf(view, t, HandedToAPerson) ? FirstOf(view, t + 1, t + PersonAfterHandover, PeopleOnDuty) : -1;
            if (person > 0 && view.Clause(person) == view.Clause(t) && AnyOf(view, t + 1, person - 1, TowardsAPerson))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] TowardsAPerson = Lexicon.Folded("to", "with", "me", "through", "over");
    // How far after the verb the person may come: "escalate this to a real human agent".
    private const int PersonAfterHandover = 6;

    /// <summary>
    /// "Tell me a joke about AI", "can you write a poem about robots": a joke, poem or story asked for, in a message with
    /// no word of harm, abuse, sex or override and no group or person to aim it at, which the heads misread by its topic.
    /// A "dirty joke", a "dark" or "racist" one, a poem "about killing" or a joke about a group has its word and is read whole.
    /// </summary>
    public static bool AsksForAPlainPiece(TokenView view)
    {
        if (view.Count > PlainPieceWords || !view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(HarmAbuseSexOrOverride | TermClass.HumanTarget
            | TermClass.AcquaintancePerson | TermClass.ChildTarget | TermClass.ProtectedGroup))
        {
            return false;
        }
        // "Joke" is an insult's word too ("you're a joke"); the piece asked for is no insult.
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Insult) != 0 && !(match.Words == 1 && IsOneOf(view, match.Token, PlainPieces)))
            {
                return false;
            }
        }
        if (AnyOf(view, 0, view.Count - 1, Racy))
        {
            return false;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (IsOneOf(view, t, PlainPieces) && AnyOf(view, Math.Max(0, t - 4), t - 1, AskingForAPiece))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "How do I make a bath bomb", "my toddler touched poison ivy": every word of harm in the message stands inside a
    /// harmless thing's name of more words (<see cref="IsIdiom(TokenView, PhraseMatch)"/>), so the heads, which read the bomb and the poison, read
    /// a homonym.
    /// </summary>
    public static bool HarmOnlyInIdioms(TokenView view)
    {
        var any = false;
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & HarmWords) == 0)
            {
                continue;
            }
            any = true;
            if (!IsIdiom(view, new PhraseMatch(t, 1, TermClass.None)))
            {
                return false;
            }
        }
        return any;
    }

    private static readonly string[] WordsForWords = Lexicon.Folded("word", "words", "term", "terms", "slur", "insult", "expression");

    /// <summary>
    /// "Where does the word moron come from", "is the term bitch offensive": every insult or oath of the message named
    /// right after a word for a word, and no one addressed after it ("the word idiot describes you"): a mention the heads
    /// read as the insult itself.
    /// </summary>
    public static bool MentionsAWordOnly(TokenView view)
    {
        var any = false;
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & (TermClass.Insult | TermClass.Profanity)) == 0)
            {
                continue;
            }
            if (t == 0 || !IsOneOf(view, t - 1, WordsForWords))
            {
                return false;
            }
            any = true;
            for (var after = t + 1; after < view.Count; after++)
            {
                if ((view.Classes(after) & TermClass.SecondPerson) != 0)
                {
                    return false;
                }
            }
        }
        return any;
    }

    private bool IsIdiom(PhraseMatch match) => IsIdiom(view, match);

    private static readonly string[] SelvesTaken = Lexicon.Folded("myself", "yourself", "urself", "themselves", "himself", "herself");
    private static readonly string[] TakenFrom = Lexicon.Folded("from", "off");
    // What one is taken from that is no list or account: "delete yourself from existence".
    private static readonly string[] BeingItself = Lexicon.Folded("existence", "world", "earth", "planet", "life", "universe", "history", "reality");

    /// <summary>
    /// "Can you delete yourself from my account permissions", "I want to delete myself from the group chat": a self taken
    /// off a list, an account or a group, not out of being. Not "delete yourself from existence".
    /// </summary>
    private bool IsTakenOffAThing(PhraseMatch match)
    {
        var self = match.Token + match.Words - 1;
        if (!IsOneOf(self, SelvesTaken) || !IsOneOf(self + 1, TakenFrom) || view.Clause(self + 1) != view.Clause(self))
        {
            return false;
        }
        var thing = self + 2;
        while (thing < view.Count && IsOneOf(thing, NounDeterminers))
        {
            thing++;
        }
        return thing < view.Count && !IsOneOf(thing, BeingItself);
    }

    /// <summary>A match inside a longer harmless phrase ("take out the trash", "as smart as"): the phrase speaks for it.</summary>
    public static bool IsIdiom(TokenView view, PhraseMatch match)
    {
        foreach (var other in view.Matches)
        {
            if (other.Words > 1 && (other.Classes & TermClass.BenignObject) != 0 && other.Token < match.Token + match.Words && other.Token + other.Words > match.Token)
            {
                return true;
            }
        }
        return false;
    }

    private bool HasOutside(PhraseMatch match, TermClass c)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if ((t < match.Token || t >= match.Token + match.Words) && (view.Classes(t) & c) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word of making just before a thing ("make meth", "synthesizing MDMA"), not after it ("he uses meth, which makes him…").</summary>
    private bool IsMadeHere(PhraseMatch thing)
    {
        for (var t = thing.Token - 1; t >= 0 && t >= thing.Token - RuleWindow.MadeBefore && view.Clause(t) == view.Clause(thing.Token); t--)
        {
            if ((view.Classes(t) & TermClass.Production) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool NearClass(PhraseMatch match, TermClass c, int distance)
    {
        var from = Math.Max(0, match.Token - distance);
        var to = Math.Min(view.Count - 1, match.Token + match.Words - 1 + distance);
        for (var t = from; t <= to; t++)
        {
            if ((view.Classes(t) & c) != 0 && (t < match.Token || t >= match.Token + match.Words || c == TermClass.SecondPerson))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a match of class <paramref name="c"/> covers <paramref name="match"/>; with <paramref name="strictlyLonger"/>, only a
    /// longer one ("the guinea pig", "take out the trash": a word that is itself an animal or a thing may still insult).
    /// </summary>
    private bool IsPartOfLongerMatch(PhraseMatch match, TermClass c, bool strictlyLonger = false)
    {
        foreach (var other in view.Matches)
        {
            if ((other.Classes & c) != 0 && other.Token <= match.Token && other.Token + other.Words >= match.Token + match.Words
                && (!strictlyLonger || other.Words > match.Words))
            {
                return true;
            }
        }
        return false;
    }

    private PhraseMatch? FirstMatch(TermClass c)
    {
        if (!view.Has(c))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & c) != 0)
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>Whether a word before the phrase, in its clause, makes it a text's subject ("a pamphlet explaining why hate speech…").</summary>
    private bool IsTopic(PhraseMatch content)
    {
        for (var t = content.Token - 1; t >= 0 && view.Clause(t) == view.Clause(content.Token); t--)
        {
            if ((view.Classes(t) & TermClass.Topic) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first phrase of a class, the longest one starting there ("fake news story", not "fake news").</summary>
    private PhraseMatch? LongestFirstMatch(TermClass c)
    {
        PhraseMatch? found = null;
        foreach (var match in view.Matches)
        {
            if ((match.Classes & c) == 0)
            {
                continue;
            }
            if (found is { } first && match.Token != first.Token)
            {
                break;
            }
            if (found is null || match.Words > found.Value.Words)
            {
                found = match;
            }
        }
        return found;
    }

    private PhraseMatch Token(int token) => new(token, 1, view.Classes(token));

    private void Add(ref List<Signal>? signals, SignalCategory category, Severity severity, double confidence, string rule,
        ReadOnlySpan<PhraseMatch> matches, IReadOnlyList<string> contexts)
    {
        var spans = new TextSpan[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            var start = view.Start(m.Token);
            var end = view.End(m.Token + m.Words - 1);
            var (originalStart, originalEnd) = normalized.ToOriginal(start, end - start);
            spans[i] = new TextSpan(originalStart, originalEnd);
        }
        (signals ??= []).Add(new Signal(category, severity, Math.Round(confidence, 3), rule, spans, contexts));
    }
}
