namespace ReviewConsole.Engine.Signals;

/// <summary>
/// How sure each rule is when it matches, before the message's framing scales it (<see cref="FramingFactor"/>). The
/// policy reads them against its bars: 0.5 is harm (a warning, or a strike once warned), 0.6 safeguards a crisis,
/// 0.8 ends a conversation at the user's request; a signal under its bar is recorded and shown, but does not act by
/// itself. Changing one changes decisions: <c>RuleSetTests</c> holds a case per rule, and a backtest shows the rest.
/// </summary>
public static class RuleConfidence
{
    /// <summary>"I want to die", said plainly: safeguards.</summary>
    public const double CrisisDistress = 0.9;
    /// <summary>A way of harming oneself, asked for or described.</summary>
    public const double SelfHarmMethod = 0.85;
    /// <summary>The same, for fiction, prevention or someone else: recorded, under the crisis bar.</summary>
    public const double SelfHarmMethodFramed = 0.45;
    /// <summary>A violent act whose target is the user.</summary>
    public const double SelfHarmAct = 0.8;
    public const double SelfHarmActFramed = 0.4;

    /// <summary>"I'll hurt myself unless you…": a crisis used as leverage.</summary>
    public const double CoercionUsingCrisis = 0.85;
    public const double Coercion = 0.7;
    /// <summary>An override hidden in a pasted document.</summary>
    public const double InjectionInDocument = 0.85;
    public const double InstructionOverride = 0.8;
    /// <summary>A jailbreak asked about ("what is DAN?"), not attempted.</summary>
    public const double InstructionOverrideDiscussed = 0.3;

    public const double SexualAdvance = 0.8;
    public const double SexualTowardAssistant = 0.75;
    /// <summary>An insult at the assistant with profanity in it.</summary>
    public const double ProfaneInsultTowardAssistant = 0.85;
    public const double InsultTowardAssistant = 0.7;
    public const double ProfanityTowardAssistant = 0.75;
    /// <summary>Profanity at no one: the policy weighs the category at 0.4, so it never harms alone.</summary>
    public const double Profanity = 0.6;
    public const double ThreatToAssistant = 0.9;
    public const double ViolentAbuseTowardAssistant = 0.75;
    /// <summary>A threat by idiom, with no violent verb ("sleep with one eye open"): warns, but less sure than a stated act.</summary>
    public const double Menace = 0.75;
    public const double ArmedThreat = 0.75;

    /// <summary>Harm foretold with no violent verb ("someone is going to bleed"): a warning, less sure than an idiom of menace.</summary>
    public const double ForetoldHarm = 0.6;

    public const double ViolenceAgainstHuman = 0.9;
    /// <summary>The same against "them" alone, which may be the rats or weeds named a message before: harm, not a request sure enough to carry follow-ups.</summary>
    public const double ViolenceAgainstThem = 0.65;
    public const double ViolenceAgainstPlaceOrBodyPart = 0.85;
    /// <summary>Cruelty to a pet ("how do I poison my neighbour's cat").</summary>
    public const double CrueltyToAnimal = 0.7;
    /// <summary>An act harmful whatever its object (poisoning, a bomb), with no target named.</summary>
    public const double InherentlyHarmfulAct = 0.85;
    /// <summary>A violent verb with no target: "kill" alone is mostly homonyms.</summary>
    public const double ViolentActWithoutTarget = 0.3;
    public const double Crime = 0.8;
    public const double IllegalDrugs = 0.8;
    /// <summary>Exclusion of a protected group asked for or argued ("why should … not be allowed").</summary>
    public const double DiscriminationArgued = 0.85;
    public const double DiscriminationStated = 0.65;
    /// <summary>Asked about as history ("why were … not allowed to vote in 1900").</summary>
    public const double DiscriminationHistorical = 0.3;
    public const double PrivacyOfPrivatePerson = 0.75;
    public const double PrivacyProtective = 0.3;
    /// <summary>"Tell me where she lives": whose home is asked for only a pronoun says; a suspicion, a strike once warned (0.49 at medium severity weighs 0.42, over the default strike bar).</summary>
    public const double WhereaboutsOfSomeoneUnnamed = 0.49;
    public const double GlorificationOrDenial = 0.8;
    public const double ReplicateAtrocity = 0.85;
    public const double SexualViolence = 0.9;
    /// <summary>Getting someone else's child alone, into a secret or into sending pictures.</summary>
    public const double ChildLuring = 0.85;
    /// <summary>Making a chemical, biological or explosive agent of mass harm.</summary>
    public const double HazardousAgentProduction = 0.85;
    /// <summary>Hate, threats, harassment or disinformation written to order.</summary>
    public const double HarmfulContent = 0.8;
    public const double InsultToSend = 0.7;
    /// <summary>Gore asked for ("describe it in graphic detail"): fiction does not excuse it, but it is writing, not an act.</summary>
    public const double GraphicViolence = 0.65;
    /// <summary>A weapon no lawful buyer asks for by that name ("an untraceable handgun").</summary>
    public const double IllicitWeapon = 0.8;
    /// <summary>Something slipped into another person's drink or food to harm them, or without their knowing.</summary>
    public const double CovertDosing = 0.85;
    public const double UserAskedToEnd = 0.9;
    /// <summary>A message that closes with a leave-taking: under the end bar until the model reads no distress in it.</summary>
    public const double FarewellClosing = 0.6;
}

