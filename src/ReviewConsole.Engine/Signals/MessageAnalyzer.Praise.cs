using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PraisingComparatives =
        Lexicon.FoldedLookup("smarter", "better", "faster", "quicker", "funnier", "kinder", "nicer", "cleverer", "wiser", "sharper", "brighter",
            "more");
    // What may stand between "you're" and the comparative: "you're way smarter than…", "you are honestly much better than…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparativeLeads =
        Lexicon.FoldedLookup("re", "are", "way", "much", "far", "so", "even", "honestly", "actually", "literally", "already", "a", "lot");
    // Those a compliment measures the assistant against; a thing ("smarter than a rock") makes it an insult.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rivals =
        Lexicon.FoldedLookup("anyone", "anybody", "everyone", "everybody", "most", "google", "siri", "alexa", "chatgpt", "humans", "people",
            // Those whose work the writer knows, whom the person lists may not hold.
            "professor", "lecturer", "tutor", "lawyer", "accountant", "doctor", "manager", "boss", "colleagues", "coworkers", "department", "team",
            // Other assistants and their versions: "smarter than my last assistant app", "better than the old version".
            "assistant", "assistants", "app", "apps", "chatbot", "chatbots", "bot", "bots", "ai", "ais", "version", "versions", "gemini", "claude",
            "copilot", "cortana");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Embraces = Lexicon.FoldedLookup("kiss", "hug");
    // How far after "than" the person compared may stand ("than my old maths teacher").
    private const int RivalReach = 4;
    private const int ComparativeReach = 4;

    /// <summary>
    /// "You're smarter than my old professor", "I could hug you, it compiled": the one addressed is praised — measured
    /// above a person, or thanked with the embrace of gratitude — and no word insults, swears, advances, names a body or a
    /// harm. The heads read a comparison of wits as the insult it usually is ("my dog is smarter than you") and any kiss as an
    /// advance; said this way round, it is a compliment.
    /// </summary>
    private static bool PraisesTheAddressed(TokenView view)
    {
        if (view.Has(TermClass.Insult | TermClass.Profanity | TermClass.Sexual | TermClass.SexualAdvance | TermClass.Explicit | TermClass.BodyPart
            | TermClass.ViolentAct | TermClass.ThreatIntent | TermClass.Menace | TermClass.AbusiveImperative | TermClass.Negation))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (view.TokenIs(t, "you") && (ComparedAbovePeople(view, t) || ThankedWithAnEmbrace(view, t) || PraisedPlainly(view, t)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ComparedAbovePeople(TokenView view, int you)
    {
        var t = you + 1;
        while (t < view.Count && t <= you + ComparativeReach && ComparativeLeads.Contains(view.Word(t)))
        {
            t++;
        }
        if (t >= view.Count || !PraisingComparatives.Contains(view.Word(t)))
        {
            return false;
        }
        // "More helpful than…": the comparative's adjective follows "more".
        var than = view.TokenIs(t, "more") ? t + 2 : t + 1;
        if (!view.TokenIs(than, "than"))
        {
            return false;
        }
        for (var r = than + 1; r < view.Count && r <= than + RivalReach && view.Clause(r) == view.Clause(than); r++)
        {
            if (Rivals.Contains(view.Word(r)) || (view.Classes(r) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PraiseWords =
        Lexicon.FoldedLookup("funny", "hilarious", "sweet", "kind", "smart", "clever", "helpful", "amazing", "awesome", "great", "brilliant", "lovely",
            "cute", "wonderful", "fantastic", "cool", "nice", "adorable", "charming", "thoughtful", "patient", "witty", "fun", "legend", "star", "gem",
            "lifesaver", "best",
            // Teasing that is fond: "haha you're cheeky, I like it".
            "cheeky", "sassy", "delightful");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeThePraise =
        Lexicon.FoldedLookup("re", "are", "r", "so", "really", "actually", "honestly", "genuinely", "pretty", "quite", "very", "such", "a", "the",
            "literally", "always", "too",
            // The intensifiers of speech: "you're mad funny", "hella smart", "dead sweet".
            "mad", "hella", "wicked", "super", "crazy", "dead", "lowkey", "highkey", "kinda", "proper", "well");

    /// <summary>"Lol you're funny", "you are so sweet", "you're a lifesaver": a plain compliment, "you" said to be what it praises.</summary>
    private static bool PraisedPlainly(TokenView view, int you)
    {
        var t = you + 1;
        if (t >= view.Count || !(view.TokenIs(t, "re") || view.TokenIs(t, "are") || view.TokenIs(t, "r")))
        {
            return false;
        }
        while (t < view.Count && t <= you + ComparativeReach && BeforeThePraise.Contains(view.Word(t)))
        {
            t++;
        }
        // "You're kind of annoying": a hedge, not the praise.
        return t < view.Count && PraiseWords.Contains(view.Word(t)) && !view.TokenIs(t + 1, "of");
    }

    // "I could kiss you", "I could hug you": the conditional is the idiom of thanks, not an advance ("I want to kiss you").
    private static bool ThankedWithAnEmbrace(TokenView view, int you) =>
        you >= 3 && Embraces.Contains(view.Word(you - 1)) && view.TokenIs(you - 2, "could") && view.TokenIs(you - 3, "i");
}
