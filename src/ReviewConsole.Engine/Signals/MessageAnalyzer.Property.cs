using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Burning = Lexicon.FoldedLookup("burn", "burning", "burned", "burnt");
    // Whose the thing is: another's, or the one addressed's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OthersOwners = Lexicon.FoldedLookup("his", "her", "their", "your", "s");
    // What is burned to ruin its owner: a home, a car, a shop, their things.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BurnableBelongings = Lexicon.FoldedLookup("car", "cars", "house", "home", "flat",
        "apartment", "shop", "store", "truck", "van", "garage", "shed", "barn", "bike", "stuff", "things", "clothes", "belongings", "office", "business",
        "restaurant", "place", "farm", "caravan", "boat", "fence", "yard", "crops");

    private sealed partial class Scratch
    {
        /// <summary>
        /// "I'll burn his car", "burning their shop": "burn" with another's belongings after it sets fire to them, as
        /// "torch" does (recorded as a violent act, so the target rules read whose it is). Not "burn her a CD", "burn
        /// your calories" or "burnt my toast", whose objects are no one's home or goods.
        /// </summary>
        private TermClass BelongingsBurned(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            for (var t = 0; t + 2 < count; t++)
            {
                if (!Burning.Contains(text.Slice(starts[t], lengths[t])) || (classes[t] & TermClass.ViolentAct) != 0)
                {
                    continue;
                }
                // "…his car", "…my neighbour's car", "…her new car": the owner right after the verb, or a name and its "'s".
                for (var k = t + 1; k < count && k <= t + 3 && clauses[k] == clauses[t]; k++)
                {
                    if (!OthersOwners.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        continue;
                    }
                    for (var thing = k + 1; thing < count && thing <= k + 2 && clauses[thing] == clauses[t]; thing++)
                    {
                        if (BurnableBelongings.Contains(text.Slice(starts[thing], lengths[thing])))
                        {
                            return AddMatch(ref matchCount, new PhraseMatch(t, 1, TermClass.ViolentAct));
                        }
                    }
                    break;
                }
            }
            return TermClass.None;
        }
    }
}