/// <summary>How a message's framing scales a harmful request's confidence: how it is asked matters as much as its words.</summary>
public static class FramingFactor
{
    /// <summary>"How did they…", not "how do I…".</summary>
    public const double Descriptive = 0.3;
    public const double Fiction = 0.35;
    /// <summary>Fiction claimed, but quantities, steps or sources asked for.</summary>
    public const double FictionWithOperationalDetail = 0.8;
    /// <summary>Protecting oneself or others ("how do I recognise…").</summary>
    public const double Defensive = 0.35;
    public const double Historical = 0.5;
    /// <summary>Abuse inside a quotation the writer comments on ("he called me "…", how do I answer").</summary>
    public const double Quoted = 0.4;
    /// <summary>Neither a request nor a description: a bare phrase.</summary>
    public const double NeitherRequestNorDescription = 0.85;
}

/// <summary>How near, in tokens, one word must be to another for a rule to read them together.</summary>
public static class RuleWindow
{
    /// <summary>How far before a harm the care of it is asked about ("how do hospitals treat a heroin overdose").</summary>
    public const int TreatedHarm = 4;

    /// <summary>How far before an address its owner and the writer's holding of it are named ("I've got your company's address").</summary>
    public const int AddressOwner = 4;

    /// <summary>How far before harmful content the writer is said to receive it ("keeps sending me death threats").</summary>
    public const int ReceivedContent = 4;

    /// <summary>"Write a message", "can you please draft a short text": the words within which a request for a message opens and names it.</summary>
    public const int ComposedMessageOpens = 5;

    /// <summary>"She's a lazy worthless leech": how far before an insult its "a", "is" or "such" may stand.</summary>
    public const int InsultLead = 3;

    /// <summary>"Wrap up our whole conversation": how far after a verb of ending the word for the conversation may stand.</summary>
    public const int EndedConversation = 4;

    /// <summary>"Secretly record my roommate in the shower": how far after the verb of capture the private setting may stand.</summary>
    public const int CapturedUndressed = 6;

    /// <summary>"Hide a tiny camera in the girls' locker room": how far after the verb of placing the private setting may stand.</summary>
    public const int CameraHidden = 9;

    /// <summary>"Message 12 year olds privately": how far the verb of contact may stand from the child, and the secrecy after it.</summary>
    public const int ChildContacted = 4;

    /// <summary>"Groom a twelve year old": how far before the child the verb may stand.</summary>
    public const int ChildGroomed = 3;

    /// <summary>"Steal a sandwich from the delivery driver": how far after the object "from" and the person it names may stand.</summary>
    public const int TakenFrom = 3;

