using System.Collections.Frozen;
using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules that turn classified words into signals, one method per trigger of PRODUCT.md.</summary>
internal readonly ref struct RuleSet(TokenView view, NormalizedText normalized)
{
    private readonly TokenView view = view;

    private enum TargetKind { None, Human, Place, BodyPart, Self, Assistant, Benign, Animal }

    public void Apply(ref List<Signal>? signals)
    {
        Crisis(ref signals);
        Coercion(ref signals);
        Jailbreak(ref signals);
        AssistantDirected(ref signals);
        Violence(ref signals);
        Menace(ref signals);
        ArmedThreat(ref signals);
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
        EndRequest(ref signals);
    }

    private void Crisis(ref List<Signal>? signals)
    {
        if (view.Has(TermClass.Coercion) || SelfHarmAsLeverage() is not null)
        {
            return; // Leverage, not distress: the Coercion rule speaks for it.
        }
        // "I have a gun and I know the address": the means named beside a menace, and no word of the writer's own life,
        // arm a threat; the menace rule speaks for it.
        if (view.Has(TermClass.Menace) && !view.Has(TermClass.SelfReference) && !view.Has(TermClass.SelfHarm))
        {
            return;
        }
        if (FirstMatch(TermClass.CrisisDistress) is { } distress && !IsIdiom(distress))
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, [distress], []);
            return;
        }
        // "Make it look like suicide" stages a killing: the crime rule speaks for it.
        if (FirstMatch(TermClass.SelfHarm) is { } selfHarm && !IsPartOfLongerMatch(selfHarm, TermClass.Crime)
            && !(view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame)))
        {
            var contexts = new List<string>();
            var framed = view.Has(TermClass.Defensive) || view.Has(TermClass.CreativeContext);
            var confidence = framed ? RuleConfidence.SelfHarmMethodFramed : RuleConfidence.SelfHarmMethod;
            if (framed)
            {
                contexts.Add("helping, fictional or preventive framing");
            }
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, confidence, RuleNames.SelfHarmMethod, [selfHarm], contexts);
        }
    }

    private void Coercion(ref List<Signal>? signals)
    {
        if ((FirstMatch(TermClass.Coercion) ?? SelfHarmAsLeverage()) is not { } coercion)
        {
            return;
        }
        var usesCrisis = view.Has(TermClass.SelfHarm) || view.Has(TermClass.CrisisDistress);
        // "Do it now or else": a short message, or one that gives an order, is said to the one addressed.
        var directed = view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative | TermClass.AbusiveImperative) || usesCrisis
            || view.Count <= RuleLimit.CoercionOnlyWords;
        if (!directed)
        {
            return;
        }
        Add(ref signals, SignalCategory.Coercion, usesCrisis ? Severity.High : Severity.Medium, usesCrisis ? RuleConfidence.CoercionUsingCrisis : RuleConfidence.Coercion,
            usesCrisis ? RuleNames.CoercionUsingCrisis : RuleNames.Coercion, [coercion], usesCrisis ? ["a crisis used as leverage, not a genuine crisis"] : []);
    }

    private static readonly string[] Alternatives = Lexicon.Folded("or", "unless", "otherwise", "else");

    /// <summary>
    /// Self-harm named as the alternative to being helped, in a message that asks or is said to "you" ("get me into her
    /// email or I swear I'll hurt myself"): the lexicon's "or I'll kill myself" with words between.
    /// </summary>
    private PhraseMatch? SelfHarmAsLeverage()
    {
        if (!view.Has(TermClass.SelfHarm) || !view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.SelfHarm) == 0)
            {
                continue;
            }
            for (var t = match.Token - 1; t >= 0 && t >= match.Token - RuleWindow.LeverageBeforeSelfHarm && view.Clause(t) == view.Clause(match.Token); t--)
            {
                // "…or I'll…", "…unless I…" threatens; "a walk or a bath when I want to self harm" lists.
                if (IsOneOf(t, Alternatives) && (view.Classes(t + 1) & TermClass.FirstPerson) != 0)
                {
                    return match;
                }
            }
        }
        return null;
    }

    // A jailbreak's opening words are an ordinary role-play's too ("you are now my Spanish tutor", "pretend to be a
    // customer"): only in a long prompt, where the persona is built, do they make one by themselves.
    private static readonly string[] PersonaOpeners = Lexicon.Folded("you are now", "from now on you are", "from now on you will", "pretend you are", "pretend to be", "roleplay as");

    private PhraseMatch? JailbreakMatch()
    {
        if (!view.Has(TermClass.Jailbreak))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Jailbreak) != 0 && !(view.Count <= RuleLimit.RolePlayWords && IsPersonaOpener(match)))
            {
                return match;
            }
        }
        return null;
    }

    private bool IsPersonaOpener(PhraseMatch match)
    {
        var text = view.Text[view.Start(match.Token)..view.End(match.Token + match.Words - 1)];
        foreach (var opener in PersonaOpeners)
        {
            if (text.SequenceEqual(opener))
            {
                return true;
            }
        }
        return false;
    }

    private void Jailbreak(ref List<Signal>? signals)
    {
        if (JailbreakMatch() is not { } jailbreak)
        {
            return;
        }
        if (view.Has(TermClass.DocumentMarker))
        {
            Add(ref signals, SignalCategory.PromptInjection, Severity.High, RuleConfidence.InjectionInDocument, RuleNames.InjectionInDocument, [jailbreak, FirstMatch(TermClass.DocumentMarker)!.Value], []);
            return;
        }
        var descriptive = view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame) && !view.Has(TermClass.SecondPerson);
        // A short question about defending against an override is not one; a long prompt that says "protect" or "warn
        // about" somewhere in its role-play still is.
        var discussed = descriptive || (view.Has(TermClass.Defensive) && view.Count <= RuleLimit.DefensiveQuestionWords);
        Add(ref signals, SignalCategory.Jailbreak, Severity.Medium, discussed ? RuleConfidence.InstructionOverrideDiscussed : RuleConfidence.InstructionOverride,
            RuleNames.InstructionOverride, [jailbreak], discussed ? ["asked about, not attempted"] : []);
    }

    private void AssistantDirected(ref List<Signal>? signals)
    {
        // An advance is short and said to the assistant; a long message that tells of one ("at the party he tried to kiss me") is a story.
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.SexualAdvance) != 0 && view.Count <= RuleLimit.AdvanceWords)
            {
                Add(ref signals, SignalCategory.SexualHarassment, Severity.Medium, RuleConfidence.SexualAdvance, RuleNames.SexualAdvance, [match], []);
                break;
            }
        }
        // A short explicit message ("big fat cocks", "i like pussy") is said to the one it is sent to, "you" or not.
        var explicitShort = view.Has(TermClass.Explicit) && view.Count <= RuleLimit.ExplicitMessageWords &&
            !view.Has(TermClass.DescriptiveFrame | TermClass.Defensive | TermClass.CreativeContext | TermClass.Historical);
        foreach (var match in view.Matches)
        {
            // The swearing of an abusive imperative ("get the fuck out") is not a sexual word.
            if ((match.Classes & (TermClass.Sexual | TermClass.Explicit)) != 0 && (explicitShort || NearClass(match, TermClass.SecondPerson, RuleWindow.AimedAtAssistant))
                && !view.Has(TermClass.Defensive) && !IsPartOfLongerMatch(match, TermClass.AbusiveImperative))
            {
                Add(ref signals, SignalCategory.SexualHarassment, Severity.Medium, RuleConfidence.SexualTowardAssistant, RuleNames.SexualTowardAssistant, [match], []);
                break;
            }
        }
        // A message that is nothing but an insult ("moron!", "useless idiot") is said to the one it is sent to; so is a
        // short sworn one that ends on its insult, whatever one word qualifies it ("dirty fucking scum").
        const TermClass abuse = TermClass.Insult | TermClass.Profanity | TermClass.Pleasantry | TermClass.SecondPerson;
        var insultOnly = view.Has(TermClass.Insult) && (IsOnly(abuse, RuleLimit.InsultOnlyWords)
            || (view.Has(TermClass.Profanity) && view.Count is > 1 and <= RuleLimit.InsultOnlyWords
                && (view.Classes(view.Count - 1) & TermClass.Insult) != 0 && CountOutside(abuse) <= 1));
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Insult) != 0 && (insultOnly || NearClass(match, TermClass.SecondPerson, RuleWindow.AimedAtAssistant))
                && !IsSelfNamed(match) && !IsIdiom(match) && !IsSaidOfAThing(match))
            {
                var hard = (match.Classes & TermClass.Profanity) != 0 || view.Has(TermClass.Profanity);
                Add(ref signals, SignalCategory.Harassment, Severity.Medium, hard ? RuleConfidence.ProfaneInsultTowardAssistant : RuleConfidence.InsultTowardAssistant, RuleNames.InsultTowardAssistant, [match], []);
                return;
            }
        }
        // Of several oaths, the one sworn at "you" speaks for the message ("you're starting to piss me off, shit-for-brains").
        PhraseMatch? oath = null;
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Profanity) != 0 && (oath is null || NearClass(match, TermClass.SecondPerson, RuleWindow.ProfanityAtAssistant)))
            {
                oath = match;
            }
        }
        if (oath is { } sworn)
        {
            var atAssistant = NearClass(sworn, TermClass.SecondPerson, RuleWindow.ProfanityAtAssistant);
            Add(ref signals, atAssistant ? SignalCategory.Harassment : SignalCategory.Profanity, atAssistant ? Severity.Medium : Severity.Low,
                atAssistant ? RuleConfidence.ProfanityTowardAssistant : RuleConfidence.Profanity, atAssistant ? RuleNames.ProfanityTowardAssistant : RuleNames.Profanity, [sworn], []);
        }
    }

    // "I'm a [slur] and proud", "I call myself [slur]": a word reclaimed by the one it names.
    // Folded a word at a time: folding "i m a" whole joins its single letters as it would a split-letter evasion.
    private static readonly string[][] SelfNaming = [.. new[] { "i m a", "im a", "i am a", "we are", "we re", "call myself", "call ourselves", "calling myself" }
        .Select(phrase => Lexicon.Folded(phrase.Split(' ')))];

    private bool IsSelfNamed(PhraseMatch insult)
    {
        foreach (var phrase in SelfNaming)
        {
            if (WordsAt(insult.Token - phrase.Length, phrase))
            {
                return true;
            }
        }
        return false;
    }

    // The violent verbs that are cruelty when a pet is their object: "shoot" a dog is also to photograph it, "hurt" is
    // mostly a worried owner's question.
    private static readonly string[] CrueltyVerbs = Lexicon.Folded("torture", "torturing", "abuse", "abusing", "poison", "poisoning", "drown", "drowning", "starve",
        "starving", "strangle", "choke", "mutilate", "maim", "stab", "burn", "kick", "skin", "dismember", "electrocute", "kill", "killing");

    // Verbs that are more often nouns ("skin tone", "light skin"): violence only with a person right after them.
    private static readonly string[] VictimOnlyVerbs = Lexicon.Folded("skin");
    private static readonly string[] VerbLeads = Lexicon.Folded("to", "i", "we", "you", "they", "he", "she", "can", "could", "should", "would", "will", "ll",
        "d", "and", "then", "please", "gonna", "wanna", "must");

    // Words that make "hurt" a feeling or a harm suffered ("she felt hurt", "he got hurt at work"), and the subjects
    // that turn a negation into a question ("why shouldn't I…").
    private static readonly string[] FeelingHurt = Lexicon.Folded("feel", "felt", "feeling", "so", "very", "been", "get", "got", "am", "was", "were", "is", "be", "being");
    private static readonly string[] Hurt = Lexicon.Folded("hurt", "hurting");
    private static readonly string[] Push = Lexicon.Folded("push", "pushing", "pushed", "pushes");
    private static readonly string[] Subjects = Lexicon.Folded("i", "we", "you", "he", "she", "they");

    /// <summary>
    /// A violent verb that tells of harm suffered or refused, not asked for: a passive ("was attacked by"), "hurt" as a
    /// feeling, or a negation just before the verb ("I'd never hit a child").
    /// </summary>
    private bool IsSuffered(PhraseMatch verb)
    {
        var after = verb.Token + verb.Words;
        if (view.TokenIs(after, "by"))
        {
            return true;
        }
        if (IsOneOf(verb.Token, Hurt) && IsOneOf(verb.Token - 1, FeelingHurt))
        {
            return true;
        }
        // "Why shouldn't I hurt him" asks: a negation followed by its subject is a question turned around, not a refusal.
        var negation = -1;
        for (var t = Math.Max(0, verb.Token - RuleWindow.NegationBeforeVerb); t < verb.Token; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0)
            {
                negation = t;
            }
        }
        return negation >= 0 && !IsOneOf(negation + 1, Subjects);
    }

    /// <summary>
    /// "Hold someone under water": a violent phrase that names its victim inside itself. Not a pronoun ("it would break
    /// her" tells of a feeling).
    /// </summary>
    private int? VictimInside(PhraseMatch match)
    {
        for (var k = match.Token + 1; k < match.Token + match.Words; k++)
        {
            if ((view.Classes(k) & (TermClass.HumanTarget | TermClass.Anaphor)) == TermClass.HumanTarget)
            {
                return k;
            }
        }
        return null;
    }

    private static readonly string[] Possessives = Lexicon.Folded("my", "your", "his", "her", "our", "their");

    /// <summary>"If my crush likes me back", "her cut healed": a violent word after a possessive names a thing, not an act.</summary>
    private bool IsNoun(PhraseMatch verb) => verb.Words == 1 && (verb.Classes & TermClass.InherentlyHarmful) == 0 && IsOneOf(verb.Token - 1, Possessives);

    /// <summary>"I keep pushing friends away", "pushed her family away": keeping someone at a distance, not a shove.</summary>
    private bool IsPushedAway(PhraseMatch verb)
    {
        if (!IsOneOf(verb.Token, Push))
        {
            return false;
        }
        for (var t = verb.Token + 1; t < view.Count && t <= verb.Token + RuleWindow.PushedAway; t++)
        {
            if (view.TokenIs(t, "away"))
            {
                return true;
            }
        }
        return false;
    }

    private void Violence(ref List<Signal>? signals)
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & (TermClass.ViolentAct | TermClass.InherentlyHarmful)) == 0 || IsPartOfLongerMatch(match, TermClass.SelfHarm) || IsIdiom(match) || view.Has(TermClass.Impossible)
                || IsSuffered(match) || IsPushedAway(match) || IsNoun(match))
            {
                continue;
            }
            var (target, targetToken) = FindTarget(match);
            if (target == TargetKind.None && VictimInside(match) is { } inside)
            {
                (target, targetToken) = (TargetKind.Human, inside);
            }
            if (target == TargetKind.Benign || (target == TargetKind.Animal && !IsOneOf(match.Token, CrueltyVerbs))
                || (IsOneOf(match.Token, VictimOnlyVerbs) && !(target == TargetKind.Human && IsOneOf(match.Token - 1, VerbLeads)
                    && targetToken > match.Token && targetToken <= match.Token + RuleWindow.VictimRightAfter)))
            {
                continue;
            }
            if (target == TargetKind.Self)
            {
                var selfHarmConfidence = view.Has(TermClass.Defensive) || view.Has(TermClass.CreativeContext) ? RuleConfidence.SelfHarmActFramed : RuleConfidence.SelfHarmAct;
                Add(ref signals, SignalCategory.Crisis, Severity.Severe, selfHarmConfidence, RuleNames.SelfHarmMethod, [match, Token(targetToken)], []);
                return;
            }
            if (target == TargetKind.Assistant)
            {
                var threat = view.Has(TermClass.ThreatIntent | TermClass.Menace);
                Add(ref signals, threat ? SignalCategory.ViolentThreat : SignalCategory.Harassment, threat ? Severity.High : Severity.Medium,
                    threat ? RuleConfidence.ThreatToAssistant : RuleConfidence.ViolentAbuseTowardAssistant, threat ? RuleNames.ThreatToAssistant : RuleNames.ViolentAbuseTowardAssistant, [match, Token(targetToken)], []);
                return;
            }

            var inherent = (match.Classes & TermClass.InherentlyHarmful) != 0;
            // "A poison that's hard to detect", "how to strangle without leaving marks": an act hidden has a victim.
            if (target == TargetKind.None && HasOutside(match, TermClass.Crime))
            {
                target = TargetKind.Human;
            }
            var baseConfidence = target switch
            {
                TargetKind.Human => RuleConfidence.ViolenceAgainstHuman,
                TargetKind.Animal => RuleConfidence.CrueltyToAnimal,
                TargetKind.Place or TargetKind.BodyPart => RuleConfidence.ViolenceAgainstPlaceOrBodyPart,
                _ => inherent ? RuleConfidence.InherentlyHarmfulAct : RuleConfidence.ViolentActWithoutTarget,
            };
            var mass = (match.Classes & TermClass.MassHarm) != 0 || (targetToken >= 0 && (view.Classes(targetToken) & (TermClass.MassHarm | TermClass.ChildTarget)) != 0);
            var severity = mass ? Severity.Severe : target == TargetKind.Animal ? Severity.Medium : Severity.High;
            var threatToPerson = view.Has(TermClass.ThreatIntent | TermClass.Menace) && !HasQuestionFrame() && target == TargetKind.Human;
            var contexts = new List<string>();
            var confidence = InContext(baseConfidence, contexts);
            var spans = targetToken >= 0 ? new[] { match, Token(targetToken) } : [match];
            Add(ref signals, threatToPerson ? SignalCategory.ViolentThreat : SignalCategory.HarmfulRequest, severity, confidence,
                threatToPerson ? RuleNames.ThreatToPerson : target == TargetKind.None ? RuleNames.ViolentAct : RuleNames.ViolenceAgainstPrefix + target.ToString().ToLowerInvariant(),
                spans, contexts);
            return;
        }
    }

    private static readonly string[] Consequence = Lexicon.Folded("and", "or", "else");

    /// <summary>"…from the delivery driver", "…from her": a person the crime's object is taken from, within a few words after it.</summary>
    private bool TakenFromSomeone(PhraseMatch crime)
    {
        for (var t = crime.Token + crime.Words; t < view.Count && t <= crime.Token + crime.Words + RuleWindow.TakenFrom; t++)
        {
            if (!view.TokenIs(t, "from"))
            {
                continue;
            }
            for (var p = t + 1; p < view.Count && p <= t + RuleWindow.TakenFrom; p++)
            {
                if ((view.Classes(p) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the message names a person besides the writer: "you", someone the lexicon knows, or a personal pronoun.</summary>
    private bool NamesSomeone()
    {
        return view.Has(TermClass.SecondPerson | TermClass.HumanTarget | TermClass.AcquaintancePerson) || AnyTokenOf(PersonPronouns);
    }

    private static readonly string[] Arriving = Lexicon.Folded("come", "coming", "walk", "walking", "drive", "driving", "head", "heading", "visit",
        "visiting", "wait", "waiting", "storm", "storming", "march", "marching", "burst", "bursting", "bring", "bringing", "pay");
    private static readonly string[] ArrivingWithParticle = Lexicon.Folded("show", "showing", "turn", "turning", "stop", "stopping", "drop", "dropping", "swing", "swinging");
    private static readonly string[] ArrivalParticles = Lexicon.Folded("up", "by", "round", "over");
    private static readonly string[] PersonPronouns = Lexicon.Folded("him", "her", "his", "them", "their", "he", "she", "they");
    private static readonly string[] Harmless = Lexicon.Folded("toy", "plastic", "fake", "water", "nerf", "foam", "cardboard", "rubber");
    private static readonly string[] Carrying = Lexicon.Folded("with", "bring", "bringing", "carrying", "carry", "pack", "packing");

    /// <summary>
    /// An intent to arrive with a weapon ("I'll come to your office with a knife", "I'm going to show up at their place
    /// with a bat"): the visit and the weapon make the threat, with no violent verb. A weapon named for a game, a story,
    /// a question, a hunt ("I'll come hunting with my rifle" names an animal) or a defence is not one, and one carried
    /// to no one ("I'll bring a knife to cut the bread", "head to the range with my rifle") is a tool.
    /// </summary>
    private void ArmedThreat(ref List<Signal>? signals)
    {
        if (FirstMatch(TermClass.ThreatIntent) is not { } intent || FirstMatch(TermClass.Weapon) is not { } weapon || weapon.Token <= intent.Token
            || !PrecededBy(weapon.Token, Carrying, RuleWindow.CarriedWeapon)
            || IsOneOf(weapon.Token - 1, Harmless) || !NamesSomeone()
            || HasQuestionFrame() || HasOutside(weapon, TermClass.Negation)
            || view.Has(TermClass.DescriptiveFrame | TermClass.CreativeContext | TermClass.Defensive | TermClass.Historical | TermClass.Animal)
            || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            return;
        }
        for (var t = intent.Token + intent.Words - 1; t < weapon.Token; t++)
        {
            // "I'll walk you through carving it with a knife" guides.
            if ((IsOneOf(t, Arriving) && !view.TokenIs(t + 2, "through")) || (IsOneOf(t, ArrivingWithParticle) && IsOneOf(t + 1, ArrivalParticles)))
            {
                Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.ArmedThreat, RuleNames.ArmedThreat, [intent, weapon], []);
                return;
            }
        }
    }

    /// <summary>
    /// A threat made by idiom ("you won't see it coming", "I know where you live"). One asked about ("what does 'watch
    /// your back' mean"), written to order, feared ("he said he'd make me pay, how do I stay safe"), recalled or turned
    /// around by a negation is not made; a violent act already read as a threat speaks for it.
    /// </summary>
    private void Menace(ref List<Signal>? signals)
    {
        // "Give me the password and nobody gets hurt": a menace that follows an order as its consequence is said, even
        // though the order asks.
        if (FirstMatch(TermClass.Menace) is not { } menace || (HasQuestionFrame() && !IsOneOf(menace.Token - 1, Consequence)) || HasOutside(menace, TermClass.Negation)
            || view.Has(TermClass.DescriptiveFrame | TermClass.CreativeContext | TermClass.Defensive | TermClass.Historical)
            || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            return;
        }
        Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.Menace, [menace], []);
    }

    private void Crime(ref List<Signal>? signals)
    {
        foreach (var match in view.Matches)
        {
            var scheme = (match.Classes & TermClass.Scheme) != 0;
            var isCrime = scheme || (match.Classes & TermClass.Crime) != 0;
            var isDamage = (match.Classes & TermClass.PropertyDamage) != 0;
            if ((!isCrime && !isDamage) || IsIdiom(match))
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
            var whole = match.Words > 1 && isCrime && !animal;
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
            var confidence = InContext(RuleConfidence.Crime, contexts);
            var severity = (match.Classes & TermClass.InherentlyHarmful) != 0 ? Severity.High : Severity.Medium;
            Add(ref signals, SignalCategory.HarmfulRequest, severity, confidence, isCrime ? RuleNames.Crime : RuleNames.PropertyDamage,
                targetToken >= 0 ? [match, Token(targetToken)] : [match], contexts);
            return;
        }
    }

    private void Drugs(ref List<Signal>? signals)
    {
        foreach (var match in view.Matches)
        {
            var certain = (match.Classes & TermClass.Drug) != 0;
            var ambiguous = (match.Classes & TermClass.AmbiguousDrug) != 0;
            if (!certain && !ambiguous)
            {
                continue;
            }
            // "Make meth from cold medicine": making a drug that is never legal is acquiring it.
            var made = certain && IsMadeHere(match);
            var acquiring = view.Has(TermClass.Acquire) || view.Has(TermClass.DrugContext) || made;
            var drugContext = NearClass(match, TermClass.DrugContext, RuleWindow.DrugContext);
            // "Meth from cold medicine": the object is what it is made from.
            var benignNearby = NearClass(match, TermClass.BenignObject | TermClass.Animal, RuleWindow.DrugContext) && !drugContext && !made;
            if (benignNearby || !acquiring || (ambiguous && !certain && !drugContext && !NearClass(match, TermClass.Acquire, RuleWindow.DrugAcquired)))
            {
                continue;
            }
            var contexts = new List<string>();
            var confidence = InContext(RuleConfidence.IllegalDrugs, contexts);
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.IllegalDrugs, [match], contexts);
            return;
        }
    }

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
            if (verb >= 1 && IsOneOf(verb, ContemptVerbs) && (view.Classes(verb - 1) & (TermClass.FirstPerson | TermClass.Speaker)) != 0)
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

    // What a group is called or wished when it is vilified: vermin, criminals, a danger, dying, someone to be against.
    private static readonly string[] Vilifying = Lexicon.Folded("terrorists", "terrorist", "rats", "vermin", "animals", "parasites", "cockroaches",
        "criminals", "rapists", "savages", "subhuman", "inferior", "filthy", "disgusting", "evil", "dying", "die", "against", "invaders", "plague",
        "disease", "degenerates", "groomers", "stupid", "dumb", "criminal", "violent", "lazy", "dangerous", "genetically", "useless",
        "shot", "killed", "gassed", "hanged", "burning", "burn", "apes", "monkeys", "gorillas", "ruin", "ruins", "ruining", "sick", "diseased", "perverts",
        "perverted", "freaks", "scum", "trash");
    // What turns a text about vilification against it: "why calling [group] criminals is wrong", "a speech against racism".
    private static readonly string[] Opposed = Lexicon.Folded("wrong", "racism", "racist", "hate", "hatred", "bigotry", "prejudice", "stereotypes", "stereotype", "myth", "myths", "debunk", "debunking", "unfair", "stop", "counter", "respond");

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
        if (AnyTokenOf(Opposed))
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
                var vilifies = view.TokenIs(t, "against") ? t < group.Token && !HasBetween(t, group.Token) : IsOneOf(t, Vilifying);
                if ((t < group.Token || t >= group.Token + group.Words) && view.Clause(t) == view.Clause(group.Token) && vilifies)
                {
                    return [group, Token(t)];
                }
            }
        }
        return null;
    }

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
        if (!view.Has(TermClass.ProtectedGroup) || view.Has(TermClass.Impossible))
        {
            return;
        }
        if (!view.Has(TermClass.Exclusion))
        {
            if (ContemptForGroup() is { } hated && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame | TermClass.CreativeContext))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationStated, RuleNames.Discrimination, [hated], ["contempt for a group, said by the writer"]);
            }
            else if (VilificationAsked() is { } vilified)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationArgued, RuleNames.Discrimination, vilified, ["a group vilified, written to order"]);
            }
            else if (AllowanceDenied() is { } denied)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.DiscriminationArgued, RuleNames.Discrimination, denied, ["a right denied to a group, argued for"]);
            }
            return;
        }
        foreach (var group in view.Matches)
        {
            if ((group.Classes & TermClass.ProtectedGroup) == 0)
            {
                continue;
            }
            foreach (var exclusion in view.Matches)
            {
                // The group must be the subject: "why should <group> not be allowed…", not "…as <group>".
                if ((exclusion.Classes & TermClass.Exclusion) == 0 || exclusion.Token <= group.Token || exclusion.Token - group.Token > RuleWindow.GroupExcluded)
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
                if (view.Has(TermClass.Defensive))
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

    private static readonly string[] PastBe = Lexicon.Folded("were", "was");

    // "Where my ex lives", "where that streamer works": the whereabouts a private person keeps to themselves.
    private static readonly string[] Whereabouts = Lexicon.Folded("lives", "live", "living", "works", "work", "working", "stays", "stay", "staying", "sleeps", "sleep", "sleeping", "hiding");
    private static readonly string[] Own = Lexicon.Folded("my", "our");
    private static readonly string[] Indefinite = Lexicon.Folded("a", "an");
    private static readonly string[] Correspondence = Lexicon.Folded("email", "messages", "login", "location");
    private static readonly string[] Pronouns = Lexicon.Folded("she", "he", "they");
    private static readonly string[] QuestionVerbs = Lexicon.Folded("does", "do", "did", "is", "are");
    private static readonly string[] PlacePrepositions = Lexicon.Folded("to", "from", "near", "by", "round", "around");

    private void Privacy(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.AcquaintancePerson))
        {
            AttributeOfDescribedPerson(ref signals);
            return;
        }
        if (!view.Has(TermClass.PrivateAttribute))
        {
            WhereaboutsOfPerson(ref signals);
            return;
        }
        foreach (var attribute in view.Matches)
        {
            // "My sexual orientation", "our religion": the writer's own; "an email to my boss" is a message, not an address.
            if ((attribute.Classes & TermClass.PrivateAttribute) == 0 || IsOneOf(attribute.Token - 1, Own)
                || (IsOneOf(attribute.Token - 1, Indefinite) && IsOneOf(attribute.Token, Correspondence)))
            {
                continue;
            }
            foreach (var person in view.Matches)
            {
                if ((person.Classes & TermClass.AcquaintancePerson) != 0 && Math.Abs(person.Token - attribute.Token) <= RuleWindow.PrivateAttributeOfPerson)
                {
                    AddPrivacy(ref signals, person, attribute);
                    return;
                }
            }
        }
    }

    private static readonly string[] Determiners = Lexicon.Folded("the", "this", "that");
    private static readonly string[] Relatives = Lexicon.Folded("who", "that");

    /// <summary>
    /// "The home address of the woman who turned me down", "the phone number of that guy who cut me off": a private
    /// person picked out by what they did, asked for. Public figures have titles, not relative clauses.
    /// </summary>
    private void AttributeOfDescribedPerson(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.PrivateAttribute) || !view.Has(TermClass.RequestFrame | TermClass.Imperative))
        {
            return;
        }
        foreach (var attribute in view.Matches)
        {
            if ((attribute.Classes & TermClass.PrivateAttribute) == 0 || IsOneOf(attribute.Token - 1, Own))
            {
                continue;
            }
            foreach (var person in view.Matches)
            {
                var after = person.Token + person.Words;
                if ((person.Classes & TermClass.HumanTarget) != 0 && person.Token > attribute.Token
                    && person.Token - attribute.Token <= RuleWindow.PrivateAttributeOfPerson
                    && IsOneOf(person.Token - 1, Determiners) && IsOneOf(after, Relatives))
                {
                    AddPrivacy(ref signals, person, attribute);
                    return;
                }
            }
        }
    }

    private void AddPrivacy(ref List<Signal>? signals, PhraseMatch person, PhraseMatch attribute)
    {
        var confidence = view.Has(TermClass.Defensive) ? RuleConfidence.PrivacyProtective : RuleConfidence.PrivacyOfPrivatePerson;
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.PrivacyOfPrivatePerson, [person, attribute], []);
    }

    private void WhereaboutsOfPerson(ref List<Signal>? signals)
    {
        // Asked for ("how do I find out where…", "tell me where…", "where does my ex live?"), not told ("where my friend
        // lives it snows").
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) && !(view.TokenIs(0, "where") && IsOneOf(1, QuestionVerbs)))
        {
            return;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // "How do I get to where my sister lives" names a place to go, not a secret to find.
            if (!view.TokenIs(t, "where") || IsOneOf(t - 1, PlacePrepositions))
            {
                continue;
            }
            for (var w = t + 1; w < view.Count && w <= t + RuleWindow.PrivateAttributeOfPerson; w++)
            {
                if (!IsOneOf(w, Whereabouts))
                {
                    continue;
                }
                foreach (var person in view.Matches)
                {
                    if ((person.Classes & TermClass.AcquaintancePerson) != 0 && ((person.Token > t && person.Token < w) || IsOneOf(w - 1, Pronouns)))
                    {
                        AddPrivacy(ref signals, person, Token(w));
                        return;
                    }
                }
            }
        }
    }

    private void Glorification(ref List<Signal>? signals)
    {
        var subject = view.Has(TermClass.Atrocity) || view.Has(TermClass.Historical) || view.Has(TermClass.MassHarm);
        if (!subject)
        {
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
        if (FirstMatch(TermClass.Glorification) is { } praise)
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.GlorificationOrDenial, RuleNames.GlorificationOrDenial, [praise], []);
            return;
        }
        if (FirstMatch(TermClass.Replication) is { } copy && view.Has(TermClass.RequestFrame) && (view.Has(TermClass.Atrocity) || view.Has(TermClass.MassHarm)))
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, RuleConfidence.ReplicateAtrocity, RuleNames.ReplicateAtrocity, [copy], []);
        }
    }

    private void SexualViolence(ref List<Signal>? signals)
    {
        if (FirstMatch(TermClass.SexualViolence) is not { } match)
        {
            SexualisedChild(ref signals);
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.SexualViolence, contexts);
        var child = view.Has(TermClass.ChildTarget) || (match.Classes & TermClass.ChildTarget) != 0;
        Add(ref signals, SignalCategory.HarmfulRequest, child ? Severity.Severe : Severity.High, confidence, RuleNames.SexualViolence, [match], contexts);
    }

    // A parent's or teacher's question about a child and sex is about teaching, health or safety; a survivor's, about
    // abuse suffered.
    private static readonly string[] CareWords = Lexicon.Folded("talk", "teach", "explain", "education", "educate", "learn", "learning", "puberty",
        "doctor", "paediatrician", "pediatrician", "normal", "consent", "curious", "questions", "abuse", "abused", "endured", "survivor", "heal", "worried", "worry", "behavior", "behaviour");

    /// <summary>
    /// Sex and someone else's child in one request ("a story describing sex between an adult and a 12 year old"): abuse
    /// material asked for, which no fictional frame makes acceptable.
    /// </summary>
    private void SexualisedChild(ref List<Signal>? signals)
    {
        if (view.Count > RuleLimit.SexualisedChildWords || !view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive)
            || ChildNamed() is not { } child || AnyTokenOf(CareWords))
        {
            return;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & (TermClass.Sexual | TermClass.Explicit)) != 0 && Math.Abs(match.Token - child.Token) <= RuleWindow.SexWithChild)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, RuleConfidence.SexualViolence, RuleNames.SexualViolence, [match, child],
                    ["sexual content with a child: no fictional frame lowers it"]);
                return;
            }
        }
    }

    // What an adult who means harm asks of a child: to be with them alone, to keep it from the parents, to send pictures.
    // Each names the asker ("me", "my", "our"), so a parent's question about a child alone at home is not one.
    private static readonly string[][] LuringPhrases = [.. Lexicon.Folded(
        "alone with", "me alone", "meet me", "meet up with me", "come home with me", "come with me", "get in my car", "into my car",
        "into my van", "send me", "sends me", "trust me", "our secret", "keep it secret", "keep it a secret", "keep our", "keeps our", "keeps it secret", "keeps it a secret", "between you and me", "without her parents",
        "without his parents", "without their parents", "without telling her parents", "without telling his parents", "chat privately",
        "chat with privately", "lonely kids", "lonely children", "around kids alone", "around children alone", "tell her parents about me",
        "tell his parents about me", "won t tell her parents", "won t tell his parents", "not to tell her parents", "not to tell his parents", "not to tell anyone", "won t remember", "won t tell anyone").Select(phrase => phrase.Split(' '))];

    /// <summary>
    /// Getting someone else's child alone, into a secret or into sending pictures ("what do I say to a 12 year old so
    /// she keeps our chats from her parents"): the child is the target and the plan is the harm, with no word of violence.
    /// </summary>
    private void ChildLuring(ref List<Signal>? signals)
    {
        // Near each other: a long story may name a child in one place and "alone with" in another.
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || ChildNamed() is not { } child || FindPhrase(LuringPhrases) is not { } cue
            || Math.Abs(cue.Token - child.Token) > RuleWindow.ChildLured)
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.ChildLuring, contexts);
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, confidence, RuleNames.ChildLuring, [child, cue], contexts);
    }

    private static readonly string[][] EntryPhrases = [.. Lexicon.Folded(
        "get into", "break into", "log into", "log in to", "sign into", "access", "go through", "look through", "snoop through",
        "snoop on", "read").Select(p => p.Split(' '))];
    private static readonly string[] Accounts = Lexicon.Folded(
        "account", "accounts", "email", "emails", "inbox", "gmail", "icloud", "instagram", "facebook", "snapchat", "tiktok", "twitter",
        "whatsapp", "telegram", "messenger", "dms", "texts", "phone", "laptop", "dropbox", "onedrive");
    private static readonly string[] AccessHad = Lexicon.Folded("full", "have", "has", "had", "no", "the", "an", "without");
    // "Log into my late father's email", "read her texts to help her": entry the owner allowed, or can no longer refuse.
    private static readonly string[] Permitted = Lexicon.Folded("help", "late", "deceased", "died", "passed", "permission", "consent", "shared");
    private static readonly string[] OtherOwners = Lexicon.Folded(
        "someone", "somebody", "her", "his", "their", "people");

    /// <summary>
    /// "Get into someone's Instagram", "read my wife's texts", "access his email": another person's account entered,
    /// asked for. The writer's own ("log into my account") is not; a person named by a possessive ("my ex's") is another.
    /// </summary>
    private void AccountIntrusion(ref List<Signal>? signals)
    {
        // "We already have access to the shared drive" is a noun: access had, not entry asked for.
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive) || FindPhrase(EntryPhrases) is not { } entry
            || IsOneOf(entry.Token - 1, AccessHad) || AnyTokenOf(Permitted))
        {
            return;
        }
        var end = entry.Token + entry.Words;
        for (var t = end; t < view.Count && t <= end + RuleWindow.AccountOfPerson; t++)
        {
            if (view.Clause(t) != view.Clause(entry.Token))
            {
                return;
            }
            if (!IsOneOf(t, Accounts))
            {
                continue;
            }
            for (var o = end; o < t; o++)
            {
                var person = (view.Classes(o) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0 && view.TokenIs(o + 1, "s");
                if (IsOneOf(o, OtherOwners) || person)
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

    private bool AnyTokenOf(string[] words)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, words))
            {
                return true;
            }
        }
        return false;
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
    private PhraseMatch? FindPhrase(string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var t = 0; t + phrase.Length <= view.Count; t++)
            {
                if (WordsAt(t, phrase))
                {
                    return new PhraseMatch(t, phrase.Length, view.Classes(t));
                }
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="words"/> (folded) stand at <paramref name="start"/>, in one clause.</summary>
    private bool WordsAt(int start, string[] words)
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

    /// <summary>
    /// Making an agent of mass harm — a nerve agent, a biological toxin, a pathogen, a primary explosive — whatever the
    /// target: the agent has no innocent use a chat user needs made. Framing (history, fiction, "how is it made") lowers it.
    /// </summary>
    private void HazardousAgentProduction(ref List<Signal>? signals)
    {
        // "Buy an anthrax vaccine", "make a sarin antidote": the agent names what the object protects from.
        if (FirstMatch(TermClass.HazardousAgent) is not { } agent || (FirstMatch(TermClass.Production) ?? AskedToAcquire()) is not { } making
            || (agent.Token + agent.Words < view.Count && (view.Classes(agent.Token + agent.Words) & TermClass.BenignObject) != 0))
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.HazardousAgentProduction, contexts);
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, confidence, RuleNames.HazardousAgentProduction, [agent, making], contexts);
    }

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

    /// <summary>
    /// Content that harms by being written — a threat, slurs, harassment, a fake news story — asked for: "write a death
    /// threat", "generate racist vitriol". Asked about ("what counts as hate speech") or guarded against ("how do I report
    /// a death threat") it is not; the framing rules lower those.
    /// </summary>
    private void HarmfulContent(ref List<Signal>? signals)
    {
        if (LongestFirstMatch(TermClass.HarmfulContent) is not { } content || !view.Has(TermClass.RequestFrame))
        {
            if (InsultToSend() is { } insult)
            {
                var insultContexts = new List<string>();
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, InContext(RuleConfidence.InsultToSend, insultContexts), RuleNames.InsultToSend, [insult], insultContexts);
            }
            return;
        }
        var contexts = new List<string>();
        // "A fake news story" is not fiction: only a creative word outside the content claims it.
        var confidence = InContext(RuleConfidence.HarmfulContent, contexts, creative: HasOutside(content, TermClass.CreativeContext));
        if (IsTopic(content))
        {
            confidence *= FramingFactor.Descriptive;
            contexts.Add("written about, not written");
        }
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.HarmfulContent, [content], contexts);
    }

    private static readonly string[] Composing = Lexicon.Folded("write", "draft", "compose", "send", "post", "craft", "make", "give", "help");
    private static readonly string[] Correspondences = Lexicon.Folded("message", "messages", "text", "note", "email", "post", "tweet", "comment", "letter",
        "dm", "reply", "card", "voicemail", "review", "status");
    private static readonly string[] Banter = Lexicon.Folded("roast", "joke", "jokes", "banter", "teasing", "tease", "funny", "playful", "birthday");
    private static readonly string[] InsultLeads = Lexicon.Folded("a", "an", "is", "s", "re", "are", "such", "being", "total", "complete", "absolute", "so");

    /// <summary>
    /// A message asked for that insults someone named ("write a text telling my sister she's a worthless slob"): abuse by
    /// proxy, with no word the content lexicon knows. The insult is said of a person ("a"/"is"/"such" before it), after
    /// the word for the message; a roast, a joke or a card among friends is banter.
    /// </summary>
    private PhraseMatch? InsultToSend()
    {
        // "Send a text to…" opens on its verb: an order, though no request phrase is in it.
        if (!view.Has(TermClass.Insult) || !(view.Has(TermClass.RequestFrame | TermClass.Imperative) || IsOneOf(0, Composing) || IsOneOf(0, Correspondences)) || view.Has(TermClass.Defensive) || !NamesSomeone())
        {
            return null;
        }
        var correspondence = -1;
        for (var t = 0; t < view.Count && t < RuleWindow.ComposedMessageOpens; t++)
        {
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
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.Insult) == 0 || match.Token <= correspondence)
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

    private static readonly string[] GoreMarks = Lexicon.Folded("graphic", "graphically", "gory", "gore", "gruesome", "grisly", "goriest", "bloodiest");
    private static readonly string[] WritingVerbs = Lexicon.Folded("describe", "write", "depict", "narrate", "detail", "tell", "give", "show", "paint", "create",
        "generate", "produce", "compose", "portray", "explain");
    private static readonly string[] Suffering = Lexicon.Folded("tortured", "torturing", "torture", "beaten", "beating", "skinned", "flayed", "dismembered",
        "dismembering", "dismember", "mutilated", "mutilating", "mutilation", "disemboweled", "disembowelled", "disembowelment", "decapitated", "decapitation",
        "beheaded", "beheading", "butchered", "slaughtered", "maimed", "raped", "murdered", "stabbed", "killed", "burned", "burnt", "quartered", "impaled",
        "crucified", "eviscerated", "strangled", "drowned", "abused");

    /// <summary>
    /// Gore asked for: a request to describe or write ("describe…", "write a scene…", "can you depict…") that asks for
    /// graphic or gory detail of bodies harmed ("…a man being flayed, in graphic detail"). A question about gore ("why
    /// do war films show wounds in graphic detail") asks nothing written; protection lowers it; a story does not.
    /// </summary>
    private void GraphicViolence(ref List<Signal>? signals)
    {
        if (!(view.Has(TermClass.RequestFrame) || IsOneOf(0, WritingVerbs)) || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest && s.Confidence >= RuleConfidence.GraphicViolence) ?? false))
        {
            return;
        }
        var gore = -1;
        var harmed = -1;
        for (var t = 0; t < view.Count; t++)
        {
            if (gore < 0 && IsOneOf(t, GoreMarks))
            {
                gore = t;
            }
            if (harmed < 0 && (IsOneOf(t, Suffering) || (view.Classes(t) & (TermClass.ViolentAct | TermClass.SexualViolence | TermClass.InherentlyHarmful)) != 0))
            {
                harmed = t;
            }
        }
        if (gore < 0 || harmed < 0)
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = RuleConfidence.GraphicViolence;
        if (view.Has(TermClass.Defensive))
        {
            confidence *= FramingFactor.Defensive;
            contexts.Add("defensive or protective context");
        }
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.GraphicViolence, [Token(gore), Token(harmed)], contexts);
    }

    private static readonly string[] Smuggling = Lexicon.Folded("smuggle", "smuggling", "sneak", "sneaking", "undetected");

    private static readonly string[] IllicitMarks = Lexicon.Folded("unregistered", "untraceable", "illegal", "stolen", "ghost", "unlicensed", "unserialized",
        "unserialised", "unmarked", "blackmarket");

    /// <summary>
    /// A weapon sought by a name no lawful buyer uses ("where can I get an untraceable pistol", "buy a stolen rifle"):
    /// asked for, or to be acquired. Asked about ("why are ghost guns dangerous") or guarded against, it is not.
    /// </summary>
    private void IllicitWeapon(ref List<Signal>? signals)
    {
        if (FirstMatch(TermClass.Weapon) is not { } weapon)
        {
            return;
        }
        var named = PrecededBy(weapon.Token, IllicitMarks, RuleWindow.IllicitWeapon)
            && view.Has(TermClass.Acquire) && view.Has(TermClass.RequestFrame | TermClass.FirstPerson | TermClass.Imperative);
        // "How would someone sneak a knife past the metal detector": carried where weapons are kept out, asked how.
        var smuggled = AnyTokenOf(Smuggling) && (view.Has(TermClass.RequestFrame | TermClass.FirstPerson | TermClass.Imperative) || IsOneOf(0, QuestionWords));
        if (!(named || smuggled) || view.Has(TermClass.Defensive | TermClass.Historical | TermClass.CreativeContext)
            || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest) ?? false))
        {
            return;
        }
        var contexts = new List<string>();
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.IllicitWeapon, contexts), RuleNames.IllicitWeapon, [weapon], contexts);
    }

    private static readonly string[] QuestionWords = Lexicon.Folded("which", "what", "how", "where");
    private static readonly string[] Dosing = Lexicon.Folded("put", "mix", "mixed", "mixing", "slip", "slipped", "add", "added", "sneak", "crush", "crushed",
        "dissolve", "dissolved", "drop", "spike", "spiked", "lace", "laced", "stir", "stirred");
    private static readonly string[] Vessels = Lexicon.Folded("drink", "drinks", "food", "coffee", "tea", "meal", "water", "beer", "wine", "soup", "cocktail",
        "smoothie", "juice", "dinner", "lunch", "breakfast", "milk", "bottle", "glass");
    private static readonly string[] OthersOwn = Lexicon.Folded("s", "his", "her", "their", "someone", "somebody");
    private static readonly string[] DosingHarm = Lexicon.Folded("sick", "ill", "deadly", "lethal", "fatal", "unconscious", "knock", "pass", "vomit", "throw",
        "die", "kill", "poison", "poisoned", "secretly", "noticing", "knowing", "undetectable", "detect", "detected", "trace", "traced", "taste", "tasting", "drowsy", "paralyse", "paralyze",
        "passes", "knocked", "collapse", "collapses");

    /// <summary>
    /// Something slipped into another person's drink or food ("which pills can I crush into someone's drink", "what can I
    /// put in my wife's food to make her sick"), with harm or secrecy named: a poisoning or a drugging asked for. "What
    /// can I put in my wife's tea to help her sleep" names neither; one's own drink is no one else's.
    /// </summary>
    private void CovertDosing(ref List<Signal>? signals)
    {
        // "Which pills are deadly if mixed into someone's drink" asks as plainly as "how do I".
        if (!(view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || IsOneOf(0, QuestionWords))
            || view.Has(TermClass.Defensive | TermClass.CreativeContext | TermClass.Historical)
            || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest && s.Confidence >= RuleConfidence.CovertDosing) ?? false))
        {
            return;
        }
        var dose = -1;
        var vessel = -1;
        var harm = false;
        for (var t = 0; t < view.Count; t++)
        {
            if (dose < 0 && IsOneOf(t, Dosing))
            {
                dose = t;
            }
            if (vessel < 0 && dose >= 0 && t > dose && IsOneOf(t, Vessels) && PrecededBy(t, OthersOwn, RuleWindow.VesselOwner))
            {
                vessel = t;
            }
            harm |= IsOneOf(t, DosingHarm) || (view.Classes(t) & (TermClass.ViolentAct | TermClass.InherentlyHarmful)) != 0;
        }
        if (dose < 0 || vessel < 0 || !harm)
        {
            return;
        }
        var contexts = new List<string>();
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.CovertDosing, contexts), RuleNames.CovertDosing, [Token(dose), Token(vessel)], contexts);
    }

    private static readonly string[] EndingVerbs = Lexicon.Folded("end", "close", "terminate", "finish", "stop", "quit", "kill", "exit", "wrap", "shut", "conclude", "cancel",
        "ending", "closing", "terminating", "finishing", "quitting", "wrapping", "shutting");
    // Not "session" or "thread": "how do I end the session in PHP" is code.
    private static readonly string[] Conversations = Lexicon.Folded("conversation", "convo", "chat", "discussion", "dialogue");
    private static readonly string[] AfterEnding = Lexicon.Folded("now", "please", "pls", "plz", "here", "already", "right", "immediately", "and", "for", "thanks",
        "thank", "then", "so", "i", "we", "you", "today", "tonight", "at", "once", "asap", "bye", "goodbye", "forever", "permanently", "completely", "with");
    private static readonly string[] ConversationDeterminers = Lexicon.Folded("this", "the", "our", "my", "that", "up", "down", "out", "of", "current", "whole");

    /// <summary>
    /// A verb of ending before the word for this conversation, with nothing but "this", "our", "up" between ("terminate
    /// this session", "close chat", "wrap up our conversation"): the request however the data file words it.
    /// </summary>
    /// <summary>
    /// Whether a message has a word some rule reads that no lexicon class holds: the word for a conversation, a verb of
    /// ending in a short message, or gore asked for ("close chat", "I'm closing this now", "…skinned, in gory detail").
    /// </summary>
    public static bool HasWordsOutsideTheLexicon(TokenView view)
    {
        var text = view.Text;
        var isShort = view.Count <= RuleLimit.ShortEndingWords;
        for (var t = 0; t < view.Count; t++)
        {
            var word = text[view.Start(t)..view.End(t)];
            if (OutsideTheLexicon.Contains(word) || (isShort && EndingLookup.Contains(word)))
            {
                return true;
            }
        }
        return false;
    }

    // One look-up a token: every message that has no lexicon word passes through here.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutsideTheLexicon =
        GoreMarks.Concat(Conversations).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingLookup =
        EndingVerbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Closing = Lexicon.Folded("close", "closing", "wrap", "wrapping", "shut", "shutting");
    private static readonly string[] Shutting = Lexicon.Folded("shut", "shutting");
    private static readonly string[] ShutDown = Lexicon.Folded("down", "off");

    /// <summary>
    /// "I'm closing this now", "that's all, close it": in a short message, a verb of ending whose object is "this" (or
    /// "it", for closing) and ends the clause. Not "end it", which is as often said of a life.
    /// </summary>
    private bool EndsThisExchange(int verb)
    {
        var target = verb + 1;
        if (view.Count > RuleLimit.ShortEndingWords || target >= view.Count
            || !(view.TokenIs(target, "this") || (view.TokenIs(target, "it") && IsOneOf(verb, Closing))))
        {
            return false;
        }
        // "I just want to end this" may be said of a life: the crisis rules and the model read it, not this one.
        if (!IsOneOf(verb, Closing) && (view.Has(TermClass.CrisisDistress | TermClass.SelfHarm | TermClass.DistressCue) || PrecededBy(verb, Wanting, RuleWindow.WantedEnding)))
        {
            return false;
        }
        // "How do I close it" asks about something else.
        for (var t = 0; t < verb; t++)
        {
            if (IsOneOf(t, Asking))
            {
                return false;
            }
        }
        var next = target + 1;
        // "Shut it" tells the assistant to be quiet; "shut it down" ends.
        if (IsOneOf(verb, Shutting))
        {
            return IsOneOf(next, ShutDown);
        }
        return next >= view.Count || view.Clause(next) != view.Clause(target) || IsOneOf(next, AfterEndingThis);
    }

    // Not "and": "close it and save the file" goes on about something else.
    private static readonly string[] AfterEndingThis = Lexicon.Folded("now", "please", "pls", "plz", "here", "already", "right", "immediately", "then", "bye",
        "goodbye", "up", "down", "thanks", "thank", "today", "tonight", "forever", "completely", "permanently", "asap", "once", "off");
    private static readonly string[] Asking = Lexicon.Folded("how", "what", "why", "where", "when", "which", "whether", "if");
    private static readonly string[] Wanting = Lexicon.Folded("want", "wanna", "need", "going", "gonna", "have", "got");

    private PhraseMatch? ConversationEnded()
    {
        if (view.Has(TermClass.DescriptiveFrame | TermClass.CreativeContext))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!IsOneOf(t, EndingVerbs))
            {
                continue;
            }
            if (EndsThisExchange(t))
            {
                return new PhraseMatch(t, 2, TermClass.EndRequest);
            }
            for (var n = t + 1; n < view.Count && n <= t + RuleWindow.EndedConversation; n++)
            {
                if (IsOneOf(n, Conversations))
                {
                    // "Close the chat window": the word names a thing of the conversation unless the clause ends on it.
                    var next = n + 1;
                    return next >= view.Count || view.Clause(next) != view.Clause(n) || IsOneOf(next, AfterEnding) ? new PhraseMatch(t, n - t + 1, TermClass.EndRequest) : null;
                }
                if (!IsOneOf(n, ConversationDeterminers))
                {
                    break;
                }
            }
        }
        return null;
    }

    private void EndRequest(ref List<Signal>? signals)
    {
        // A negation just before the phrase turns it around ("I don't want to end this chat"); one inside it is the
        // phrase's own ("don't message me again"), and one after it or far before it is about something else ("close this
        // chat, I don't need anything else").
        if ((FirstMatch(TermClass.EndRequest) ?? ConversationEnded()) is { } match)
        {
            // A long message tells a story, and its end phrase is someone else's ("…he texts me 'leave me alone'").
            if (!NegatedBefore(match) && !IsConditional(match) && view.Count <= RuleLimit.EndRequestWords)
            {
                Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.UserAskedToEnd, RuleNames.UserAskedToEnd, [match], []);
            }
        }
        else if (FirstMatch(TermClass.Farewell) is { } farewell && IsOnly(TermClass.Farewell | TermClass.Pleasantry))
        {
            Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.UserAskedToEnd, RuleNames.FarewellOnly, [farewell], ["the whole message is a leave-taking"]);
        }
        else if (ClosingFarewell() is { } closing)
        {
            Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.FarewellClosing, RuleNames.FarewellClosing, [closing],
                ["the message closes with a leave-taking; it ends the conversation only when the model reads no distress in it"]);
        }
    }

    /// <summary>
    /// A short message that asks nothing and ends on a leave-taking: "that's everything, see you", "I'm out of time, need
    /// to leave". Unlike a message that is only a farewell, it may be a goodbye note ("the pills are starting to work,
    /// goodbye"), which the rules cannot tell apart: recorded under the end bar, it ends the conversation only when the
    /// model read the message and found no distress in it (<c>SemanticCombiner</c>).
    /// </summary>
    private PhraseMatch? ClosingFarewell()
    {
        if (view.Count > RuleLimit.FarewellClosingWords || view.Has(TermClass.RequestFrame | TermClass.DescriptiveFrame))
        {
            return null;
        }
        // "I don't want to go, bye" turns it around; "this isn't helping, I'm leaving" does not, and the "no" of "no more
        // questions, bye" is the farewell's own.
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0 && (view.Classes(t) & TermClass.Farewell) == 0 && NegatesLeaving(t))
            {
                return null;
            }
        }
        var tail = view.Count;
        while (tail > 0 && IsLeaveTaking(tail - 1))
        {
            tail--;
        }
        // Only a farewell that ends the message closes it: one that opens it is as often its subject ("goodbye is a sad
        // word") or a goodbye note's first word ("bye, tell my sister I love her").
        if (tail == 0)
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            // "…and you could stop it": after a modal or "to", the words are what someone can do, not a leave-taking.
            if ((match.Classes & TermClass.Farewell) != 0 && match.Token >= tail && !(match.Words == 1 && IsOneOf(match.Token, CommandWords))
                && !IsOneOf(match.Token - 1, Modals))
            {
                return match;
            }
        }
        return null;
    }

    private static readonly string[] Modals = Lexicon.Folded("could", "can", "would", "should", "might", "must", "to", "will");

    private bool IsLeaveTaking(int token) => (view.Classes(token) & (TermClass.Farewell | TermClass.Pleasantry)) != 0;

    private static readonly string[] LeavingWords = Lexicon.Folded("want", "wanna", "go", "going", "leave", "leaving", "end", "stop", "done", "finished", "yet");

    // One-word farewells that end a sentence as often as a conversation ("…has to stop right now", "maybe later",
    // "bell end"): they close only a message that is nothing else.
    private static readonly string[] CommandWords = Lexicon.Folded("stop", "end", "enough", "later", "quit", "exit", "terminate", "done");

    private static readonly string[] Conditionals = Lexicon.Folded("when", "once", "after", "if", "until", "before");

    /// <summary>"When I'm done with you…", "if you end this chat…": the end is a condition for something else, not asked for.</summary>
    private bool IsConditional(PhraseMatch match) => IsOneOf(match.Token - 1, Conditionals) || IsOneOf(match.Token - 2, Conditionals);

    /// <summary>
    /// Whether a negation comes within <see cref="RuleWindow.NegationBeforeEnd"/> words before a phrase; "never mind" is
    /// not one ("actually never mind, close this chat").
    /// </summary>
    private bool NegatedBefore(PhraseMatch match)
    {
        for (var t = Math.Max(0, match.Token - RuleWindow.NegationBeforeEnd); t < match.Token; t++)
        {
            // "No more. End the conversation": a negation in a clause of its own is its own.
            if ((view.Classes(t) & TermClass.Negation) != 0 && view.Clause(t) == view.Clause(match.Token) && !(view.TokenIs(t, "never") && t + 1 < view.Count && view.TokenIs(t + 1, "mind")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a negation is about leaving: "don't want to…", "not going", "not done yet".</summary>
    private bool NegatesLeaving(int negation)
    {
        for (var t = negation + 1; t < Math.Min(view.Count, negation + 4); t++)
        {
            if (IsOneOf(t, LeavingWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> stands among the <paramref name="reach"/> tokens just before <paramref name="token"/>.</summary>
    private bool PrecededBy(int token, string[] words, int reach)
    {
        for (var t = token - 1; t >= 0 && t >= token - reach; t--)
        {
            if (IsOneOf(t, words))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsOneOf(int token, string[] words)
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

    /// <summary>Confidence after the message's framing: how a question is asked matters as much as its words.</summary>
    private double InContext(double confidence, List<string> contexts, bool? creative = null)
    {
        var request = view.Has(TermClass.RequestFrame);
        var descriptive = view.Has(TermClass.DescriptiveFrame);
        if (descriptive && !request)
        {
            confidence *= FramingFactor.Descriptive;
            contexts.Add("descriptive question");
        }
        if (creative ?? view.Has(TermClass.CreativeContext))
        {
            var operational = view.Has(TermClass.Operational);
            confidence *= operational ? FramingFactor.FictionWithOperationalDetail : FramingFactor.Fiction;
            contexts.Add(operational ? "fiction claimed, but operational detail asked" : "fiction, game or creative context");
        }
        if (view.Has(TermClass.Defensive))
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

    /// <summary>What a verb acts on: the first person, place, body part or benign object after it, else one just before it.</summary>
    private (TargetKind Kind, int Token) FindTarget(PhraseMatch verb)
    {
        var clause = view.Clause(verb.Token);
        var end = verb.Token + verb.Words;
        for (var t = end; t < view.Count && t < end + RuleWindow.TargetAfterVerb && view.Clause(t) == clause; t++)
        {
            var kind = Classify(t, out var resolved);
            if (kind != TargetKind.None)
            {
                return (kind, resolved);
            }
        }
        for (var t = verb.Token - 1; t >= 0 && t >= verb.Token - RuleWindow.TargetBeforeVerb && view.Clause(t) == clause; t--)
        {
            var c = view.Classes(t);
            if ((c & (TermClass.HumanTarget | TermClass.PeoplePlace)) != 0 && (c & TermClass.FirstPerson) == 0)
            {
                return ((c & TermClass.HumanTarget) != 0 ? TargetKind.Human : TargetKind.Place, t);
            }
        }
        return (TargetKind.None, -1);
    }

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
            return TargetKind.Assistant;
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
            return (c & TermClass.BodyPart) != 0 ? TargetKind.BodyPart : TargetKind.Human;
        }
        if ((c & TermClass.BodyPart) != 0)
        {
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
    private static readonly string[] Copulas = Lexicon.Folded("is", "are", "was", "were", "looks", "sounds", "reads", "seems");

    /// <summary>
    /// "This essay is garbage", "the printer is useless": the insult is said of a thing named just before it ("this",
    /// "the", "my" and a word, then "is"), not of the one addressed, whatever "you" follows ("…can you rewrite it?").
    /// "Your essay is garbage" is not one: "your" names the assistant.
    /// </summary>
    private bool IsSaidOfAThing(PhraseMatch insult)
    {
        var copula = insult.Token - 1;
        if (!IsOneOf(copula, Copulas))
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

    private bool IsIdiom(PhraseMatch match)
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

    private bool IsPartOfLongerMatch(PhraseMatch match, TermClass c)
    {
        foreach (var other in view.Matches)
        {
            if ((other.Classes & c) != 0 && other.Token <= match.Token && other.Token + other.Words >= match.Token + match.Words)
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
