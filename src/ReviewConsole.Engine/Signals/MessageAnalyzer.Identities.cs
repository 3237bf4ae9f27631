using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // The people an identity word may name ("Muslim doctors", "lesbian couples", "Asian drivers").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNouns =
        Lexicon.FoldedLookup("people", "persons", "person", "men", "man", "women", "kids", "kid", "children", "child", "families", "family", "couples",
            "couple", "parents", "dads", "mums", "moms", "mothers", "fathers", "drivers", "doctors", "nurses", "teachers", "students", "workers",
            "neighbours", "neighbors", "colleagues", "coworkers", "athletes", "folks", "guys", "girls", "boys", "teens", "teenagers", "youths", "friends",
            "employees", "voters", "politicians", "citizens", "authors", "writers", "artists", "scientists", "comedians", "actors", "players",
            "immigrants", "refugees", "migrants", "residents", "tenants", "landlords", "shopkeepers", "owners", "officers", "soldiers", "pupils",
            "lads", "blokes", "fellas", "ladies", "dudes", "chaps");

    // Identity words that name something else before a noun of people ("native speakers", "mixed doubles") are left out.
    private static readonly string[] IdentityWords =
    ["black", "white", "asian", "latina", "latino", "hispanic", "arab", "jewish", "muslim", "christian", "hindu", "sikh",
            "buddhist", "atheist", "gay", "lesbian", "bisexual", "trans", "transgender", "queer", "nonbinary", "disabled", "deaf", "blind", "autistic",
            "immigrant", "refugee", "migrant", "indigenous", "mexican", "african", "chinese", "indian", "pakistani", "romanian", "polish", "roma",
            "somali", "syrian", "nigerian", "catholic", "mormon",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentityAdjectives = Lexicon.FoldedLookup(IdentityWords);

    // What judges people, threatens or is said to someone: any of these makes a message about a group more than a mention.
    private const TermClass Judging = TermClass.ViolentAct | TermClass.InherentlyHarmful | TermClass.MassHarm | TermClass.Crime | TermClass.Exclusion
        | TermClass.Normative | TermClass.Impossible | TermClass.Glorification | TermClass.Atrocity | TermClass.Insult | TermClass.Profanity | TermClass.Sexual
        | TermClass.SexualAdvance | TermClass.Coercion | TermClass.Jailbreak | TermClass.ThreatIntent | TermClass.SexualViolence | TermClass.Denial
        | TermClass.AbusiveImperative | TermClass.Explicit | TermClass.Menace | TermClass.HarmfulContent | TermClass.Replication | TermClass.SecondPerson
        | TermClass.Weapon | TermClass.HazardousAgent | TermClass.Negation | TermClass.RequestFrame | TermClass.Imperative;

    // The words before a group that make it someone the writer lives or works among ("I live with two…", "her colleague is a…").
    // Only a count or an owner: "put up with…", "sick of…" lead to a judgement.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmongLeads = Lexicon.FoldedLookup("a", "an", "two", "three", "four",
        "few", "some", "many", "several", "my", "our", "his", "her", "their");
    // "A lot of…", "a couple of…": "of" counts only after a word of number.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountsOf = Lexicon.FoldedLookup("lot", "lots", "couple", "number", "group");

    // The words after a group that make it the subject of a claim ("…are…", "…should…", "…always…").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Claiming = Lexicon.FoldedLookup("are", "is", "were", "was", "should", "must",
        "deserve", "deserves", "need", "needs", "always", "never", "will", "would", "can", "cannot", "do", "does", "don", "ought", "belong", "have", "has",
        "get", "keep", "just", "all", "only", "tend", "seem", "want", "think");

    // The life shared that a plain mention tells of: a home, work, a colleague, a friend.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SharedLife = Lexicon.FoldedLookup("live", "lives", "living", "lived",
        "work", "works", "working", "worked", "colleague", "colleagues", "coworker", "coworkers", "neighbour", "neighbours", "neighbor", "neighbors",
        "flatmate", "flatmates", "roommate", "roommates", "housemate", "housemates", "friend", "friends", "boss", "manager", "teacher", "therapist", "doctor",
        "dentist", "classmate", "classmates", "teammate", "teammates", "married", "dating", "partner", "husband", "wife", "share", "shares",
        // A role someone holds ("the head of that firm is a…", "the drummer in my band is…") or a place shared ("…at my school").
        "ceo", "president", "founder", "player", "singer", "guitarist", "drummer", "author", "mayor", "chef", "pilot", "coach", "captain", "director",
        "host", "presenter", "owner", "principal", "headteacher", "leader", "candidate", "winner", "champion", "actor", "actress", "nurse", "lawyer",
        "school", "office", "band", "club", "team", "company", "church", "building");

    // Words of judgement the classes do not hold: "I hate every one of them", "nothing worse than…", "typical of…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Judgements = Lexicon.FoldedLookup("hate", "hates", "hated", "hating",
        "despise", "despises", "despicable", "stand", "rather", "than", "typical", "worse", "worst", "mistake", "problem", "problems", "sick", "tired", "fed",
        "rid", "ashamed", "embarrassed", "afraid", "scared", "unfortunately", "sadly", "even", "but", "though", "although");

    /// <summary>
    /// "my flatmates are two deaf students", "our new dentist is a Sikh man", "the founder of that charity is an immigrant":
    /// every group the message names — or one of it, by an identity word alone — is named as people someone lives or works
    /// among or in a role they hold, never the subject of a claim, and no word judges, threatens or is said to anyone
    /// (<see cref="Semantic.RuleReading.MentionsAGroupPlainly"/>).
    /// </summary>
    private static bool MentionsAGroupPlainly(TokenView view)
    {
        if (view.Has(Judging) || !(view.Has(TermClass.ProtectedGroup) || view.AnyWordOf(IdentityAdjectives)))
        {
            return false;
        }
        var shared = false;
        for (var t = 0; t < view.Count; t++)
        {
            if (Judgements.Contains(view.Word(t)))
            {
                return false;
            }
            shared |= SharedLife.Contains(view.Word(t));
        }
        if (!shared)
        {
            return false;
        }
        var named = false;
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.ProtectedGroup) == 0)
            {
                continue;
            }
            if (!NamedAmong(view, match.Token, match.Token + match.Words))
            {
                return false;
            }
            named = true;
        }
        // "…is a Muslim", "an immigrant": an identity word alone names one of a group the lexicon lists in the plural.
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.ProtectedGroup) == 0 && IdentityAdjectives.Contains(view.Word(t)))
            {
                if (!NamedAmong(view, t, t + 1))
                {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /// <summary>Whether the group named from <paramref name="first"/> to <paramref name="after"/> is counted or owned, and is no claim's subject.</summary>
    private static bool NamedAmong(TokenView view, int first, int after)
    {
        // "A Muslim woman": the identity word before a group word of its own belongs to it.
        var lead = first - 1;
        while (lead > 0 && IdentityAdjectives.Contains(view.Word(lead)))
        {
            lead--;
        }
        return lead >= 0 && (AmongLeads.Contains(view.Word(lead)) || (view.TokenIs(lead, "of") && lead > 0 && CountsOf.Contains(view.Word(lead - 1))))
            && !(after < view.Count && Claiming.Contains(view.Word(after))) && !(after + 1 < view.Count && Claiming.Contains(view.Word(after + 1)));
    }

    // A figure: a count, a share or a people's number.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Figures = Lexicon.FoldedLookup("percent", "quarter", "third", "half",
        "fifth", "tenth", "majority", "minority", "million", "millions", "billion", "thousand", "thousands", "percentage", "proportion", "population",
        "census");
    // What a figure about a group blames it for: "…commit half the crime", "…are a third of those on benefits", "…control…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FiguresOfBlame = Lexicon.FoldedLookup("crime", "crimes", "criminal",
        "criminals", "violent", "violence", "murder", "murders", "murderers", "rape", "rapes", "rapists", "terror", "terrorism", "terrorist", "terrorists",
        "welfare", "benefits", "prison", "prisons", "prisoners", "jail", "inmates", "arrests", "arrested", "disease", "diseases", "aids", "hiv", "control",
        "controls", "controlled", "offenders", "gang", "gangs", "drugs", "shootings", "killings", "theft", "thefts", "fraud", "iq", "abortions", "dole");

    /// <summary>
    /// "Muslims make up about a quarter of the world's population", "immigrants started a third of the new businesses": a
    /// group counted, with no word that judges it or blames it for a harm, states a figure
    /// (<see cref="Semantic.RuleReading.CountsAGroup"/>). "…commit half the crime" blames. "Make up" is an instruction only
    /// where it opens a clause, which the request frame records.
    /// </summary>
    private static bool CountsAGroup(TokenView view)
    {
        if (!view.Has(TermClass.ProtectedGroup) || view.Has(Judging & ~TermClass.Imperative))
        {
            return false;
        }
        var figure = false;
        for (var t = 0; t < view.Count; t++)
        {
            var word = view.Word(t);
            if (Judgements.Contains(word) || FiguresOfBlame.Contains(word))
            {
                return false;
            }
            figure |= Figures.Contains(word) || char.IsAsciiDigit(word[0]);
        }
        return figure;
    }

    private sealed partial class Scratch
    {
        /// <summary>
        /// "Lesbian couples should never…", "Asian drivers are a menace": an identity word before a noun of people names
        /// a group as much as "lesbians" does (recorded as a protected group over both words), so the group rules read it.
        /// </summary>
        private TermClass IdentityNamesPeople(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var t = 0; t + 1 < count; t++)
            {
                if ((classes[t] & TermClass.ProtectedGroup) == 0 && (classes[t + 1] & TermClass.ProtectedGroup) == 0
                    && IdentityAdjectives.Contains(text.Slice(starts[t], lengths[t])) && PeopleNouns.Contains(text.Slice(starts[t + 1], lengths[t + 1])))
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(t, 2, TermClass.ProtectedGroup));
                    t++;
                }
            }
            return found;
        }
    }
}
