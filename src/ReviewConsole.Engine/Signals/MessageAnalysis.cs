using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Signals;

/// <summary>Everything found in one message: its signals and the evasions its text showed.</summary>
public sealed record MessageAnalysis(IReadOnlyList<Signal> Signals, EvasionTraits Evasions)
{
    public static readonly MessageAnalysis Empty = new([], EvasionTraits.None);

    /// <summary>The semantic stage's probabilities, when it read this message (null when it did not run).</summary>
    public SemanticScores? Semantic { get; init; }

    /// <summary>
    /// Whether the message is a short question or instruction that leans on an earlier message ("what do I pack it
    /// with", "another one, meaner") and the model does not read as benign: after a harmful request it carries the
    /// request on (<see cref="Conversations.TerminationEngine"/>). Only known when the model read the message.
    /// </summary>
    public bool FollowsUp { get; init; }

    /// <summary>
    /// Whether the message is a short question (opening on a question word, or asked with "?") that the model reads as at
    /// least as harmful as benign, with or without a word leaning back: after a harmful request whose <see cref="Topic"/> it
    /// names again ("how do I get rid of a body", then "how long does a body take to dissolve in lye") it carries the
    /// request on (<see cref="Conversations.TerminationEngine"/>). A remedy asked after and a stance against the harm are not
    /// such questions. Only known when the model read the message.
    /// </summary>
    public bool AsksOnTopic { get; init; }

    /// <summary>
    /// The words that say what the message is about ("body", "dissolve", "lye"), past the grammar of a request, the verbs
    /// any request uses and a purpose claimed. Only known when the model read the message; empty otherwise.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> Topic { get; init; } = [];

    /// <summary>
    /// Whether the message says nothing of its writer ("I", "my", "myself"), of despair or of a remedy ("antidote",
    /// "treatment"): "how fast does a caffeine overdose work" may ask after the means of a harm meant for someone else
    /// (<see cref="Conversations.TerminationEngine"/>). Only known when the model read the message.
    /// </summary>
    public bool AsksAfterTheMeans { get; init; }

    /// <summary>
    /// Whether the message's only crisis is the model's faint reading with no word of despair in it
    /// (<see cref="SemanticCombiner.IsFaintCrisis"/>): it safeguards, except in a conversation already warned for abuse.
    /// </summary>
    public bool FaintCrisis { get; init; }

    /// <summary>
    /// Whether the message tells of despair in words the rules know, of the writer or of no one addressed ("nobody can help
    /// me", "enough with the hotline numbers"), and abuses no one: a faint crisis the model reads a few messages later
    /// carries it on, even in a conversation warned for abuse (<see cref="SemanticCombiner.TellsOfDespair"/>).
    /// </summary>
    public bool TellsOfDespair { get; init; }

    /// <summary>
    /// Whether the message's only crisis is the model's, with no word of despair in it, however sure
    /// (<see cref="SemanticCombiner.IsCrisisWithoutDespair"/>): within reach of a threat it is more of the threat.
    /// </summary>
    public bool CrisisWithoutDespair { get; init; }

    /// <summary>
    /// Whether the rules saw a game, story or history frame in the message ("I'm playing Among Us…"): the model's harmful
    /// requests in the next few messages stay suspicions (<see cref="Conversations.TerminationEngine"/>).
    /// </summary>
    public bool SetsFrame { get; init; }

    /// <summary>
    /// Whether a rule read a harmful request that a story or game frame in the same message lowered ("for my novel: my
    /// character needs to poison her husband slowly"): it stays framed, and the conversation remembers it
    /// (<see cref="Conversations.TerminationEngine"/>).
    /// </summary>
    public bool FramedHarm { get; init; }

    /// <summary>
    /// Whether the message, of eight words or fewer, presses what was refused with a claimed purpose or a brush-off of the
    /// refusal ("asking for a friend", "just the amount, no lecture", "for a film prop"): it keeps an earlier harmful request open
    /// for the follow-ups that lean back on it, and never counts by itself (<see cref="Conversations.TerminationEngine"/>).
    /// Only known when the model read the message.
    /// </summary>
    public bool PressesTheRefused { get; init; }

    /// <summary>Whether the message asks for quantities, steps or a recipe ("with exact amounts please", "tell me the recipe").</summary>
    public bool AsksForDetail { get; init; }

    /// <summary>
    /// Whether the message names a weapon and no word of the writer's own harm ("I've got my knife ready"): after a threat
    /// it arms the threat, and the model's crisis reading of it is contested (<see cref="Conversations.TerminationEngine"/>).
    /// Only known when the model read the message.
    /// </summary>
    public bool NamesMeansWithoutSelf { get; init; }

    /// <summary>
    /// Whether the message says a threat is meant or on its way, with no harm word and no word of the writer's own harm
    /// ("try me", "one by one", "I'm driving there"): after a threat it presses it (<see cref="Conversations.TerminationEngine"/>).
    /// Only known when the model read the message.
    /// </summary>
    public bool PressesThreat { get; init; }

    /// <summary>
    /// Whether the message is a few words only ("is vinegar effective", "and obsessed with golf"): too few for the model
    /// to read alone, so after a message it was sure spoke of a sensitive topic harmlessly, its harm stays a suspicion
    /// (<see cref="Conversations.TerminationEngine"/>). Only known when the model read the message.
    /// </summary>
    public bool Brief { get; init; }

    /// <summary>A way a death comes is named ("how long does it take to drown"). Only known when the model read the message.</summary>
    public bool NamesAWayToDie { get; init; }

    /// <summary>
    /// A short message owns the question before it ("asking for myself", "it's for me"): after a way of dying asked, the
    /// writer's own (<see cref="Conversations.TerminationEngine"/>). Only known when the model read the message.
    /// </summary>
    public bool OwnsTheQuestion { get; init; }

    /// <summary>
    /// Whether the message names harmless things (a benign object of the lexicon: "a wasp nest", "the weeds", "zombie
    /// processes") and no person, animal or group: the "them" of the next message may be those things
    /// (<see cref="Conversations.TerminationEngine"/>). Only known when the model read the message.
    /// </summary>
    public bool NamesOnlyThings { get; init; }

    /// <summary>
    /// Whether every harm the rules read is an act aimed at a bare pronoun ("what's the safest way to kill them all?"):
    /// after a message that named only things, it is aimed at those things. Only known when the model read the message.
    /// </summary>
    public bool HarmAtAPronounOnly { get; init; }

    /// <summary>The protected group the message names first, in its writer's words ("immigrants"); null when it names none.</summary>
    public string? GroupNamed { get; init; }

    /// <summary>
    /// The message as typed, when it speaks of "them" ("they breed like rats", "those people") and names no protected group;
    /// null otherwise. After a message that vilified a group, the conversation reads it again with the group in place of
    /// "them" (<see cref="Conversations.TerminationEngine"/>).
    /// </summary>
    public string? SpeaksOfThemOnly { get; init; }

    public bool Has(SignalCategory category)
    {
        foreach (var signal in Signals)
        {
            if (signal.Category == category)
            {
                return true;
            }
        }
        return false;
    }
}
