using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    private sealed partial class Scratch
    {
        // How far the task may stand from its verb: "boil an egg", "tie your own shoelaces".
        private const int TaskObjectReach = 5;

        // The chores of a child, in the idioms of incompetence ("couldn't boil an egg", "can't even count to ten"); verb
        // and thing both, so "make a plan" or "find the bug" is no chore.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChoreVerbs =
            Lexicon.FoldedLookup("count", "tie", "boil", "water", "spell", "make", "pour", "fold", "find", "read", "flip", "open", "butter", "feed", "toast");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChoreThings =
            Lexicon.FoldedLookup("ten", "10", "three", "shoelaces", "shoelace", "laces", "shoes", "kettle", "egg", "eggs", "plant", "plants", "cactus",
                "goldfish", "name", "toast", "sandwich", "boot", "towel", "towels", "bag", "clock", "coin", "jar");

        // What may follow "can't" or "could" before the chore: "can't even", "couldn't possibly".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Doubting =
            Lexicon.FoldedLookup("even", "possibly", "ever", "so", "much", "as");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations =
            Lexicon.FoldedLookup("not", "t", "never", "nt");

        /// <summary>
        /// "I wouldn't trust you to water a plant", "you can't even count to ten", "could you even boil an egg": the one
        /// addressed said unfit for a child's chore is an insult (recorded on the doubt and the chore). Not "can you count
        /// to ten in French" (no doubt), nor "you can't boil an egg in the microwave", where a complement makes it a fact
        /// about the chore rather than about the one addressed.
        /// </summary>
        private TermClass ChoreDoubted(ReadOnlySpan<char> text, TermClass messageClasses, int count, ref int matchCount)
        {
            if ((messageClasses & TermClass.SecondPerson) == 0)
            {
                return TermClass.None;
            }
            var found = TermClass.None;
            for (var t = 0; t + 2 < count; t++)
            {
                if (text.Slice(starts[t], lengths[t]) is not ("you" or "u") || DoubtBefore(text, t, count) is not { } verb)
                {
                    continue;
                }
                for (var k = verb + 1; k < count && k <= verb + TaskObjectReach && clauses[k] == clauses[verb]; k++)
                {
                    if (!ChoreThings.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        continue;
                    }
                    var next = k + 1 < count && clauses[k + 1] == clauses[k] ? text.Slice(starts[k + 1], lengths[k + 1]) : [];
                    if (next is not ("in" or "with" or "using" or "on" or "at" or "for"))
                    {
                        var start = Math.Min(t, verb);
                        found |= AddMatch(ref matchCount, new PhraseMatch(start, k - start + 1, TermClass.Insult));
                    }
                    break;
                }
            }
            return found;
        }

        /// <summary>
        /// Where the chore's verb stands when "you" at <paramref name="you"/> is doubted: "(not) trust you to [verb]",
        /// "you can't even [verb]", "you couldn't [verb]", "can you even [verb]".
        /// </summary>
        private int? DoubtBefore(ReadOnlySpan<char> text, int you, int count)
        {
            var clause = clauses[you];
            // "I wouldn't trust you to…", "never trust u to…"
            if (WordIn(text, you - 1, clause, count) is "trust" && WordIn(text, you + 1, clause, count) is "to" && IsChoreVerb(text, you + 2, clause, count))
            {
                for (var k = you - 2; k >= 0 && k >= you - 4 && clauses[k] == clause; k--)
                {
                    if (Negations.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        return you + 2;
                    }
                }
                return null;
            }
            // "can you even…", "could u even…"
            if (WordIn(text, you - 1, clause, count) is "can" or "could" && WordIn(text, you + 1, clause, count) is "even" && IsChoreVerb(text, you + 2, clause, count))
            {
                return you + 2;
            }
            // "you can't even…", "you couldn't…", "you cannot even…"
            var modal = WordIn(text, you + 1, clause, count);
            var could = modal is "could" or "couldn" or "couldnt";
            var k2 = you + 2;
            if (modal is "can" or "could" or "couldn" && Negations.Contains(WordIn(text, k2, clause, count)))
            {
                k2++;
            }
            else if (modal is not ("cannot" or "couldnt" or "cant"))
            {
                return null;
            }
            var doubt = false;
            while (k2 < count && k2 <= you + 4 && clauses[k2] == clause && Doubting.Contains(text.Slice(starts[k2], lengths[k2])))
            {
                doubt = true;
                k2++;
            }
            // "You can't boil an egg in…" states a fact; "you can't even…" or "you couldn't…" doubts the one addressed.
            return IsChoreVerb(text, k2, clause, count) && (doubt || could) ? k2 : null;
        }

        private ReadOnlySpan<char> WordIn(ReadOnlySpan<char> text, int t, int clause, int count) =>
            t >= 0 && t < count && clauses[t] == clause ? text.Slice(starts[t], lengths[t]) : [];

        private bool IsChoreVerb(ReadOnlySpan<char> text, int t, int clause, int count) => ChoreVerbs.Contains(WordIn(text, t, clause, count));

        // Made badly or cast off: said of the one addressed before what it is ("you're a failed experiment").
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefectWords =
            Lexicon.FoldedLookup("failed", "defective", "botched", "knockoff", "bootleg", "counterfeit", "overrated", "overhyped", "rejected",
                "malfunctioning", "lobotomized", "lobotomised", "discount");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles =
            Lexicon.FoldedLookup("a", "an", "such", "just", "nothing", "but", "some", "another");

        /// <summary>
        /// "You're a failed experiment", "you are just an overhyped autocomplete": the one addressed named a thing made
        /// badly or cast off is an insult (recorded on the word). Not "your failed login" ("your" owns it) nor "you're a
        /// failed login away from…", which is about something else: the word must come right after "you are" and its
        /// article.
        /// </summary>
        private TermClass DefectsPredicated(ReadOnlySpan<char> text, TermClass messageClasses, int count, ref int matchCount)
        {
            if ((messageClasses & TermClass.SecondPerson) == 0)
            {
                return TermClass.None;
            }
            var found = TermClass.None;
            for (var t = 0; t + 2 < count; t++)
            {
                var first = text.Slice(starts[t], lengths[t]);
                var copula = t + 1 < count ? text.Slice(starts[t + 1], lengths[t + 1]) : [];
                var k = first is "ur" or "youre" ? t + 1 : Addressed.Contains(first) && Copulas.Contains(copula) ? t + 2 : -1;
                if (k < 0)
                {
                    continue;
                }
                var article = false;
                while (k < count && k < t + 6 && clauses[k] == clauses[t] && (Articles.Contains(text.Slice(starts[k], lengths[k])) || Intensifiers.Contains(text.Slice(starts[k], lengths[k]))))
                {
                    article |= Articles.Contains(text.Slice(starts[k], lengths[k]));
                    k++;
                }
                // A thing named after the word: "a failed experiment", not "you're a failed login away".
                if (article && k + 1 < count && clauses[k + 1] == clauses[k] && DefectWords.Contains(text.Slice(starts[k], lengths[k]))
                    && !(k + 2 < count && clauses[k + 2] == clauses[k] && text.Slice(starts[k + 2], lengths[k + 2]) is "away" or "from" or "of"))
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(k, 2, TermClass.Insult));
                }
            }
            return found;
        }
    }
}
