using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // A question that names a harmful request's topic again may be longer than one that leans back with a pronoun: it says
    // in its own words what "it" would have said ("how long does a body take to dissolve in lye").
    private const int TopicQuestionWords = 16;
    private const int TopicWordsKept = 8;
    private const int TopicDemandWords = 5;
    private const int ShortestTopicWord = 3;

    // Words that name no topic: the grammar of a question, the writer and the one addressed, and the verbs and adjectives
    // any request uses ("which is the easiest…", "tell me how to make…"). Two questions that share only these share no topic.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoTopic = Lexicon.FoldedLookup(
        "the", "and", "but", "for", "with", "from", "about", "into", "onto", "over", "under", "than", "then", "that", "this", "these", "those",
        "there", "here", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "done", "doing", "are",
        "was", "were", "been", "being", "have", "has", "had", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not",
        "yes", "you", "your", "yours", "our", "they", "them", "their", "him", "his", "her", "hers", "its",
        "myself", "yourself", "themselves", "get", "got", "make", "made", "best", "good", "better", "way", "ways", "tell", "give", "need", "want",
        "know", "use", "using", "used", "work", "works", "much", "many", "most", "more", "less", "least", "long", "some", "any", "all", "every",
        "without", "one", "ones", "someone", "anyone", "something", "anything", "thing", "things", "people", "person", "just", "also", "very",
        "really", "please", "thanks", "okay", "now", "again", "still", "kind", "type", "sort", "easiest", "fastest", "quickest", "easy", "fast",
        "quick", "like", "take", "takes", "enough", "put", "keep", "let", "say", "see", "find", "other", "another", "same", "else", "even", "only",
        "well", "too", "off", "out", "after", "before", "while", "during", "until", "because", "since", "around", "near", "happen",
        "happens", "going", "gonna", "wanna", "exactly", "exact", "actually", "step", "steps", "instead", "ever", "never",
        "time", "times", "day", "today", "tonight", "right", "sure", "possible", "able", "set", "help", "idea", "ideas", "safe", "safely",
        // The texts a request asks for, and how: "draft a blog post…" twice shares no topic.
        "write", "draft", "compose", "create", "generate", "produce", "provide", "outline", "describe", "explain", "list", "blog", "post", "article",
        "letter", "speech", "script", "text", "message", "summary", "essay", "story", "poem", "tutorial", "guide", "plan", "process", "short",
        "persuasive", "detailed", "instruction", "instructions", "simple", "simply", "quickly");

    /// <summary>
    /// The words that say what a message is about (<see cref="MessageAnalysis.Topic"/>): at most <see cref="TopicWordsKept"/>
    /// words of three letters or more that are not the grammar of a request, a plural read as its singular ("poisons",
    /// "poison").
    /// </summary>
    private static ImmutableArray<string> TopicOf(TokenView view)
    {
        var topic = ImmutableArray.CreateBuilder<string>(TopicWordsKept);
        for (var t = 0; t < view.Count && topic.Count < TopicWordsKept; t++)
        {
            var word = view.Word(t);
            // A purpose claimed ("for my class assignment") is no topic either: two requests for a class share no harm.
            if (word.Length < ShortestTopicWord || !char.IsLetter(word[0]) || NoTopic.Contains(word) || Purposes.Contains(word))
            {
                continue;
            }
            var named = Singular(word);
            if (!topic.Contains(named))
            {
                topic.Add(named);
            }
        }
        return topic.DrainToImmutable();
    }

    private static string Singular(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ies") ? string.Concat(word[..^3], "y")
        : word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1].ToString()
        : word.ToString();

    // A remedy asked after ("what's the antidote", "how is it treated") turns a question on a harm's topic toward undoing it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Remedies = Lexicon.FoldedLookup("antidote", "antidotes", "treat",
        "treated", "treating", "treatment", "treatments", "cure", "cured", "reverse", "reversed", "naloxone", "narcan", "hospital", "ambulance",
        "survive", "survived", "recover", "recovery", "rescue");

    /// <summary>Whether, past a courtesy or two ("ok so…"), the message opens on a question word ("how long…", "which…").</summary>
    private static bool OpensOnAQuestion(TokenView view)
    {
        var first = FirstPastCourtesies(view);
        return first < view.Count && QuestionOpeners.Contains(view.Word(first));
    }

    /// <summary>
    /// Whether the message is a question short enough to be one more step of a request, or a demand of a few words, and
    /// that the model reads as at least as harmful as benign (<see cref="MessageAnalysis.AsksOnTopic"/>): if it names the topic of a harmful request just made, it
    /// carries that request on. A farewell is not one, nor a remedy asked after, nor a stance against the harm.
    /// </summary>
    private static bool AsksOnTopic(string text, TermClass classes, int words, bool opensOnAQuestion, SemanticScores scores)
    {
        // A request that opens on an order ("describe the process for…") is a new one, not a question about the last; a
        // demand of a few words ("silencer. instructions. now.") names the topic to have it answered.
        if (words > TopicQuestionWords || (classes & TermClass.EndRequest) != 0
            || !(opensOnAQuestion || text.Contains('?', StringComparison.Ordinal) || words <= TopicDemandWords))
        {
            return false;
        }
        var benign = scores[SemanticLabels.Benign] + scores[SemanticLabels.BenignSensitive];
        // The crisis head's share counts as harm here: "what kind of lye is strongest for a body" reads as despair as much
        // as a request, and as harmful as benign.
        var harm = SemanticLabels.Pooled.Sum(label => (double)scores[label]) + scores[SemanticLabels.Crisis];
        return benign < FollowUpBenignCeiling && harm >= benign;
    }
}
