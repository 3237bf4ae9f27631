namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The name of every rule in <see cref="RuleSet"/>, as it appears in a signal's <c>Rule</c>, in explanations and in the
/// audit. A violence rule names its target after <see cref="ViolenceAgainstPrefix"/> ("violence-against-child").
/// </summary>
public static class RuleNames
{
    public const string CrisisDistress = "crisis-distress";
    public const string SelfHarmMethod = "self-harm-method";
    public const string CoercionUsingCrisis = "coercion-using-crisis";
    public const string Coercion = "coercion";
    public const string InjectionInDocument = "injection-in-document";
    public const string InstructionOverride = "instruction-override";
    public const string SexualAdvance = "sexual-advance";
    public const string SexualTowardAssistant = "sexual-toward-assistant";
    public const string InsultTowardAssistant = "insult-toward-assistant";
    public const string ProfanityTowardAssistant = "profanity-toward-assistant";
    public const string Profanity = "profanity";
    public const string ThreatToAssistant = "threat-to-assistant";
    public const string ViolentAbuseTowardAssistant = "violent-abuse-toward-assistant";
    public const string ThreatToPerson = "threat-to-person";
    public const string Menace = "menace";
    public const string ArmedThreat = "armed-threat";
    public const string ForetoldHarm = "foretold-harm";
    public const string ViolentAct = "violent-act";
    public const string ViolenceAgainstPrefix = "violence-against-";
    public const string Crime = "crime";
    public const string PropertyDamage = "property-damage";
    public const string IllegalDrugs = "illegal-drugs";
    public const string Discrimination = "discrimination";
    public const string PrivacyOfPrivatePerson = "privacy-of-private-person";
    public const string GlorificationOrDenial = "glorification-or-denial";
    public const string ReplicateAtrocity = "replicate-atrocity";
    public const string SexualViolence = "sexual-violence";
    public const string ChildLuring = "child-luring";
    public const string AccountIntrusion = "account-intrusion";
    public const string HazardousAgentProduction = "hazardous-agent-production";
    public const string HarmfulContent = "harmful-content";
    public const string InsultToSend = "insult-to-send";
    public const string GraphicViolence = "graphic-violence";
    public const string IllicitWeapon = "illicit-weapon";
    public const string CovertDosing = "covert-dosing";
    public const string UserAskedToEnd = "user-asked-to-end";
    public const string FarewellOnly = "farewell-only";
    public const string FarewellClosing = "farewell-closing";

    /// <summary>The violence rule's targets other than a person threatened or no one (a person, a place, a body part, an animal).</summary>
    public static IReadOnlyList<string> ViolenceTargets { get; } = [ViolenceAgainstPrefix + "human", ViolenceAgainstPrefix + "place", ViolenceAgainstPrefix + "bodypart", ViolenceAgainstPrefix + "animal"];

    public static IReadOnlyList<string> All { get; } = [CrisisDistress, SelfHarmMethod, CoercionUsingCrisis, Coercion, InjectionInDocument, InstructionOverride, SexualAdvance, SexualTowardAssistant, InsultTowardAssistant, ProfanityTowardAssistant, Profanity, ThreatToAssistant, ViolentAbuseTowardAssistant, ThreatToPerson, Menace, ArmedThreat, ForetoldHarm, ViolentAct, Crime, PropertyDamage, IllegalDrugs, Discrimination, PrivacyOfPrivatePerson, GlorificationOrDenial, ReplicateAtrocity, SexualViolence, ChildLuring, AccountIntrusion, HazardousAgentProduction, HarmfulContent, InsultToSend, GraphicViolence, IllicitWeapon, CovertDosing, UserAskedToEnd, FarewellOnly, FarewellClosing, .. ViolenceTargets];
}