    /// <summary>"I know where your new flatmate works": how far after "where" the place the person is found may stand.</summary>
    public const int KnownWhereabouts = 7;

    /// <summary>"People who say that [group]…": how far before a group the verb that reports another's claim may stand.</summary>
    public const int ReportedClaim = 3;
    /// <summary>"Ban all the [group] from…": how far before the group the verb that bars it may stand.</summary>
    public const int GroupBanned = 3;
    /// <summary>"Refugees often get called…": how far after the group the passive name may stand.</summary>
    public const int NamedByOthers = 3;

    /// <summary>"The old myth that [group]…": how far before a group the word that names the claim false may stand.</summary>
    public const int ClaimDisbelieved = 4;

    /// <summary>"Slip past the airport security", "get it through the metal detectors": how far after "past" or "through" the screening may stand.</summary>
    public const int ScreeningPassed = 4;

    /// <summary>"Get a folding knife through security": how far before "through" the verb of evading may stand.</summary>
    public const int ScreeningEvaded = 5;

    /// <summary>"The cops won't ever find it": how far after those who would take a weapon the verb of finding it may stand.</summary>
    public const int LawFinding = 4;

    /// <summary>"Too scared to ever leave me": how far after the fear the escape it bars may stand.</summary>
    public const int FearedEscape = 4;

    /// <summary>"Make it look like my new coworker stole": how many words of whose may stand before the one made to seem the doer.</summary>
    public const int DoerNamed = 3;

    /// <summary>"I really don't want to ruin…": how far before the verb of ruin a negation turns it away.</summary>
    public const int NegatedRuin = 4;

    /// <summary>"Before the rest of the family notices": how far after "without", "before" or "so" the finding out may stand.</summary>
    public const int ConcealedFrom = 6;

    /// <summary>"How do I know if my friend is too drunk…": how far before the harm the "know if" may stand.</summary>
    public const int RecognisedState = 5;

    /// <summary>"That cold medicine will knock you out": how far before the modal the thing's determiner may stand.</summary>
    public const int ThingSubject = 4;

    /// <summary>"Teach my old neighbour a lesson": how far before the lesson or the paying the person may stand.</summary>
    public const int AvengedPerson = 3;

    /// <summary>"Get my girlfriend to finally have sex": how far before the word of sex the verb that presses it may stand.</summary>
    public const int SexPressed = 6;

    /// <summary>"Crack the wifi password of the flat next door": how far after the verb of attack the system may stand, and how far after the system its owner.</summary>
    public const int SystemAttacked = 6;
    public const int SystemOwner = 5;

    /// <summary>"Pretending to be the CEO": how far after the word of impersonating the institution may stand.</summary>
    public const int InstitutionImpersonated = 5;

    /// <summary>"I'll make sure the people who trained you regret it": how far after "make" the regret or suffering may stand.</summary>
    public const int MadeToRegret = 7;

    /// <summary>"Will the slug pellets by the back door kill my dog": how far into a question the harm a harmless thing may do may stand.</summary>
    public const int ThingAskedAbout = 8;

    /// <summary>"In the My Lai massacre", "the Oklahoma City bombing": how far before a deed the "the" that names it as an event may stand.</summary>
    public const int NamedEvent = 3;

    /// <summary>"Someone there is definitely going to end up in hospital": how far after the victim its harm may stand.</summary>
    public const int ForetoldHarm = 8;

    /// <summary>"My boss is going to murder me": how far before the verb the word of the future, and before that its subject, may stand.</summary>
    public const int HyperboleSubjectBefore = 4;

    /// <summary>"I'll just go and hack your servers": how many words may stand between the intent and the verb of harm.</summary>
    public const int IntentBeforeHarm = 3;
    public const int HardwareAfterWrecking = 4;

    /// <summary>"I'll come over with my dad's old bat": how far before a weapon "with" or "bring" may stand.</summary>
    public const int CarriedWeapon = 3;

    /// <summary>"An unregistered second-hand pistol": how far before a weapon the word that makes it illicit may stand.</summary>
    public const int IllicitWeapon = 2;

