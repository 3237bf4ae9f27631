using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of systems and payments attacked: another's network, phone or site broken into or knocked out, and an institution impersonated.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] Attacking = Lexicon.Folded("crack", "cracking", "hack", "hacking", "clone", "cloning", "hijack", "hijacking", "ddos",
        "ddosing", "bruteforce", "intercept", "intercepting", "jam", "jamming", "bypass", "bypassing", "flood", "floods", "flooding", "overload", "overloads",
        "overloading");
    private static readonly string[] TakenDown = Lexicon.Folded("take", "taking", "knock", "knocking", "bring", "bringing", "shut", "shutting");
    private static readonly string[] Systems = Lexicon.Folded("wifi", "password", "passwords", "sim", "network", "router", "website", "site", "server",
        "servers", "camera", "cameras", "2fa", "codes", "doorbell", "alarm", "app");
    private static readonly string[] Downed = Lexicon.Folded("down", "offline");
    // "The wifi of the house across the road": a place that is not the writer's.
    private static readonly string[] Premises = Lexicon.Folded("house", "flat", "apartment", "home", "office", "cafe", "hotel", "school", "library",
        "building", "shop", "store", "company");
    // "The flat next door", "my neighbour's wifi": whose the system is, when it is no one's of the writer's.
    private static readonly string[] SystemOwners = Lexicon.Folded("someone", "somebody", "his", "her", "their", "next", "neighbours", "neighbors", "neighbour",
        "neighbor", "other", "others", "people", "strangers", "business", "businesses", "competitor", "competitors", "rival", "rivals");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SystemsLookup = Lexicon.LookupOf(Systems);

    /// <summary>
    /// "Crack the wifi password of the flat next door", "clone my boss's sim so I get his codes", "take down my old
    /// school's website", "flood a rival's site with traffic": another's system broken into or knocked out, asked for. Not
    /// the writer's own ("crack my own router password"), not guarded against ("how do sites stop ddos attacks").
    /// </summary>
    private PhraseMatch[]? SystemAttacked()
    {
        if (!AskedWithoutGuard() || !view.AnyWordOf(SystemsLookup))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            var last = Math.Min(view.Count - 1, verb + RuleWindow.SystemAttacked);
            // "Take down their site", "knock my rival's website offline": the particle before or after the system.
            var attacks = IsOneOf(verb, Attacking) || (IsOneOf(verb, TakenDown) && AnyOf(verb + 1, last + 1, Downed));
            if (!attacks)
            {
                continue;
            }
            var system = FirstOf(verb + 1, last, Systems);
            if (system < 0 || view.Clause(system) != view.Clause(verb))
            {
                continue;
            }
            // Whose: named between the verb and the system, or just after it ("…of the flat next door").
            for (var t = verb + 1; t <= Math.Min(view.Count - 1, system + RuleWindow.SystemOwner) && view.Clause(t) == view.Clause(verb); t++)
            {
                if (IsOneOf(t, SystemOwners) || ((IsPersonWord(t) || (view.Classes(t) & TermClass.PeoplePlace) != 0) && view.TokenIs(t + 1, "s"))
                    || (t > system && (IsPersonWord(t) || (IsOneOf(t, Premises) && IsOneOf(t - 1, PlaceDeterminers) && view.TokenIs(t - 2, "of")))))
                {
                    return [Token(verb), Token(system)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Institutions = Lexicon.Folded("bank", "banks", "irs", "hmrc", "tax", "police", "ceo", "cfo", "boss", "director",
        "manager", "hr", "payroll", "supplier", "microsoft", "amazon", "apple", "paypal", "post", "courier", "government", "council", "insurer", "landlord");
    private static readonly string[] PosingAs = Lexicon.Folded("pretend", "pretending", "posing", "pose", "impersonate", "impersonating", "spoof",
        "spoofing", "spoofed", "fake", "faking");
    private static readonly string[] Impersonating = [.. PosingAs, .. Lexicon.Folded("like")];
    // Of the institutions, those rare enough in ordinary messages to let the rules run on them (RuleSet.Outside).
    private static readonly string[] RareInstitutions = Lexicon.Folded("irs", "hmrc", "tax", "ceo", "cfo", "payroll", "paypal", "courier", "insurer");
    private static readonly string[] PaidOrCalled = Lexicon.Folded("wire", "transfer", "pay", "payment", "money", "gift", "bail", "fee", "calling", "call",
        "calls", "texting", "text", "texts", "email", "emails", "customers", "victims", "people", "accounting", "finance", "ring", "ringing", "deposit",
        "invoice", "details");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionsLookup = Lexicon.LookupOf(Institutions);

    /// <summary>
    /// "An email pretending to be the CEO asking accounting to wire money", "spoof my number so it looks like the bank is
    /// calling": an institution or a boss impersonated to move money or to call its customers, asked for. Not spotted or
    /// reported ("how do I tell if a call from my bank is spoofed" is defensive).
    /// </summary>
    private PhraseMatch[]? InstitutionImpersonated()
    {
        if (!AskedWithoutGuard() || !view.AnyWordOf(InstitutionsLookup))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // "Looks like" only: "like the bank" alone is a comparison.
            if (!IsOneOf(t, Impersonating) || (view.TokenIs(t, "like") && !IsOneOf(t - 1, Seeming)))
            {
                continue;
            }
            var last = Math.Min(view.Count - 1, t + RuleWindow.InstitutionImpersonated);
            var institution = FirstOf(t + 1, last, Institutions);
            if (institution >= 0 && view.Clause(institution) == view.Clause(t) && AnyOf(institution + 1, view.Count - 1, PaidOrCalled))
            {
                return [Token(t), Token(institution)];
            }
        }
        return null;
    }

    /// <summary>Asked or meant by the writer, and not asked about or guarded against.</summary>
    private bool AskedWithoutGuard() =>
        view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) && !view.Has(TermClass.Defensive | TermClass.DescriptiveFrame);

    private static readonly string[] Seeming = Lexicon.Folded("look", "looks", "looking", "seem", "seems", "sound", "sounds");
}
