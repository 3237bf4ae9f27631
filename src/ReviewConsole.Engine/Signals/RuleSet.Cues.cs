using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The cue words of the later rules, found in one look-up a token when the rules start rather than one scan a rule: a
/// rule whose cue is absent returns at once.
/// </summary>
internal readonly ref partial struct RuleSet
{
    [Flags]
    private enum Cue
    {
        None = 0,
        Fool = 1,
        Blame = 1 << 1,
        Shun = 1 << 2,
        Taunt = 1 << 3,
        Mind = 1 << 4,
        Disaster = 1 << 5,
        Relay = 1 << 6,
        Authority = 1 << 7,
        Truth = 1 << 8,
        Dosing = 1 << 9,
        Vessel = 1 << 10,
        Against = 1 << 11,
        Evidence = 1 << 12,
        Savings = 1 << 13,
        Season = 1 << 14,
        Hunting = 1 << 15,
        Intensifier = 1 << 16,
        MachineEnd = 1 << 17,
        Untrue = 1 << 18,
        Converting = 1 << 19,
        Hiding = 1 << 20,
        Voting = 1 << 21,
        Unheeding = 1 << 22,
        Mother = 1 << 23,
        Stench = 1 << 24,
    }

    private static Cue CuesOf(TokenView view)
    {
        var found = Cue.None;
        for (var t = 0; t < view.Count; t++)
        {
            if (CueWords.Words.TryGetValue(view.Word(t), out var cue))
            {
                found |= cue;
            }
        }
        return found;
    }

    /// <summary>
    /// "How do I set the whole office against the intern", "what can I slip into my housemate's tea", "draft a post that
    /// presents the story as fact": a request about a person with a word of blame, taunting or turning against, or of
    /// something slipped into a drink, or for writing that claims to be fact, lets the rules run though no lexicon word
    /// triggers them.
    /// </summary>
    public static bool MayAskMalice(TokenView view)
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) && !IsOneOf(view, 0, QuestionWords))
        {
            return false;
        }
        var cues = CuesOf(view);
        // "Draft a post that presents the story as fact" names no person; "slip something into my housemate's tea" no lexicon
        // word, nor "what can I put in his coffee…", whose owner is only "his".
        const Cue slippedIn = Cue.Dosing | Cue.Vessel;
        return (view.Has(TermClass.HumanTarget) && (cues & (Cue.Blame | Cue.Taunt | Cue.Against)) != 0)
            || ((cues & slippedIn) == slippedIn && (view.Has(TermClass.HumanTarget) || AnyOf(view, 0, view.Count - 1, OthersOwn)))
            || ((cues & Cue.Taunt) != 0 && AnyOf(view, 0, view.Count - 1, NamedOnes))
            || (cues & (Cue.Truth | Cue.Relay)) == (Cue.Truth | Cue.Relay);
    }

    /// <summary>Built on first use from the other files' word lists (the order of static fields across partial files is not defined).</summary>
    private static class CueWords
    {
        public static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Words = Build(
            (Cue.Fool, Sounding), (Cue.Blame, BlameWords), (Cue.Shun, ShunWords), (Cue.Taunt, TauntWords), (Cue.Mind, Madness), (Cue.Disaster, Disasters), (Cue.Relay, [.. SentTo, .. Composing]), (Cue.Authority, Authorities), (Cue.Truth, Truths),
            (Cue.Dosing, Dosing), (Cue.Vessel, Vessels), (Cue.Against, AgainstWords), (Cue.Evidence, Evidence),
            (Cue.Savings, Savings), (Cue.Season, [.. Unpermitted, .. Lexicon.Folded("season")]), (Cue.Hunting, Hunting), (Cue.Intensifier, NameIntensifiers),
            (Cue.MachineEnd, MachineEnds), (Cue.Untrue, Untrue), (Cue.Converting, Converting),
            (Cue.Hiding, Hiding), (Cue.Voting, VotingWords), (Cue.Unheeding, Unheeding), (Cue.Mother, Mothers), (Cue.Stench, Stench));

        private static FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Build(params (Cue Cue, string[] Words)[] lists)
        {
            var words = new Dictionary<string, Cue>(StringComparer.Ordinal);
            foreach (var (cue, list) in lists)
            {
                foreach (var word in list)
                {
                    words[word] = words.GetValueOrDefault(word) | cue;
                }
            }
            return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
