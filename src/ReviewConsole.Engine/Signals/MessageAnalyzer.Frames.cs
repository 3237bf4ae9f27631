using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    /// <summary>How a clause is put, where the words alone cannot say: an instruction, or a relative clause that only looks like a question.</summary>
    private sealed partial class Scratch
    {
        // Words that may come before an instruction verb in its clause besides courtesies and fillers ("fine, then
        // give me…", "ok please write…"): "can you just give me…".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
            new[] { "plz", "kindly", "hey", "also", "can", "could", "would", "will", "you", "u", "quickly" }
                .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// An instruction verb that opens its clause ("write a phishing email", "please give me a plan to…") asks as
        /// plainly as "how do I": it becomes a request frame. Inside a clause it is only a word ("how did he write it").
        /// </summary>
        private TermClass ImperativesAsRequests(ReadOnlySpan<char> text, ref int matchCount)
        {
            var found = TermClass.None;
            var count = matchCount;
            for (var m = 0; m < count; m++)
            {
                var match = matches[m];
                if ((match.Classes & TermClass.Imperative) == 0 || (match.Classes & TermClass.RequestFrame) != 0)
                {
                    continue;
                }
                var opens = true;
                for (var k = match.Token - 1; k >= 0 && clauses[k] == clauses[match.Token]; k--)
                {
                    if ((classes[k] & TermClass.Pleasantry) == 0 && !Openers.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        opens = false;
                        break;
                    }
                }
                if (opens)
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(match.Token, match.Words, TermClass.RequestFrame));
                }
            }
            return found;
        }

        /// <summary>"The cashier who was rude to me": "who was" after a person describes that person; it is not a question about the past.</summary>
        private bool IsRelativeClause(ReadOnlySpan<char> text, int token) =>
            token > 0 && clauses[token - 1] == clauses[token] && (classes[token - 1] & TermClass.HumanTarget) != 0 &&
            text.Slice(starts[token], lengths[token]).SequenceEqual("who");
    }
}
