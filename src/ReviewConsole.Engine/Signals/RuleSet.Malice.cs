namespace ReviewConsole.Engine.Signals;

/// <summary>
/// Everyday malice against a person the writer knows, asked for in words no deed list holds: made a fool of, made to
/// carry the blame, turned on by others, taunted, or made to doubt their own mind.
/// </summary>
internal readonly ref partial struct RuleSet
{
    private static readonly string[] Causing = Lexicon.Folded("make", "makes", "making", "get", "gets", "getting", "let", "want");
    private static readonly string[] Fools = Lexicon.Folded("stupid", "dumb", "foolish", "incompetent", "pathetic", "ridiculous", "useless", "lazy",
        "guilty", "bad", "ugly", "fat", "weak", "crazy", "unhinged", "unprofessional", "untrustworthy", "dishonest", "clueless", "inept", "idiotic",
        "unreliable", "irresponsible", "hopeless", "creepy", "unstable", "desperate", "ignorant", "naive", "gullible", "disgusting", "awkward");
    private static readonly string[] FoolNouns = Lexicon.Folded("fool", "idiot", "liar", "loser", "thief", "clown", "cheat", "creep", "failure", "joke",
        "digger", "cheater", "bully", "racist", "addict", "drunk", "pervert", "stalker", "abuser", "fraud");
    private static readonly string[] Sounding = Lexicon.Folded("look", "looks", "seem", "seems", "appear", "appears", "sound", "sounds");
    private static readonly string[] Blames = Lexicon.Folded("blame", "fall", "rap");
    private static readonly string[] Taking = Lexicon.Folded("take", "takes", "taking", "carry", "get", "gets", "getting");
    private static readonly string[] Punished = Lexicon.Folded("blamed", "grounded", "punished", "dumped", "disowned", "expelled", "suspended",
        "fired", "sacked", "trouble", "evicted", "detention", "kicked", "thrown");
    private static readonly string[] WritersDeeds = Lexicon.Folded("something", "what", "my", "i", "me", "stuff", "things");
    private static readonly string[] Pinning = Lexicon.Folded("pin", "pinning", "blame", "blaming");
    private static readonly string[] Turning = Lexicon.Folded("turn", "turning", "set", "setting");
    private static readonly string[] Shunning = Lexicon.Folded("ignore", "exclude", "avoid", "shun", "ostracise", "ostracize", "unfriend", "mock",
        "bully", "hate", "gang");
    private static readonly string[] Persuaded = Lexicon.Folded("get", "make", "convince", "persuade");
    private static readonly string[] TauntNouns = Lexicon.Folded("insult", "insults", "comeback", "comebacks", "putdown", "putdowns", "nicknames",
        "burns");
    private static readonly string[] Unkind = Lexicon.Folded("mean", "cruel", "nasty", "hurtful", "cutting", "vicious", "savage", "subtle");
    private static readonly string[] Remarks = Lexicon.Folded("comment", "comments", "thing", "things", "names", "joke", "jokes", "remark", "remarks",
        "message", "messages", "nickname", "nicknames", "words");
    private static readonly string[] AimedAt = Lexicon.Folded("at", "for", "on", "about", "to", "against", "under");
    private static readonly string[] Mocking = Lexicon.Folded("mock", "ridicule", "taunt", "belittle", "tease");
    // "A meme mocking…", "comments ridiculing…": a thing made to mock; "stop kids from mocking my son" makes none.
    private static readonly string[] MockingMade = Lexicon.Folded("mocking", "ridiculing", "belittling", "humiliating");
    private static readonly string[] MadeToMock = Lexicon.Folded("meme", "memes", "post", "posts", "video", "videos", "comment", "comments", "caption", "captions",
        "tweet", "tweets", "sticker", "stickers", "cartoon", "cartoons", "edit", "edits", "picture", "pictures", "page", "account");
    private static readonly string[] Hating = Lexicon.Folded("hate", "despise", "resent");
    private static readonly string[] Believing = Lexicon.Folded("believe", "believes", "think", "thinks", "feel", "feels", "doubt", "question");
    private static readonly string[] Convincing = Lexicon.Folded("make", "making", "get", "convince", "convincing", "persuade");
    private static readonly string[] Madness = Lexicon.Folded("crazy", "insane", "mad", "paranoid", "imagining", "delusional", "senile", "hallucinating",
        "mind", "sanity", "memory", "lying", "exaggerating");
    // "Get everyone to leave the new girl out", "…to freeze him out".
    private static readonly string[] LeavingOut = Lexicon.Folded("leave", "freeze", "shut", "cut");
    private static readonly string[] Past = Lexicon.Folded("did", "was", "were", "had", "used");

    // The rarer of them let the rules run on a message with no lexicon word.
    private static readonly string[] RareMaliceWords = Lexicon.Folded("insults", "comeback", "comebacks", "putdown", "putdowns", "ostracise",
        "ostracize", "shun", "gang", "ridicule", "belittle", "mock", "taunt", "despise", "resent", "incompetent", "foolish", "guilty", "untrustworthy",
        "unprofessional", "dishonest", "insane", "paranoid", "delusional", "imagining");

    // The words each reading is told by (RuleSet.Cues): a reading whose words are absent is not looked for. Blame and
    // taunts are pointed enough to let the rules run on a request about a person.
    private static readonly string[] BlameWords = [.. Blames, .. Punished, .. Pinning];
    private static readonly string[] ShunWords = [.. Turning, .. Shunning, .. LeavingOut, .. Hating];
    private static readonly string[] TauntWords = [.. TauntNouns, .. Unkind, .. Mocking, .. MockingMade];

    private const Cue AnyMalice = Cue.Fool | Cue.Blame | Cue.Shun | Cue.Taunt | Cue.Mind;

    /// <summary>The first reading of everyday malice asked for, or null.</summary>
    private PhraseMatch[]? MaliceAsked()
    {
        // "What's a mean thing to say to someone with a lisp": a taunt is asked for by a bare "what" as well.
        var asked = view.Has(TermClass.RequestFrame | TermClass.Imperative);
        if (!(asked || ((cues & Cue.Taunt) != 0 && IsOneOf(0, WhatOrWhich))) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || (cues & AnyMalice) == 0 || AnyOf(0, RuleWindow.PastQuestionOpens, Past) || AnyTokenOf(Banter))
        {
            return null;
        }
        var found = !asked ? TauntsForSomeone()
            : ((cues & Cue.Fool) != 0 ? MadeAFool() : null) ?? ((cues & Cue.Blame) != 0 ? BlameShifted() : null)
            ?? ((cues & Cue.Shun) != 0 ? TurnedAgainst() : null) ?? ((cues & Cue.Taunt) != 0 ? TauntsForSomeone() : null)
            ?? ((cues & Cue.Mind) != 0 ? MadeToDoubtTheirMind() : null);
        // "I don't want to make my sister look bad": turned away before it; "…without the coach hearing" after it hides it.
        return found is not null && AnyClassBetween(0, found[0].Token - 1, TermClass.Negation) ? null : found;
    }

    /// <summary>One the writer names who is another person: "my coworker", "the new girl", "him".</summary>
    private int PersonWithin(int first, int last)
    {
        for (var k = first; k <= last && k < view.Count; k++)
        {
            if (IsPersonWord(k) || IsOneOf(k, OthersTold))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "How do I make my coworker look stupid in the meeting", "get my sister to seem like a liar": another made to look a
    /// fool. Not eased ("make him look less tired") nor the writer.
    /// </summary>
    private PhraseMatch[]? MadeAFool()
    {
        for (var s = 2; s + 1 < view.Count; s++)
        {
            if (!IsOneOf(s, Sounding))
            {
                continue;
            }
            var what = IsOneOf(s + 1, Degrees) ? s + 2 : s + 1;
            // "…look like a liar", "…look like a gold digger": a word may describe the fool.
            var foolish = IsOneOf(what, Fools) || (view.TokenIs(what, "like") && AnyOf(what + 1, what + RuleWindow.FoolNamed, FoolNouns));
            if (!foolish || AnyOf(s + 1, what, SelfOrComfort))
            {
                continue;
            }
            var make = FirstOf(view, Math.Max(0, s - RuleWindow.MadeToFeel), s - 1, Causing);
            if (make >= 0 && PersonWithin(make + 1, s - 1) >= 0 && !AnyOf(make + 1, s - 1, SelfOrComfort))
            {
                return [Token(make), Token(s), Token(what)];
            }
        }
        return null;
    }

    /// <summary>
    /// "How can I make my teammate take the blame for my mistake", "get my brother grounded for something I did", "pin it on
    /// my flatmate": another made to carry the writer's deed. Not a punishment for their own ("grounded for lying"), nor a
    /// harmless deed's blame ("blame the fart on my brother").
    /// </summary>
    private PhraseMatch[]? BlameShifted()
    {
        // "Blame a fart on my brother": a harmless deed's blame is a joke.
        if (AnyTokenOf(HarmlessDeeds))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            // "…take the blame", "…take the fall": the carrying says whose deed it is.
            if (IsOneOf(t, Blames) && view.TokenIs(t - 1, "the") && t >= 2 && IsOneOf(t - 2, Taking) && PersonWithin(Math.Max(0, t - 2 - RuleWindow.ManipulatedInto), t - 3) >= 0)
            {
                return [Token(t - 2), Token(t)];
            }
            // "…blamed for the data leak I caused", "…gets detention instead of me".
            // "…kicked out of the flat for the mess I made": the deed may follow where they are put out of.
            var forDeed = FirstOf(view, t + 1, t + RuleWindow.ManipulatedInto, ForWords);
            if (IsOneOf(t, Punished) && ((forDeed >= 0 && AnyOf(forDeed + 1, forDeed + RuleWindow.WritersDeed, WritersDeeds))
                || (view.TokenIs(t + 1, "instead") && view.TokenIs(t + 2, "of") && AnyOf(t + 3, t + 3, WritersSelves))))
            {
                // "…get my colleague blamed", "…so my brother gets detention": the one punished stands before it.
                var cause = FirstOf(view, Math.Max(0, t - RuleWindow.MadeToFeel), t - 1, Causing);
                if (PersonWithin(Math.Max(0, t - RuleWindow.MadeToFeel), t - 1) >= 0)
                {
                    return [Token(cause >= 0 ? cause : t), Token(t)];
                }
            }
            // "Get my teacher fired by making up a story about her", "help me get my landlord evicted with a fake complaint":
            // a punishment brought on a person by a falsehood.
            if (IsOneOf(t, Punished) && PersonWithin(Math.Max(0, t - RuleWindow.MadeToFeel), t - 1) >= 0
                && FirstOf(view, Math.Max(0, t - RuleWindow.MadeToFeel), t - 1, Causing) is var brought and >= 0 && FalsehoodTold() is var lie and >= 0)
            {
                return [Token(brought), Token(t), Token(lie)];
            }
            // "Pin it on my flatmate", "blame the broken vase on my sister".
            if (IsOneOf(t, Pinning) && FirstOf(view, t + 1, t + RuleWindow.ManipulatedInto, OnWords) is var on and >= 0
                && PersonWithin(on + 1, on + 2) >= 0)
            {
                return [Token(t), Token(on + 1)];
            }
        }
        return null;
    }

    private static readonly string[] Falsehoods = Lexicon.Folded("lie", "lies", "lying", "fake", "false", "rumour", "rumours", "rumor", "rumors",
        "fabricate", "fabricated", "invent", "invented", "frame", "framing");
    private static readonly string[] MakingUp = Lexicon.Folded("make", "made", "making", "makes");

    /// <summary>Where a falsehood is named ("a lie", "a fake complaint", "making up a story"), unless a negation turns it away ("without lying"); or -1.</summary>
    private int FalsehoodTold()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Falsehoods) || (IsOneOf(t, MakingUp) && view.TokenIs(t + 1, "up")))
            {
                return AnyClassBetween(Math.Max(0, t - 2), t - 1, TermClass.Negation) || view.TokenIs(t - 1, "without") ? -1 : t;
            }
        }
        return -1;
    }

    private static readonly string[] OnWords = Lexicon.Folded("on");
    private static readonly string[] ForWords = Lexicon.Folded("for");

    /// <summary>
    /// "How do I turn my friends against my sister", "get everyone to ignore the new girl", "make her friends hate her":
    /// others set on a person. Not the writer set upon ("turning my kids against me").
    /// </summary>
    private PhraseMatch[]? TurnedAgainst()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (IsOneOf(t, Turning) && FirstOf(view, t + 1, t + RuleWindow.ManipulatedInto, AgainstWords) is var against and >= 0
                && PersonWithin(against + 1, against + 3) is var victim and >= 0)
            {
                return [Token(t), Token(victim)];
            }
            if (IsOneOf(t, Persuaded) && FirstOf(view, t + 1, t + RuleWindow.ManipulatedInto, ToWords) is var to and >= 0
                && PersonWithin(to + 2, to + RuleWindow.ShunnedNamed) is var shunned and >= 0
                && (IsOneOf(to + 1, Shunning) || (IsOneOf(to + 1, LeavingOut) && (AnyOf(shunned + 1, shunned + 2, OutWords) || view.TokenIs(to + 2, "out")))
                    || (view.TokenIs(to + 1, "stop") && IsOneOf(to + 2, Befriending))))
            {
                return [Token(t), Token(shunned)];
            }
            // "Make my girlfriend's friends hate her": others made to hate a person.
            if (IsOneOf(t, Causing) && PersonWithin(t + 1, t + 4) is var others and >= 0 && FirstOf(view, others + 1, others + 3, Hating) is var hate and >= 0
                && PersonWithin(hate + 1, hate + 3) >= 0)
            {
                return [Token(t), Token(hate)];
            }
        }
        return null;
    }

    private static readonly string[] OutWords = Lexicon.Folded("out");
    // "Get the team to stop talking to my ex best friend".
    private static readonly string[] Befriending = Lexicon.Folded("talking", "speaking", "inviting", "hanging", "sitting", "playing", "texting");
    private static readonly string[] AgainstWords = Lexicon.Folded("against");
    private static readonly string[] ToWords = Lexicon.Folded("to");

    /// <summary>
    /// "List some insults I can throw at my stepdad", "write a mean comment about my classmate's acne", "how do I mock my
    /// coworker's accent": taunts asked for, aimed at a person. Not banter ("a funny roast for his birthday").
    /// </summary>
    private PhraseMatch[]? TauntsForSomeone()
    {
        for (var t = 0; t < view.Count; t++)
        {
            var taunt = IsOneOf(t, TauntNouns) ? t
                : IsOneOf(t, Unkind) && IsOneOf(t + 1, Remarks) ? t + 1
                : -1;
            // "Mean things to say about my roommate's weight": any of the words that aim it may name the one aimed at.
            for (var aim = taunt < 0 ? view.Count : taunt + 1; aim < view.Count && aim <= taunt + RuleWindow.ManipulatedInto; aim++)
            {
                // "…to say to someone": anyone at all may be the one aimed at.
                if (IsOneOf(aim, AimedAt) && (PersonWithin(aim + 1, aim + 3) is var aimed and >= 0 || (aimed = FirstOf(aim + 1, aim + 3, NamedOnes)) >= 0))
                {
                    return [Token(t), Token(aimed)];
                }
            }
            // "A comeback that makes my friend feel stupid".
            if (taunt >= 0 && FirstOf(view, taunt + 1, taunt + 3, Causing) is var made and >= 0 && PersonWithin(made + 1, made + 3) is var hurt and >= 0)
            {
                return [Token(t), Token(hurt)];
            }
            if ((IsOneOf(t, Mocking) || (IsOneOf(t, MockingMade) && IsOneOf(t - 1, MadeToMock))) && PersonWithin(t + 1, t + 3) is var mocked and >= 0)
            {
                return [Token(t), Token(mocked)];
            }
        }
        return null;
    }


    /// <summary>
    /// "How can I make my ex believe she's going crazy", "convince my husband he's imagining things", "make her doubt her own
    /// memory": another made to doubt their own mind. Not the writer's own doubt ("I think I'm going crazy"), nor comfort
    /// ("convince my son he's not crazy for feeling anxious").
    /// </summary>
    private PhraseMatch[]? MadeToDoubtTheirMind()
    {
        for (var t = 0; t + 3 < view.Count; t++)
        {
            if (!IsOneOf(t, Convincing) || PersonWithin(t + 1, t + 3) is not (var person and >= 0))
            {
                continue;
            }
            // "Convince my husband he's imagining things" needs no word of believing.
            var belief = IsOneOf(t, Persuading) ? person : FirstOf(view, person + 1, person + 3, Believing);
            var mad = belief >= 0 ? FirstOf(view, belief + 1, belief + RuleWindow.MadeToFeel, Madness) : -1;
            // "…he's not crazy for feeling anxious" comforts.
            if (mad >= 0 && !AnyOf(belief + 1, mad - 1, SelfOrComfort) && !AnyOf(belief + 1, mad - 1, FirstPersons)
                && !AnyClassBetween(belief + 1, mad - 1, TermClass.Negation))
            {
                return [Token(t), Token(mad)];
            }
        }
        return null;
    }

    private static readonly string[] FirstPersons = Lexicon.Folded("i", "im", "me", "we");
}