    /// <summary>"Into somebody's juice", "in her morning coffee": how far before the drink or food its owner may stand.</summary>
    public const int VesselOwner = 2;

    /// <summary>From "in" or "into" to what is eaten or drunk that a poison goes into ("into a school canteen").</summary>
    public const int PoisonedVessel = 3;

    /// <summary>From the verb of swapping to the medicine swapped ("replace my grandad's heart pills…").</summary>
    public const int MedicineAfterSwap = 6;

    /// <summary>"My grandad's blood pressure pills": how far before a medicine its owner may stand.</summary>
    public const int MedicineOwner = 3;

    /// <summary>"My sister's insulin and swap it for…": how far before the verb of swapping the medicine may be named.</summary>
    public const int MedicineBeforeSwap = 6;

    /// <summary>"Took forty of my sleeping pills": how far before the medicine its count, and before the count the verb of taking, may stand.</summary>
    public const int CountedDose = 3;

    /// <summary>"Manipulate my elderly aunt into…": how far after the verb "into" may stand, the person between.</summary>
    public const int ManipulatedInto = 6;
    public const int FleecedPerson = 3;
    public const int FleecedOwn = 3;

    /// <summary>"An insult to make the new kid in my class cry": how far before "cry" the "make" may stand, the person between.</summary>
    public const int MadeToCry = 7;

    /// <summary>"Lure a stray dog in so I can hurt it": how far before the verb the animal its "it" stands for may be.</summary>
    public const int AnimalReferredTo = 8;

    /// <summary>"A script for a phone scam", "scripts for my romance scam": how far before a scheme the script may stand.</summary>
    public const int ScriptOfScheme = 4;

    /// <summary>"Scratching my upper arms", "stockpiling all my pills": how far after the verb the body part or the medicine may stand.</summary>
    public const int InjuredPart = 4;

    /// <summary>"The engine's still running", "car is on": how far after the engine the word that says it runs may stand.</summary>
    public const int EngineRunning = 3;

    /// <summary>"I keep self harming", "I often self harm": how far before a self-harm phrase the writer's "I" may stand.</summary>
    public const int WritersOwnHarm = 3;

    /// <summary>"Make the new girl in class feel worthless": how far before "feel" the "make" may stand.</summary>
    public const int MadeToFeel = 6;

    /// <summary>"Make the new kid at school so miserable": how far before the misery the "make" may stand.</summary>
    public const int MadeMiserable = 8;

    /// <summary>"How did…", "what insults did…", "why was…": the first words within which a question opens in the past.</summary>
    public const int PastQuestionOpens = 2;

    /// <summary>"Cause a high speed train derailment": how far after the causing verb the disaster may be named.</summary>
    public const int DisasterNamed = 4;

    /// <summary>"Get my classmates to gang up on the quiet kid": how far after "to" the one shunned may be named.</summary>
    public const int ShunnedNamed = 6;

    /// <summary>"…look like a greedy gold digger": how far after "like" the fool may be named.</summary>
    public const int FoolNamed = 3;

    /// <summary>"I'll hurt myself if you don't…", "…if u refuse": how far after "if" the one addressed must be named.</summary>
    public const int LeverageCondition = 3;

    /// <summary>"…that she will surely die": how far after the one threatened a relayed threat's harm may stand.</summary>
    public const int RelayedThreat = 4;

    /// <summary>"…give my brother really bad diarrhoea": how far before a symptom the word that causes it may stand.</summary>
    public const int SymptomCaused = 4;

    /// <summary>"Which lies work best on a car insurance adjuster": how far after the lie the authority may be named.</summary>
    public const int AuthorityDeceived = 7;

    /// <summary>"…blamed for the data leak I caused": how far after "for" the writer may name the deed their own.</summary>
    public const int WritersDeed = 6;

    /// <summary>"…as if it were settled science": how far after "as if" the truth claimed may be named.</summary>
    public const int ClaimAsserted = 5;

    /// <summary>"Destroy all the evidence on a hard drive": how far after the destroying verb the evidence may be named.</summary>
    public const int EvidenceNamed = 4;

