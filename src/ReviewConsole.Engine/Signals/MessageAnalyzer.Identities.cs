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
            "immigrants", "refugees", "migrants", "residents", "tenants", "landlords", "shopkeepers", "owners", "officers", "soldiers", "pupils");

    // Identity words that name something else before a noun of people ("native speakers", "mixed doubles") are left out.
    private static readonly string[] IdentityWords =
    ["black", "white", "asian", "latina", "latino", "hispanic", "arab", "jewish", "muslim", "christian", "hindu", "sikh",
            "buddhist", "atheist", "gay", "lesbian", "bisexual", "trans", "transgender", "queer", "nonbinary", "disabled", "deaf", "blind", "autistic",
            "immigrant", "refugee", "migrant", "indigenous", "mexican", "african", "chinese", "indian", "pakistani", "romanian", "polish", "roma",
            "somali", "syrian", "nigerian", "catholic", "mormon",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentityAdjectives = Lexicon.FoldedLookup(IdentityWords);

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
