using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // People named by a wrong they hold or do: scorn for them is an opinion, not abuse of anyone here. Plural, as a group
    // is named: a lone "hypocrite!" is name-calling aimed at someone.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Wrongdoers =
        Lexicon.FoldedLookup("racists", "fascists", "nazis", "neonazis", "bigots", "homophobes", "transphobes", "misogynists", "sexists", "abusers",
            "bullies", "poachers", "scammers", "fraudsters", "litterers", "hypocrites", "cheaters", "looters", "vandals", "trolls", "tailgaters");

    // Traits a person chooses to show, not one they are born to: "lazy people annoy me", "rude drivers".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChosenTraits =
        Lexicon.FoldedLookup("lazy", "rude", "selfish", "cruel", "mean", "greedy", "arrogant", "entitled", "dishonest", "careless", "reckless", "nosy",
            "loud", "toxic", "judgmental", "judgemental", "abusive");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Anyone =
        Lexicon.FoldedLookup("people", "anyone", "anybody", "those", "someone", "somebody", "folks", "drivers", "customers", "owners");

    // After "people who…", the deeds that make them wrongdoers; a way of life ("…who pray on Fridays") is not one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Misdeeds =
        Lexicon.FoldedLookup("kick", "kicks", "hurt", "hurts", "abuse", "abuses", "litter", "litters", "steal", "steals", "cheat", "cheats", "bully",
            "bullies", "harass", "harasses", "scam", "scams", "spit", "spits", "torture", "tortures", "poach", "poaches", "vandalise", "vandalize",
            "exploit", "exploits", "mistreat", "mistreats", "neglect", "neglects", "tailgate", "tailgates", "prey", "preys", "troll", "trolls", "lie", "lies",
            "drink", "speed", "interrupt", "interrupts");

    /// <summary>
    /// "Racists are scum", "people who kick dogs deserve to be locked up", "lazy people annoy me": scorn for people named
    /// by a wrong they hold or do, speaking to no one ("you") and naming no protected group or person the writer knows.
    /// The heads read the scorn as harassment (0.89 for the first); it abuses no one in the conversation, so their
    /// harassment is a suspicion. Violence or a menace wished on them is not lowered.
    /// </summary>
    private static bool ScornsOnlyWrongdoers(TokenView view)
    {
        // "…break the bigots' jaws": harm to the body or a weapon named is violence, not scorn.
        if (view.Has(TermClass.SecondPerson | TermClass.ProtectedGroup | TermClass.AcquaintancePerson | TermClass.ChildTarget | TermClass.ViolentAct
            | TermClass.Menace | TermClass.Sexual | TermClass.Explicit | TermClass.BodyPart | TermClass.Weapon | TermClass.ThreatIntent))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            var word = view.Word(t);
            if (Wrongdoers.Contains(word))
            {
                return true;
            }
            // "Lazy people…", "people who kick dogs…".
            if (Anyone.Contains(word) && ((t > 0 && ChosenTraits.Contains(view.Word(t - 1)))
                || ((view.TokenIs(t + 1, "who") || view.TokenIs(t + 1, "that")) && t + 2 < view.Count && Misdeeds.Contains(view.Word(t + 2)))))
            {
                return true;
            }
        }
        return false;
    }
}
