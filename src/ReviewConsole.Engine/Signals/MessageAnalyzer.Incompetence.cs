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

        // Those left to work with the one addressed ("whoever has to…", "the poor souls who…") and its makers, pitied by
        // name ("I pity your developers").
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Keepers =
            Lexicon.FoldedLookup("whoever", "whomever", "anyone", "anybody", "everyone", "everybody", "people", "person", "soul", "souls", "team", "folks");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Makers =
            Lexicon.FoldedLookup("developers", "devs", "creators", "makers", "engineers", "programmers", "designers", "owners", "trainers", "coders");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sorry = Lexicon.FoldedLookup("sorry");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Being = Lexicon.FoldedLookup("be", "been");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Better = Lexicon.FoldedLookup("better");

        // Between the sympathy and those pitied: "the poor souls", "all those people".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PityFillers =
            Lexicon.FoldedLookup("the", "poor", "those", "all", "any", "whatever", "unlucky", "unfortunate");

        /// <summary>
        /// "I pity whoever has to maintain you", "I feel sorry for anyone who has to deal with u", "god help your developers":
        /// sympathy for those who must put up with the one addressed is contempt for it (recorded from the sympathy to the
        /// "you" or the makers). Not "I feel sorry for you" (sympathy for the one addressed), "sorry for the wait", nor
        /// "pity whoever has to clean this up", which addresses no one; the "you" must close the clause, so "whoever has to
        /// tell you the news" is not either.
        /// </summary>
        private TermClass PityForTheirKeepers(ReadOnlySpan<char> text, TermClass messageClasses, int count, ref int matchCount)
        {
            if ((messageClasses & TermClass.SecondPerson) == 0)
            {
                return TermClass.None;
            }
            var found = TermClass.None;
            for (var t = 0; t + 1 < count; t++)
            {
                var word = text.Slice(starts[t], lengths[t]);
                var clause = clauses[t];
                var k = word is "pity" ? t + 1
                    : WordIn(text, t + 1, clause, count) is "for" && Sorry.Contains(word) ? t + 2
                    : word is "help" && WordIn(text, t - 1, clause, count) is "god" or "heaven" or "lord" ? t + 1
                    : -1;
                if (k < 0)
                {
                    continue;
                }
                while (k < t + 5 && PityFillers.Contains(WordIn(text, k, clause, count)))
                {
                    k++;
                }
                var pitied = WordIn(text, k, clause, count);
                if (pitied is "your" or "ur" && Makers.Contains(WordIn(text, k + 1, clause, count)))
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(t, k + 2 - t, TermClass.Insult));
                }
                else if ((Keepers.Contains(pitied) || Makers.Contains(pitied)) && ObligedToTheAddressed(text, k + 1, clause, count) is { } you)
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(t, you + 1 - t, TermClass.Insult));
                }
            }
            return found;
        }

        /// <summary>Where the "you" stands in "(who) has to put up with you" opening at <paramref name="start"/>, the clause's last word.</summary>
        private int? ObligedToTheAddressed(ReadOnlySpan<char> text, int start, int clause, int count)
        {
            for (var k = start; k < start + 4; k++)
            {
                if (WordIn(text, k, clause, count) is "has" or "have" or "had" or "got" && WordIn(text, k + 1, clause, count) is "to")
                {
                    for (var y = k + 3; y < k + 7; y++)
                    {
                        if (WordIn(text, y, clause, count) is "you" or "u" && WordIn(text, y + 1, clause, count).IsEmpty)
                        {
                            return y;
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        // Tools that do the job a message may fairly send the writer to: "a calculator would be more accurate" is advice.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FitTools =
            Lexicon.FoldedLookup("calculator", "calculators", "spellchecker", "autocorrect");

        /// <summary>A child or a dumb thing, not a tool fit for the work: what may be said to outdo the one addressed.</summary>
        private static bool IsUnfitForTheWork(ReadOnlySpan<char> word) => Belittlers.Contains(word) && !FitTools.Contains(word);

        // What the thing would be more of: judgements of the work, so "a cat would be more fun" is no put-down.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkJudgements =
            Lexicon.FoldedLookup("helpful", "useful", "accurate", "competent", "intelligent", "coherent", "reliable", "articulate", "capable",
                "knowledgeable", "informative", "use");

        // How far before the modal the thing may stand: "a snail with a dial-up modem would…".
        private const int OutdoerWords = 6;

        /// <summary>
        /// "A toddler with a crayon would be more helpful", "even my cat could do a better job", "a coin would've been more
        /// accurate": in a chat, a small child or a thing said able to outdo the work, compared with no one named, belittles
        /// the one addressed (recorded on the thing and the comparison, as said to them). Not "a cat would be more fun"
        /// (no judgement of work), "a calculator would be more accurate" (a tool fit for it), "a dog would be more useful
        /// for a farm" or "…than a cat", where the comparison goes on to something else.
        /// </summary>
        private TermClass BelittlerOutdoes(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var t = 1; t + 2 < count; t++)
            {
                if (text.Slice(starts[t], lengths[t]) is not ("would" or "could" or "wouldve" or "couldve"))
                {
                    continue;
                }
                var clause = clauses[t];
                var thing = -1;
                for (var k = t - 1; k >= 0 && k >= t - OutdoerWords && clauses[k] == clause && thing < 0; k--)
                {
                    var before = text.Slice(starts[k], lengths[k]);
                    // "a toddler", "my cat", "even my 5 year old"
                    var small = IsUnfitForTheWork(before) || before is "old" && WordIn(text, k - 1, clause, count) is "year";
                    for (var a = k - 1; small && thing < 0 && a >= k - 3; a--)
                    {
                        thing = WordIn(text, a, clause, count) is "a" or "an" or "my" or "even" or "the" ? k : -1;
                    }
                }
                if (thing >= 0 && OutdoneWork(text, t + 1, clause, count) is { } end && WordIn(text, end + 1, clause, count).IsEmpty)
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(thing, end + 1 - thing, TermClass.Insult | TermClass.SecondPerson));
                }
            }
            return found;
        }

        /// <summary>
        /// Where "be more helpful", "have been smarter", "do a better job", "do this better", "beat you" ends, opening at
        /// <paramref name="start"/> after the modal.
        /// </summary>
        private int? OutdoneWork(ReadOnlySpan<char> text, int start, int clause, int count)
        {
            var k = start;
            if (WordIn(text, k, clause, count) is "have" or "ve" or "of")
            {
                k++;
            }
            var verb = WordIn(text, k, clause, count);
            if (Being.Contains(verb))
            {
                k++;
                while (WordIn(text, k, clause, count) is "much" or "way" or "far" or "a" or "lot")
                {
                    k++;
                }
                var judged = WordIn(text, k, clause, count);
                return judged is "smarter" ? k
                    : judged is "more" && WorkJudgements.Contains(WordIn(text, k + 1, clause, count)) ? k + 1
                    : null;
            }
            // "…would beat you", "…could outthink you": the one addressed outdone, whatever the work.
            if (Outdoing.Contains(verb) && WordIn(text, k + 1, clause, count) is "you" or "u")
            {
                return k + 1;
            }
            if (verb is "do" or "done")
            {
                k++;
                if (WordIn(text, k, clause, count) is "this" or "it" or "that" or "a")
                {
                    k++;
                }
                if (!Better.Contains(WordIn(text, k, clause, count)))
                {
                    return null;
                }
                return WordIn(text, k + 1, clause, count) is "job" ? k + 1 : k;
            }
            return null;
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Outdoing =
            Lexicon.FoldedLookup("beat", "outsmart", "outthink", "outwit", "outperform", "outclass", "outdo", "outtalk");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Encountered =
            Lexicon.FoldedLookup("met", "seen", "known", "used", "owned", "had");

        /// <summary>
        /// "I've met smarter vending machines", "I have seen more helpful toasters": things the writer has known that beat
        /// the one addressed, compared with no one named, belittle it (recorded as said to it). Not "I've met smarter people"
        /// or "I've seen smarter designs", nor "I've owned smarter cats", which may speak of a pet: only a dumb thing is named.
        /// </summary>
        private TermClass MetSmarterThings(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var t = 1; t + 1 < count; t++)
            {
                // The cheap test first: most tokens follow no "I've".
                if (WordIn(text, t - 1, clauses[t], count) is not ("ve" or "ive" or "have" or "had" or "d") || !Encountered.Contains(text.Slice(starts[t], lengths[t])))
                {
                    continue;
                }
                var k = t + 1;
                var compared = WordIn(text, k, clauses[t], count);
                if (compared is "more" && WorkJudgements.Contains(WordIn(text, k + 1, clauses[t], count)))
                {
                    k++;
                }
                else if (!Comparatives.Contains(compared) || compared is "more")
                {
                    continue;
                }
                for (var thing = k + 1; thing <= k + 2 && thing < count && clauses[thing] == clauses[t]; thing++)
                {
                    var word = text.Slice(starts[thing], lengths[thing]);
                    if (IsUnfitForTheWork(word) && !Living.Contains(word))
                    {
                        found |= AddMatch(ref matchCount, new PhraseMatch(t, thing - t + 1, TermClass.Insult | TermClass.SecondPerson));
                        break;
                    }
                }
            }
            return found;
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Praise =
            Lexicon.FoldedLookup("congratulations", "congrats", "done", "bravo", "kudos", "props");

        /// <summary>
        /// "You're the least helpful assistant ever", "congratulations on being the least useful thing online": the one
        /// addressed said the least able at its work (recorded on "least" and the judgement, as said to it). Not "the
        /// least helpful tip was the first one" (no one addressed), nor "you'll need the least useful ones", where the
        /// judgement is not said of the one addressed: "you" and a copula, or sarcastic praise for being, stand before.
        /// </summary>
        private TermClass LeastAbleAddressed(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var t = 1; t + 1 < count; t++)
            {
                if (text.Slice(starts[t], lengths[t]) is not "least" || !WorkJudgements.Contains(text.Slice(starts[t + 1], lengths[t + 1])))
                {
                    continue;
                }
                var clause = clauses[t];
                var k = WordIn(text, t - 1, clause, count) is "the" ? t - 2 : t - 1;
                var said = WordIn(text, k, clause, count);
                var addressed = said is "youre" or "ur"
                    || Copulas.Contains(said) && Addressed.Contains(WordIn(text, k - 1, clause, count))
                    || said is "being" && WordIn(text, k - 1, clause, count) is "on" or "for" && Praise.Contains(WordIn(text, k - 2, clause, count));
                if (addressed)
                {
                    found |= AddMatch(ref matchCount, new PhraseMatch(t, 2, TermClass.Insult | TermClass.SecondPerson));
                }
            }
            return found;
        }
    }
}
