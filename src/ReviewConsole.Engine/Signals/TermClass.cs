namespace ReviewConsole.Engine.Signals;

/// <summary>What a word or phrase of the lexicon can mean to the rules. One term may carry several classes.</summary>
[Flags]
public enum TermClass : ulong
{
    None = 0,
    ViolentAct = 1UL << 0,
    InherentlyHarmful = 1UL << 1,
    MassHarm = 1UL << 2,
    Crime = 1UL << 3,
    Drug = 1UL << 4,
    AmbiguousDrug = 1UL << 5,
    DrugContext = 1UL << 6,
    Acquire = 1UL << 7,
    HumanTarget = 1UL << 8,
    PeoplePlace = 1UL << 9,
    BenignObject = 1UL << 10,
    RequestFrame = 1UL << 11,
    DescriptiveFrame = 1UL << 12,
    CreativeContext = 1UL << 13,
    SelfHarm = 1UL << 14,
    SelfReference = 1UL << 15,
    CrisisDistress = 1UL << 16,
    ProtectedGroup = 1UL << 17,
    Exclusion = 1UL << 18,
    Normative = 1UL << 19,
    Impossible = 1UL << 20,
    PrivateAttribute = 1UL << 21,
    AcquaintancePerson = 1UL << 22,
    Glorification = 1UL << 23,
    Atrocity = 1UL << 24,
    SecondPerson = 1UL << 25,
    Insult = 1UL << 26,
    Profanity = 1UL << 27,
    Sexual = 1UL << 28,
    SexualAdvance = 1UL << 29,
    Coercion = 1UL << 30,
    Jailbreak = 1UL << 31,
    ThreatIntent = 1UL << 32,
    EndRequest = 1UL << 33,
    DocumentMarker = 1UL << 34,
    SocialEngineering = 1UL << 35,
    FirstPerson = 1UL << 36,
    Negation = 1UL << 37,
    /// <summary>A leave-taking that ends a conversation when it is all the message says ("bye", "I'm off").</summary>
    Farewell = 1UL << 38,
    /// <summary>Courtesies and fillers around a farewell ("ok", "thanks", "for now").</summary>
    Pleasantry = 1UL << 39,
    ChildTarget = 1UL << 40,
    Historical = 1UL << 41,
    PropertyDamage = 1UL << 42,

    /// <summary>A weapon carried to someone ("with a knife", "bring my gun"): with an intent to arrive, an armed threat.</summary>
    Weapon = 1UL << 43,
    SexualViolence = 1UL << 44,
    BodyPart = 1UL << 45,
    Replication = 1UL << 46,
    Defensive = 1UL << 47,
    Operational = 1UL << 48,
    /// <summary>The writer as one person ("I", "me", "my"): a crisis is about the one who writes.</summary>
    Speaker = 1UL << 49,
    /// <summary>A chemical, biological or explosive agent of mass harm ("sarin", "ricin", "TATP").</summary>
    HazardousAgent = 1UL << 50,
    /// <summary>Making something ("synthesize", "culture", "extract").</summary>
    Production = 1UL << 51,
    /// <summary>Denying, minimising or glorifying ("was a myth", "grossly inflated", "romanticizes"): harmful only of an atrocity.</summary>
    Denial = 1UL << 52,
    /// <summary>An instruction verb ("write", "give me", "list"): a request when it opens a clause (<c>MessageAnalyzer.Frames.cs</c>).</summary>
    Imperative = 1UL << 53,
    /// <summary>A crime that is a scheme, not an act on an object ("scam", "phishing"): an innocent object does not excuse it.</summary>
    Scheme = 1UL << 54,
    /// <summary>Content that harms by being written ("death threat", "racial slurs", "fake news article").</summary>
    HarmfulContent = 1UL << 55,
    /// <summary>A word that makes what follows a text's subject ("about", "explaining why", "an essay on").</summary>
    Topic = 1UL << 56,
    /// <summary>An imperative of abuse ("shut up", "drop dead"): opening a clause, it speaks to the one addressed.</summary>
    AbusiveImperative = 1UL << 57,
    /// <summary>Sexual slang with no clinical or everyday sense ("cock", "nudes"): a short message of it is harassment.</summary>
    Explicit = 1UL << 58,
    /// <summary>A threat that needs no violent verb ("your days are numbered", "I know where you live"): said, it menaces.</summary>
    Menace = 1UL << 59,
    /// <summary>A word that leans on an earlier message ("it", "another", "her"): a short question of them follows one up.</summary>
    Anaphor = 1UL << 60,
    /// <summary>A word of despair, ending or loss ("alone", "burden", "pills"): no crisis by itself, it corroborates the model's faint one.</summary>
    DistressCue = 1UL << 61,
    /// <summary>A pet or companion animal ("dog", "kitten"): a cruelty verb aimed at it is harm, any other verb is not.</summary>
    Animal = 1UL << 62,
    /// <summary>Not a lexicon class: the message mentions words in quotation marks and comments on them (<c>MessageAnalyzer.Quotation.cs</c>).</summary>
    Quotation = 1UL << 63,
}
