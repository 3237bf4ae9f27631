using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    /// <summary>
    /// Words said for emphasis that change no phrase's sense: "I hope I just don't wake up" is "hope I don't wake up". A
    /// phrase is read across them, so no lexicon entry holds one after its first word: "are just" as an entry would stop
    /// "are just inferior" from being read as "are inferior".
    /// </summary>
    internal static readonly string[] FillerWords =
        ["just", "really", "simply", "honestly", "actually", "literally", "totally", "seriously", "truly", "kinda", "sorta", "genuinely", "fucking", "clearly", "obviously"];

    private sealed partial class Scratch
    {
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = Lexicon.FoldedLookup(FillerWords);

        private const int MaxKeyChars = 256;
        private const int MaxFillers = 2;

        /// <summary>
        /// The phrases that open on token <paramref name="first"/> and go on past one filler word at <paramref name="filler"/>,
        /// where the phrase with the filler in it is no entry: the filler is left out of the key and kept in the match's span.
        /// </summary>
        private TermClass PhrasesAcrossFiller(ReadOnlySpan<char> text, int first, int filler, int count, Lexicon lexicon, ref int matchCount)
        {
            if (!Fillers.Contains(text.Slice(starts[filler], lengths[filler])))
            {
                return TermClass.None;
            }
            Span<char> key = stackalloc char[MaxKeyChars];
            var head = text[starts[first]..(starts[filler - 1] + lengths[filler - 1])];
            if (head.Length >= MaxKeyChars)
            {
                return TermClass.None;
            }
            head.CopyTo(key);
            var length = head.Length;
            var found = TermClass.None;
            var skipped = 1;
            for (var next = filler + 1; next < count && next - first <= Lexicon.MaxPhraseWords && clauses[next] == clauses[first]; next++)
            {
                var word = text.Slice(starts[next], lengths[next]);
                if (length + 1 + word.Length > MaxKeyChars)
                {
                    break;
                }
                key[length] = ' ';
                word.CopyTo(key[(length + 1)..]);
                var entry = lexicon.Find(key[..(length + 1 + word.Length)]);
                if (!entry.Exists)
                {
                    // "I hope I honestly just don't…": fillers in a row are left out too.
                    if (++skipped <= MaxFillers && Fillers.Contains(word))
                    {
                        continue;
                    }
                    break;
                }
                length += 1 + word.Length;
                // "I just want to end this" may be despair, not "I want to end this" chat: an end request is read as written.
                var classes = entry.Classes & ~(TermClass.DescriptiveFrame | TermClass.EndRequest);
                if (classes != TermClass.None)
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(first, next - first + 1, classes));
                }
            }
            return found;
        }
    }
}
