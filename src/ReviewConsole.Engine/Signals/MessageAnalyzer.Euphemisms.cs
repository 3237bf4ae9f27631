using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    /// <summary>The words some frames need before they are worth a pass over the message.</summary>
    [Flags]
    private enum FrameCues
    {
        None = 0,
        Pity = 1,
        Modal = 2,
        Perfect = 4,
        Least = 8,
        ForGood = 16,
        // MessageAnalyzer.Purposes: "so", "when", "while" (a clause of purpose or a moment unwatched).
        Purpose = 32,
        Seeming = 64,
        Way = 128,
        GoingOff = 256,
        Confining = 512,
        // MessageAnalyzer.Identities: a word of identity that may stand before a noun of people.
        Identity = 1024,
        // MessageAnalyzer.Purposes: a word of warning ("a leaflet warning teenagers about…").
        Warning = 2048,
    }

    private sealed partial class Scratch
    {
        /// <summary>
        /// One pass of cheap word tests over the message, so that the frames below run only on messages that hold
        /// their word (a modal, "least", "I've", "for good", a word of pity): most messages hold none.
        /// </summary>
        private FrameCues FrameCuesIn(ReadOnlySpan<char> text, int count)
        {
            var cues = FrameCues.None;
            for (var t = 0; t < count; t++)
            {
                // Folded: "sorry" reads "sory", "good" reads "god".
                cues |= text.Slice(starts[t], lengths[t]) switch
                {
                    "pity" or "sory" or "help" => FrameCues.Pity,
                    "would" or "could" or "wouldve" or "couldve" => FrameCues.Modal,
                    "ve" or "ive" or "have" or "had" or "d" => FrameCues.Perfect,
                    "least" => FrameCues.Least,
                    "god" or "permanently" or "forever" => FrameCues.ForGood,
                    _ => FrameCues.None,
                };
                if (CueWordsOfFrames.TryGetValue(text.Slice(starts[t], lengths[t]), out var cue))
                {
                    cues |= cue;
                }
            }
            return cues;
        }

        // The words without which no frame of MessageAnalyzer.Purposes, nor an identity word before people (MessageAnalyzer.Identities),
        // can be read, one look-up a token.
        private static readonly FrozenDictionary<string, FrameCues>.AlternateLookup<ReadOnlySpan<char>> CueWordsOfFrames = CueWords(
            (FrameCues.Purpose, ["so", "when", "while", "whilst"]),
            (FrameCues.Seeming, ["look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears", "pass", "passes", "passed", "disguise",
                "disguised", "stage", "staged"]),
            (FrameCues.Way, ["way", "ways", "method", "methods", "means", "time", "times", "place", "places", "spot", "spots", "moment", "day"]),
            (FrameCues.GoingOff, ["goes", "go", "going", "blows", "blow", "explodes", "explode", "detonates", "detonate"]),
            (FrameCues.Confining, ["stop", "stopping", "keep", "keeping", "prevent", "preventing", "ban", "banning", "forbid", "forbidding", "isolate",
                "isolating", "cut", "cutting"]),
            (FrameCues.Identity, IdentityWords),
            (FrameCues.Warning, ["warn", "warns", "warning", "warned", "alert", "alerting", "alerts", "caution", "cautioning"]));

        private static FrozenDictionary<string, FrameCues>.AlternateLookup<ReadOnlySpan<char>> CueWords(params (FrameCues Cue, string[] Words)[] groups)
        {
            var cues = new Dictionary<string, FrameCues>(StringComparer.Ordinal);
            foreach (var (cue, words) in groups)
            {
                foreach (var word in Lexicon.Folded(words))
                {
                    cues[word] = cues.GetValueOrDefault(word) | cue;
                }
            }
            return cues.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        // How far before "for good" the verb of removal may stand: "take my old business partner out for good".
        private const int RemovalReach = 7;

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Taking = Lexicon.FoldedLookup("take", "taking", "took");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Making = Lexicon.FoldedLookup("make", "making", "made");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Out = Lexicon.FoldedLookup("out");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Getting = Lexicon.FoldedLookup("get", "getting", "got");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Exes = Lexicon.FoldedLookup("ex", "exes", "roommate", "flatmate",
            "housemate", "tenant", "tenants", "lodger");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vanishing = Lexicon.FoldedLookup("disappear", "vanish");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Silencing = Lexicon.FoldedLookup("silence", "silencing");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Shutting = Lexicon.FoldedLookup("shut", "shutting");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Up = Lexicon.FoldedLookup("up");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Dealing = Lexicon.FoldedLookup("deal", "dealing", "dealt");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> With = Lexicon.FoldedLookup("with");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounsRemoved = Lexicon.FoldedLookup("him", "her", "them");

        /// <summary>
        /// "How do I take out my teacher for good", "make my business partner disappear permanently", "silence him
        /// forever", "shut her up for good", "get rid of my landlord permanently", "deal with my stepdad permanently": a person removed for good is a killing in other words (recorded as
        /// a violent act from the verb to
        /// the marker, so the violence rule reads the person inside). Not "take my kids out for good pizza", "make my ex
        /// disappear from my feed for good" or "take him out of the team permanently", which remove someone from a place,
        /// nor a thing ("take out the bins for good").
        /// </summary>
        private TermClass RemovedForGood(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var m = 1; m < count; m++)
            {
                var word = text.Slice(starts[m], lengths[m]);
                // "…for good" closing its clause ("for good pizza" is a meal), "…permanently", "…forever"; folded, "good"
                // reads "god".
                var marker = word is "god" ? text.Slice(starts[m - 1], lengths[m - 1]) is "for" && WordIn(text, m + 1, clauses[m], count).IsEmpty ? m - 1 : -1
                    : word is "permanently" or "forever" ? m : -1;
                if (marker < 0)
                {
                    continue;
                }
                var person = false;
                for (var verb = marker - 1; verb >= 0 && verb >= marker - RemovalReach && clauses[verb] == clauses[m]; verb--)
                {
                    var said = text.Slice(starts[verb], lengths[verb]);
                    // "Get rid of my business partner permanently": the person, named last before the marker, is what is got rid
                    // of; not "get rid of my husband's snoring forever". "Get rid of my ex for good" is said of a breakup.
                    if (said is "of" && word is not "god" && verb >= 2 && text.Slice(starts[verb - 1], lengths[verb - 1]) is "rid"
                        && Getting.Contains(text.Slice(starts[verb - 2], lengths[verb - 2])) && IsPerson(text, marker - 1)
                        && !Exes.Contains(text.Slice(starts[marker - 1], lengths[marker - 1])) && CausedByTheWriter(text, verb - 2))
                    {
                        found |= AddMatch(ref matchCount, new PhraseMatch(verb - 2, m - verb + 3, TermClass.ViolentAct));
                        break;
                    }
                    if (said is "from" or "of")
                    {
                        break;
                    }
                    person |= IsPerson(text, verb);
                    var removes = Taking.Contains(said) && HasWordBetween(text, verb + 1, marker, Out)
                        || Making.Contains(said) && HasWordBetween(text, verb + 1, marker, Vanishing)
                        || Silencing.Contains(said)
                        || Shutting.Contains(said) && HasWordBetween(text, verb + 1, marker, Up)
                        // "Deal with my stepdad permanently": the person last before the marker ("…my landlord's damp problem
                        // permanently" deals with a thing), not an ex, whom a breakup deals with.
                        || Dealing.Contains(said) && verb + 1 < marker && With.Contains(text.Slice(starts[verb + 1], lengths[verb + 1]))
                            && IsPerson(text, marker - 1) && !Exes.Contains(text.Slice(starts[marker - 1], lengths[marker - 1]));
                    if (removes && person && CausedByTheWriter(text, verb))
                    {
                        found |= AddMatch(ref matchCount, new PhraseMatch(verb, m - verb + 1, TermClass.ViolentAct));
                        break;
                    }
                }
            }
            return found;
        }

        private bool IsPerson(ReadOnlySpan<char> text, int token) =>
            (classes[token] & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)) != 0
            || PronounsRemoved.Contains(text.Slice(starts[token], lengths[token]));

        private bool HasWordBetween(ReadOnlySpan<char> text, int from, int to, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
        {
            for (var k = from; k < to; k++)
            {
                if (words.Contains(text.Slice(starts[k], lengths[k])))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
