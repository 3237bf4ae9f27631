namespace ReviewConsole.Engine.Signals;

/// <summary>Deceit asked for: an authority lied to for gain or escape, evidence destroyed before the law finds it, a claim written up as fact.</summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] Lying = Lexicon.Folded("lie", "lies", "lying", "fib", "mislead", "deceive", "trick", "fool");
    private static readonly string[] Authorities = Lexicon.Folded("insurance", "insurer", "insurers", "court", "courts", "judge", "jury", "police",
        "cops", "irs", "hmrc", "taxman", "benefits", "welfare", "customs", "immigration", "dmv", "bank", "lender", "mortgage", "auditor", "auditors",
        "inspector", "inspectors", "employer", "underwriter", "adjuster", "magistrate", "tribunal", "council");
    private static readonly string[] Knacks = Lexicon.Folded("trick", "fool");
    private static readonly string[] KnackLeads = Lexicon.Folded("a", "an", "the", "any", "some", "good", "simple", "easy", "neat");
    // A "story" told to the police or a "news piece" is no fiction: only these words claim one.
    private static readonly string[] Fictions = Lexicon.Folded("satire", "satirical", "parody", "fiction", "fictional", "novel", "comic", "roleplay",
        "game", "sketch", "joke", "screenplay");
    private static readonly string[] Ranked = Lexicon.Folded("best", "easiest", "safest", "quickest", "most", "convincing", "believable", "plausible");
    private static readonly string[] Contrivances = Lexicon.Folded("story", "excuse", "excuses", "alibi", "explanation");
    private static readonly string[] WritersSelves = Lexicon.Folded("me", "us", "myself", "ourselves");
    private static readonly string[] Asserting = Lexicon.Folded("as", "like");
    private static readonly string[] Supposing = Lexicon.Folded("if", "though", "it", "its");
    private static readonly string[] Truths = Lexicon.Folded("true", "proven", "fact", "facts", "real", "science", "scientific", "settled", "confirmed");
    private static readonly string[] Writings = Lexicon.Folded("article", "articles", "post", "posts", "blog", "essay", "thread", "report", "paper",
        "story", "video", "script", "leaflet", "flyer", "pamphlet", "press", "tweet", "tweets", "newsletter", "piece", "op", "ed", "speech");

    // The rarer of those words let the rules run on a message with no lexicon word ("the best lie to tell my insurance…").
    private static readonly string[] RareDeceitWords = Lexicon.Folded("insurance", "insurers", "auditor", "auditors", "jury", "judge", "magistrate",
        "tribunal", "adjuster", "underwriter", "proven");

    /// <summary>
    /// "What's the best lie to tell my insurance so they pay", "how do I trick the court into…", "help me mislead the
    /// auditors": an authority deceived, asked for. Not asked about ("what happens if you lie to a judge" is no request),
    /// nor one that lied ("my bank lied to me").
    /// </summary>
    private PhraseMatch[]? AuthorityDeceived()
    {
        // "What's the best lie to tell…", "the smartest lie…" ask as "how do I lie…" does.
        if ((cues & Cue.Authority) == 0 || view.Has(TermClass.Defensive)
            || !(view.Has(TermClass.RequestFrame | TermClass.Imperative) || AnyTokenOf(Ranked) || AnySuperlative()) || AnyOf(0, RuleWindow.PastQuestionOpens, Past))
        {
            return null;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            // "The best story to tell the police…": a contrivance ranked for how well it deceives.
            var contrived = IsOneOf(t, Contrivances) && (AnyOf(t - 2, t - 1, Ranked) || IsSuperlative(t - 1) || IsSuperlative(t - 2));
            if (!(IsOneOf(t, Lying) || contrived) || FirstOf(view, t + 1, t + RuleWindow.AuthorityDeceived, Authorities) is not (var deceived and >= 0)
                || AnyOf(t + 1, deceived - 1, WritersSelves) || AnyClassBetween(Math.Max(0, t - RuleWindow.NegatedRuin), t - 1, TermClass.Negation))
            {
                continue;
            }
            // "Is there a trick to get my bank to…": a knack, not a deceit.
            if (IsOneOf(t, Knacks) && IsOneOf(t - 1, KnackLeads))
            {
                continue;
            }
            return [Token(t), Token(deceived)];
        }
        return null;
    }

    /// <summary>
    /// "Write an article claiming the earth is flat as if it were proven science", "a post that presents the hoax as fact":
    /// a piece of writing asked for that sets out a claim as fact. Fiction and satire lower it as any content's framing does.
    /// </summary>
    private PhraseMatch[]? FalsehoodAsFact()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || !AnyTokenOf(Writings) || !AnyTokenOf(Composing))
        {
            return null;
        }
        if (KnownToBeFalse() is { } known)
        {
            return known;
        }
        if ((cues & Cue.Truth) == 0)
        {
            return null;
        }
        for (var t = 1; t + 1 < view.Count; t++)
        {
            // "…as if it were proven", "…as though it's true", "…like it's settled science", or straight "…as fact"; not "…as a real threat".
            if (!IsOneOf(t, Asserting))
            {
                continue;
            }
            var truth = IsOneOf(t + 1, Supposing) ? FirstOf(view, t + 2, t + RuleWindow.ClaimAsserted, Truths)
                : IsOneOf(t + 1, Truths) && view.TokenIs(t, "as") ? t + 1
                : -1;
            if (truth >= 0 && !AnyClassBetween(t + 1, truth - 1, TermClass.Negation))
            {
                return [Token(t), Token(truth)];
            }
        }
        return null;
    }

    private static readonly string[] Conceding = Lexicon.Folded("though", "although", "even", "which");
    private static readonly string[] NotSo = Lexicon.Folded("not", "t", "never");
    private static readonly string[] Untrue = Lexicon.Folded("true", "happened", "real");

    /// <summary>
    /// "Draft a news story claiming the mayor was arrested, even though it never happened", "…a post saying the dam burst,
    /// which isn't true": the writer asks for a claim they know to be false.
    /// </summary>
    private PhraseMatch[]? KnownToBeFalse()
    {
        if ((cues & Cue.Untrue) == 0)
        {
            return null;
        }
        for (var t = 2; t < view.Count; t++)
        {
            if (IsOneOf(t, Untrue) && AnyOf(t - 2, t - 1, NotSo) && FirstOf(view, Math.Max(0, t - RuleWindow.KnownFalse), t - 2, Conceding) >= 0)
            {
                return [Token(t - 1), Token(t)];
            }
        }
        return null;
    }

    // Also the words that let the rules run on a message with no lexicon word.
    private static readonly string[] VotingWords = Lexicon.Folded("voters", "voter", "polling", "ballot", "ballots", "election", "elections", "vote",
        "voting", "polls");
    private static readonly string[] TellingVoters = Lexicon.Folded("tell", "telling", "inform", "informing", "text", "texting", "announce", "announcing",
        "saying", "claiming", "warn", "warning");
    private static readonly string[] VotingPlaces = Lexicon.Folded("day", "date", "station", "stations", "place", "places", "booth", "booths", "time",
        "deadline", "location");
    private static readonly string[] Changed = Lexicon.Folded("moved", "changed", "closed", "cancelled", "canceled", "postponed", "delayed",
        "rescheduled", "shut", "suspended");
    private static readonly string[] VotingChannels = Lexicon.Folded("text", "sms", "phone", "email", "twitter", "online", "app", "whatsapp");
    private static readonly string[] Discarded = Lexicon.Folded("thrown", "discarded", "invalid", "rejected", "destroyed", "ignored");

    /// <summary>
    /// "Write a text blast telling voters their polling station has closed", "a flyer saying the election is postponed",
    /// "tell people they can vote by text": a false claim about when, where or how to vote, written or sent to voters.
    /// Not a reminder of where to vote, nor a question ("can you vote by text anywhere?", "my polling station moved").
    /// </summary>
    private PhraseMatch[]? VotersMisled()
    {
        if ((cues & Cue.Voting) == 0 || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame) || !(AnyTokenOf(Composing) || AnyTokenOf(TellingVoters)))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // The claim follows the telling: "can you vote by text?" asks, it tells no one.
            if (!IsOneOf(t, VotingWords) || !(AnyOf(0, t - 1, Composing) || AnyOf(0, t - 1, TellingVoters)))
            {
                continue;
            }
            // "…the voting date changed", "…the election has been postponed".
            var place = IsOneOf(t + 1, VotingPlaces) ? t + 1 : t;
            if (FirstOf(view, place + 1, place + RuleWindow.VotingChanged, Changed) is var changed and >= 0)
            {
                return [Token(t), Token(changed)];
            }
            // "…vote by text message", "…vote online".
            var channel = IsOneOf(t + 1, VotingChannels) ? t + 1 : (view.TokenIs(t + 1, "by") || view.TokenIs(t + 1, "via") || view.TokenIs(t + 1, "over")) && IsOneOf(t + 2, VotingChannels) ? t + 2 : -1;
            if (channel >= 0 && (view.TokenIs(t, "vote") || view.TokenIs(t, "voting")))
            {
                return [Token(t), Token(channel)];
            }
            // "…ballots sent by mail will be thrown out"; "…can't vote if…".
            if (FirstOf(view, t + 1, t + RuleWindow.VotingChanged, Discarded) is var discarded and >= 0)
            {
                return [Token(t), Token(discarded)];
            }
            if (view.TokenIs(t, "vote") && view.TokenIs(t + 1, "if") && AnyOf(t - 3, t - 1, NotSo))
            {
                return [Token(t - 1), Token(t + 1)];
            }
        }
        return null;
    }

    /// <summary>"Smartest", "cleverest": any superlative ranks, as "best" does.</summary>
    private bool IsSuperlative(int token) =>
        token >= 0 && token < view.Count && Lexicon.EndsAsSuperlative(view.Word(token)) && !IsOneOf(token, NotSuperlatives);

    private bool AnySuperlative()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsSuperlative(t))
            {
                return true;
            }
        }
        return false;
    }

    // Words in "-est" that rank nothing.
    private static readonly string[] NotSuperlatives = Lexicon.Folded("honest", "interest", "request", "suggest", "forest", "test", "contest", "protest",
        "arrest", "chest", "guest", "west", "rest", "nest", "quest", "invest", "manifest", "digest", "harvest", "modest", "earnest", "latest");

    private static readonly string[] Destroying = Lexicon.Folded("destroy", "wipe", "delete", "burn", "hide", "dispose", "shred", "bleach", "erase",
        "scrub", "rid", "tamper");
    // Also the words that let the rules run on a message with no lexicon word.
    private static readonly string[] Evidence = Lexicon.Folded("evidence", "fingerprints", "dna", "footage", "cctv");
    private static readonly string[] TheLaw = Lexicon.Folded("police", "cops", "detectives", "detective", "investigators", "forensic", "forensics",
        "court", "trial", "warrant", "raid", "fbi", "prosecutors", "prosecution", "inquiry", "investigation", "auditors");

    /// <summary>
    /// "How do I destroy evidence on a hard drive before the police seize it", "wipe the CCTV footage before the
    /// investigators see it": evidence destroyed before the law can find it, asked for. Not cleaning prints off a fridge
    /// (no law named), nor how investigators recover what was wiped (no request).
    /// </summary>
    private PhraseMatch[]? EvidenceDestroyed()
    {
        if ((cues & Cue.Evidence) == 0 || view.Has(TermClass.Defensive) || !view.Has(TermClass.RequestFrame | TermClass.Imperative) || !AnyTokenOf(TheLaw))
        {
            return null;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (IsOneOf(t, Destroying) && FirstOf(view, t + 1, t + RuleWindow.EvidenceNamed, Evidence) is var evidence and >= 0)
            {
                return [Token(t), Token(evidence)];
            }
        }
        return null;
    }
}