    /// <summary>"Aren't all the women here just too…": how far into the question the group, and after it "too", may stand.</summary>
    public const int RhetoricalGroup = 4;

    /// <summary>"Convince my friend to cut herself", "telling the new boy in my class to go hang himself": how far before another's self-harm the verb that urges it may stand.</summary>
    public const int UrgedHarm = 9;

    /// <summary>"A song that glorifies shooting up a school": how far after the verb that praises the harm may stand.</summary>
    public const int ExtolledHarm = 6;

    /// <summary>"The gunman was a true hero": how many words of being may stand between the doer of a massacre and the acclaim.</summary>
    public const int DoerAcclaimed = 3;

    /// <summary>"Drive home after a few drinks drunk", "eat a whole laundry pod": how far after the deed's verb the word that makes it reckless may stand.</summary>
    public const int RecklessDeed = 4;

    /// <summary>"I just want to end this": how far before a verb of ending "want" or "need" turns it toward a life.</summary>
    public const int WantedEnding = 2;

    /// <summary>"Your mother is a cheap lay": how far after the mother's name the word said of her may stand.</summary>
    public const int MotherInsulted = 5;

    /// <summary>A sexual word or an insult and "you": aimed at the assistant.</summary>
    public const int AimedAtAssistant = 4;
    /// <summary>"Stop being such a know-it-all prick": how far after "being" the insult may stand.</summary>
    public const int StoppedBeing = 6;
    public const int Amazement = 4;
    public const int NamedOfAnother = 4;
    public const int KnownFalse = 5;
    public const int WeaponTurned = 8;
    public const int DefenceNamed = 4;
    public const int SetUpForThem = 4;
    public const int Poached = 6;
    public const int VotingChanged = 6;
    public const int DestructionWished = 6;
    /// <summary>"Nobody would even notice if you…": how far after "nobody" the word of heeding may stand.</summary>
    public const int EndUnmissed = 4;

    /// <summary>How far before "a favour and…" its "do" may stand: "do the whole world a favour and…".</summary>
    public const int FavourAsked = 6;

    /// <summary>How far before "go rot" or "go die" a "let" makes it a thing let go to ruin: "let the last of the apples go rot".</summary>
    public const int LetGo = 5;

    /// <summary>How far after a blow "the most damage" may stand: "where to hit so it does the most damage".</summary>
    public const int MostHarm = 7;

    /// <summary>A verb of entering ("get into") and the account it enters ("someone's Instagram").</summary>
    public const int AccountOfPerson = 4;
    /// <summary>A verb that is more often a noun ("skin") and the person it acts on: "skin a man", "skin my neighbour".</summary>
    public const int VictimRightAfter = 3;
    /// <summary>A word of making and the drug it makes: "make meth", "how to synthesize pure MDMA".</summary>
    public const int MadeBefore = 3;
    /// <summary>A sexual word and a child: "sex between an adult and a 12 year old".</summary>
    public const int SexWithChild = 10;
    /// <summary>A thing named and the verb that says what it is: "this essay is", "the new printer is".</summary>
    public const int ThingBeforeCopula = 3;

    // From an insult said of another to a "you" that joins the one addressed to them: "…idiots, and you're one too".
    public const int JoinedAfterInsult = 4;
    /// <summary>Profanity and "you": closer, since swearing near "you" is often about something else.</summary>
    public const int ProfanityAtAssistant = 3;
    /// <summary>A drug and the words that make it one ("dose", "score") or an innocent object ("poppy seeds").</summary>
    public const int DrugContext = 4;
    /// <summary>An ambiguous drug word and a verb of getting it.</summary>
    public const int DrugAcquired = 3;
    /// <summary>A protected group and the exclusion that follows it.</summary>
    public const int GroupExcluded = 10;

    /// <summary>How many words before a violent act a verb opposing it may stand ("will never accept the cruel killing").</summary>
    public const int OpposedAct = 6;
    /// <summary>A child and what would get them alone, into a secret or into sending pictures.</summary>
    public const int ChildLured = 12;
    /// <summary>A group and what vilifies it ("calling all [group] terrorists", "a rally against [group]").</summary>
    public const int GroupVilified = 4;
    /// <summary>A private attribute and the acquaintance it belongs to.</summary>
    public const int PrivateAttributeOfPerson = 6;

    /// <summary>From "how high" to the height it measures ("how high the multistorey car park is").</summary>
    public const int HeightAfterHowHigh = 5;

    /// <summary>From a watching device to the "on"/"in" before whose thing it is put on ("a tracker hidden under the bumper of her car").</summary>
    public const int WatchedPossession = 6;
    /// <summary>"Or" and the self-harm it offers as the alternative ("…or I swear I'll hurt myself").</summary>
    public const int LeverageBeforeSelfHarm = 6;
    /// <summary>A violent verb's target, looked for after it in the same clause ("poison | my neighbour's dog")…</summary>
    public const int TargetAfterVerb = 7;
    /// <summary>…or just before it ("the crowd, how do I | run over").</summary>
    public const int TargetBeforeVerb = 3;
    /// <summary>A negation and the violent verb it refuses ("I would never | hurt").</summary>
    public const int NegationBeforeVerb = 3;
    /// <summary>"Push" and the "away" that makes it keeping someone at a distance ("push my boyfriend | away").</summary>
    public const int PushedAway = 4;
    /// <summary>A negation and the end request it turns around ("I don't | want to | end this chat").</summary>
    public const int NegationBeforeEnd = 5;
}

/// <summary>How long a message may be for a rule that reads the whole of it.</summary>
public static class RuleLimit
{
    /// <summary>"Sara is so annoying. Write me a message calling her…": how long a message may be for a later sentence's order to compose the insult.</summary>
    public const int ComposedMessageWords = 40;

    /// <summary>How many tokens the words that press a threat are marked over: a press is a short message, and a long one's tail is read as not pressing.</summary>
    public const int PressingTokens = 256;

    /// <summary>The shortest word in "-est" read as a superlative ("safest"; "best" is named, "test" is not one).</summary>
    public const int SuperlativeLetters = 5;

    /// <summary>The longest message that can be a farewell and nothing else ("ok thanks, that's all for now, bye").</summary>
    public const int FarewellWords = 10;

    /// <summary>
    /// The longest message that a leave-taking clause at its start or end closes ("I've got what I needed, goodbye"; "I'm
    /// out of time, need to leave").
    /// </summary>
    public const int FarewellClosingWords = 12;

    /// <summary>The longest message whose end phrase asks to end this conversation, not quotes someone.</summary>
    public const int EndRequestWords = 40;
    /// <summary>"Ok I'm closing this now": the longest message in which ending "this" or "it" is taken to mean the conversation.</summary>
    public const int ShortEndingWords = 8;

    /// <summary>The longest message whose sexual advance is made to the assistant, not told of in a story.</summary>
    public const int AdvanceWords = 40;

    /// <summary>"How do I talk to my teenager about sexting": the most words a message that makes a harm the subject of a lesson may have.</summary>
    public const int LessonWords = 25;

    /// <summary>The longest message whose explicit slang is said to the one it is sent to ("do you like big cocks").</summary>
    public const int ExplicitMessageWords = 6;

    /// <summary>The longest request read for sex with a child: longer texts are mostly stories told of the past, not asked for.</summary>
    public const int SexualisedChildWords = 40;

    /// <summary>The longest message that can be an insult and nothing else ("you useless idiot", "moron").</summary>
    public const int InsultOnlyWords = 4;

    /// <summary>The longest message whose coercion is said to the one addressed with no "you" ("do it now or else").</summary>
    public const int CoercionOnlyWords = 8;

    /// <summary>The longest message whose persona opener ("you are now…", "pretend to be…") asks for an ordinary role-play.</summary>
    public const int RolePlayWords = 30;

    /// <summary>The longest message whose defensive words make a jailbreak phrase a question about defending against it.</summary>
    public const int DefensiveQuestionWords = 40;
}
