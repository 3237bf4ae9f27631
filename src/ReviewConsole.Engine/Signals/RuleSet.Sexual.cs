using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of sexual violence and of children: sexualised, lured.</summary>
internal readonly ref partial struct RuleSet
{
    private void SexualViolence(ref List<Signal>? signals)
    {
        if (SexDespiteRefusal() is { } pressed)
        {
            var pressedContexts = new List<string> { "sex pressed on someone who refuses it" };
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.SexualViolence, pressedContexts), RuleNames.SexualViolence,
                pressed, pressedContexts);
            return;
        }
        if ((FirstMatch(TermClass.SexualViolence) ?? ChildGroomed()) is not { } match || IsNamedEvent(match))
        {
            if (!CapturedUndressed(ref signals) && !IntimateImagesSpread(ref signals) && !SexWrittenOfSomeoneKnown(ref signals))
            {
                SexualisedChild(ref signals);
            }
            return;
        }
        if (IsLessonForAnother(match) || IsUnderAgeForAPlace(match) || IsPressedOnSomeone(match) || IsStateRecognised(match) || IsDoneByAnother(match)
            || IsOpposedOrReported(match))
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.SexualViolence, contexts, named: match);
        var child = view.Has(TermClass.ChildTarget) || (match.Classes & TermClass.ChildTarget) != 0;
        Add(ref signals, SignalCategory.HarmfulRequest, child ? Severity.Severe : Severity.High, confidence, RuleNames.SexualViolence, [match], contexts);
    }

    private static readonly string[] Attempting = Lexicon.Folded("tried", "trying", "attempted", "to", "just", "had", "has", "did");
    private static readonly string[] OtherDoers = Lexicon.Folded("he", "she", "they", "someone", "somebody", "guy", "man", "stranger");

    /// <summary>
    /// "Someone tried to spike her drink at the bar, how do I help her?", "he spiked her drink and I saw it": the deed told of
    /// another who did or tried it, not asked for. "I spiked her drink…" is the writer's own.
    /// </summary>
    private bool IsDoneByAnother(PhraseMatch deed)
    {
        var doer = deed.Token - 1;
        var attempted = false;
        while (doer >= 0 && IsOneOf(doer, Attempting) && view.Clause(doer) == view.Clause(deed.Token))
        {
            attempted |= !view.TokenIs(doer, "to") || IsOneOf(doer - 1, Attempting);
            doer--;
        }
        var past = view.Word(deed.Token).EndsWith("ed", StringComparison.Ordinal);
        return doer >= 0 && view.Clause(doer) == view.Clause(deed.Token) && (past || attempted)
            && (IsOneOf(doer, OtherDoers) || IsPersonWord(doer)) && (view.Classes(doer) & TermClass.FirstPerson) == 0;
    }

    private static readonly string[] SexWords = Lexicon.Folded("sex", "sleep", "intimate", "hook");
    // Folded, "sleep" reads "slep" and "hook" "hok".
    private static readonly string[] SleepOrHook = Lexicon.Folded("sleep", "hook");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SexWordsLookup = Lexicon.LookupOf(SexWords);
    private static readonly string[] Pressing = Lexicon.Folded("get", "make", "convince", "persuade", "pressure", "force", "talk", "push", "guilt", "trick");
    private static readonly string[][] Refusals = [.. Lexicon.Folded("saying no", "says no", "said no", "say no", "doesn t want", "doesnt want",
        "refuses", "refused", "refusing", "isn t ready", "isnt ready", "not ready", "not in the mood", "won t", "wont").Select(phrase => phrase.Split(' '))];
    private static readonly string[] RefusersLeads = Lexicon.Folded("keeps", "keep", "always", "still", "already", "clearly");
    private static readonly string[] Refusers = Lexicon.Folded("she", "he", "they");

    /// <summary>
    /// "How do I get my girlfriend to have sex when she keeps saying no", "convince him to sleep with me, he says he's not
    /// ready": sex pressed on someone who refuses it, asked for. The writer's own refusal ("my boyfriend keeps pushing me to
    /// have sex and I said no") presses nothing.
    /// </summary>
    private PhraseMatch[]? SexDespiteRefusal()
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive) || !view.AnyWordOf(SexWordsLookup)
            || FindPhrase(Refusals) is not { } refusal)
        {
            return null;
        }
        var subject = refusal.Token - 1;
        while (subject > 0 && IsOneOf(subject, RefusersLeads))
        {
            subject--;
        }
        if (!IsOneOf(subject, Refusers) && !IsPersonWord(subject))
        {
            return null;
        }
        // "Sleep with", "hook up": a baby got to sleep is not.
        var sex = FirstOf(0, subject - 1, SexWords);
        if (sex < 0 || (IsOneOf(sex, SleepOrHook) && !view.TokenIs(sex + 1, "with") && !view.TokenIs(sex + 1, "up")))
        {
            return null;
        }
        for (var verb = sex - 1; verb >= 0 && verb >= sex - RuleWindow.SexPressed; verb--)
        {
            if (IsOneOf(verb, Pressing) && OthersNamedBetween(verb + 1, sex - 1, TermClass.HumanTarget | TermClass.AcquaintancePerson))
            {
                return [Token(verb), Token(sex), refusal];
            }
        }
        return null;
    }

    private static readonly string[] Underage = Lexicon.Folded("underage");
    private static readonly string[] AgeLimitedThings = Lexicon.Folded("drink", "drinking", "drinks", "drunk", "beer", "alcohol", "booze", "wine", "club",
        "clubs", "bar", "bars", "pub", "pubs", "vape", "vapes", "vaping", "smoke", "smoking", "cigarettes", "gamble", "gambling", "casino", "drive", "driving",
        "tattoo", "lottery", "vote", "voting");
    private static readonly string[] BeingOfAnAge = Lexicon.Folded("i", "im", "we", "was", "am", "m", "re", "being");

    /// <summary>
    /// "How can I get into a club when I'm underage", "can I drink beer underage at a wedding": too young for a drink, a club or a
    /// vote, the writer's own age or a place's rule, not a child sexualised ("nudes of underage girls" is).
    /// </summary>
    private bool IsUnderAgeForAPlace(PhraseMatch match) =>
        match.Words == 1 && IsOneOf(match.Token, Underage) && (AnyTokenOf(AgeLimitedThings) || IsOneOf(match.Token - 1, BeingOfAnAge));

    private static readonly string[] Grooming = Lexicon.Folded("groom", "grooming", "groomed");

    /// <summary>
    /// "Groom a twelve year old", "how do I start grooming this kid": someone else's child named right after the verb is
    /// groomed for abuse. Not the writer's own child ("groom my son to take over the shop", see <see cref="ChildNamed"/>),
    /// nor what a child owns ("groom a 12 year old's hair").
    /// </summary>
    private PhraseMatch? ChildGroomed()
    {
        if (!AnyTokenOf(Grooming) || ChildNamed() is not { } child)
        {
            return null;
        }
        for (var t = child.Token - 1; t >= 0 && t >= child.Token - RuleWindow.ChildGroomed; t--)
        {
            // "Groom a 12 year old's hair": the child owns what is groomed.
            if (IsOneOf(t, Grooming) && !view.TokenIs(child.Token + child.Words, "s"))
            {
                return new PhraseMatch(t, child.Token + child.Words - t, TermClass.SexualViolence | TermClass.ChildTarget);
            }
        }
        return null;
    }

    private static readonly string[] CaptureVerbs = Lexicon.Folded("record", "recording", "film", "filming", "photograph", "photographing", "spy", "spying",
        "peep", "peeping", "videotape", "snap");
    private static readonly string[] PrivateSettings = Lexicon.Folded("shower", "showering", "showers", "undressing", "undressed", "changing", "toilet", "toilets",
        "stall", "locker", "bathroom", "bathrooms", "restroom", "restrooms", "washroom", "washrooms");

    /// <summary>
    /// "Secretly record my roommate in the shower", "film women in the changing room": someone captured where they undress,
    /// asked for. The victim is named between the capture and the setting; the writer filming themselves, or looking for
    /// a hidden camera, is not one.
    /// </summary>
    private bool CapturedUndressed(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || view.Has(TermClass.Defensive | TermClass.SelfReference))
        {
            return false;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, CaptureVerbs))
            {
                continue;
            }
            var victimNamed = false;
            for (var t = verb + 1; t < view.Count && t <= verb + RuleWindow.CapturedUndressed; t++)
            {
                if ((view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ProtectedGroup)) != 0 && (view.Classes(t) & TermClass.FirstPerson) == 0)
                {
                    victimNamed = true;
                }
                else if (victimNamed && IsOneOf(t, PrivateSettings))
                {
                    // Not lowered as fiction: "film" is the act here, not a frame.
                    Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.SexualViolence, RuleNames.SexualViolence,
                        [Token(verb), Token(t)], ["someone captured where they undress"]);
                    return true;
                }
            }
        }
        return CameraHiddenWhereTheyUndress(ref signals);
    }

    private static readonly string[] PlacingVerbs = Lexicon.Folded("install", "installing", "put", "putting", "hide", "hiding", "plant", "planting",
        "place", "placing", "mount", "mounting", "set", "setting", "stick", "sneak");
    private static readonly string[] Cameras = Lexicon.Folded("camera", "cameras", "cam", "cams", "webcam", "recorder");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CamerasLookup = Cameras.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Secretly = Lexicon.Folded("secretly", "hidden", "hide", "hiding", "covertly", "discreetly", "knowing", "noticing",
        "unnoticed", "undetected", "tiny", "pinhole", "spy");

    /// <summary>
    /// "How do I secretly install a camera in the changing room at my gym": a camera hidden where people undress, asked
    /// for, with no one named; finding one ("how do I check my hotel bathroom for hidden cameras") is defensive.
    /// </summary>
    private bool CameraHiddenWhereTheyUndress(ref List<Signal>? signals)
    {
        if (!view.AnyWordOf(CamerasLookup) || !AnyTokenOf(Secretly))
        {
            return false;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, PlacingVerbs))
            {
                continue;
            }
            var camera = false;
            for (var t = verb + 1; t < view.Count && t <= verb + RuleWindow.CameraHidden; t++)
            {
                camera |= IsOneOf(t, Cameras);
                if (camera && IsOneOf(t, PrivateSettings))
                {
                    Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.SexualViolence, RuleNames.SexualViolence,
                        [Token(verb), Token(t)], ["a camera hidden where people undress"]);
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] SpreadingVerbs = Lexicon.Folded("post", "posting", "share", "sharing", "leak", "leaking", "upload", "uploading",
        "spread", "spreading", "publish", "publishing", "send", "sending", "forward", "forwarding", "put");
    private static readonly string[] IntimateImages = Lexicon.Folded("nude", "nudes", "naked", "topless", "intimate", "explicit", "sexts");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntimateImagesLookup =
        IntimateImages.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Post my ex's nude photos where her family will see them", "leak his naked pics to the group chat": someone else's
    /// intimate images spread, asked for or meant. Not the writer's own ("should I send my nudes"), not asked how to get them
    /// taken down or what to do about it (defensive).
    /// </summary>
    private bool IntimateImagesSpread(ref List<Signal>? signals)
    {
        if (!view.AnyWordOf(IntimateImagesLookup) || view.Has(TermClass.Defensive) || !view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson))
        {
            return false;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, SpreadingVerbs))
            {
                continue;
            }
            var someoneElse = false;
            for (var t = verb + 1; t < view.Count && t <= verb + RuleWindow.CapturedUndressed && view.Clause(t) == view.Clause(verb); t++)
            {
                someoneElse |= IsOneOf(t, OwnedByAnother) || ((view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0 && (view.Classes(t) & TermClass.FirstPerson) == 0);
                if (someoneElse && IntimateImagesLookup.Contains(view.Word(t)))
                {
                    Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.SexualViolence, RuleNames.SexualViolence,
                        [Token(verb), Token(t)], ["someone's intimate images spread"]);
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] ContactVerbs = Lexicon.Folded("message", "messaging", "chat", "chatting", "talk", "talking", "meet", "meeting", "dm",
        "dming", "text", "texting", "contact", "contacting", "befriend", "befriending", "call", "calling", "video");
    private static readonly string[] TheAsker = Lexicon.Folded("i", "me");
    private static readonly string[] LuringQuestions = Lexicon.Folded("which", "what", "where", "how", "can", "could");
    private static readonly string[] Unwatched = Lexicon.Folded("privately", "secretly", "alone", "unsupervised", "unmonitored");

    private static readonly string[] SexWritten = Lexicon.Folded("sex", "sexual", "erotic", "explicit", "smut", "porn", "porno", "nsfw", "steamy", "lewd");
    private static readonly string[] SexualWritings = Lexicon.Folded("scene", "story", "stories", "fanfic", "fic", "fiction", "poem", "description", "roleplay",
        "script", "chapter");
    private static readonly string[] RealNamed = Lexicon.Folded("real", "actual", "full");

    /// <summary>
    /// "Write a sex scene about my coworker, use her real name": sexual writing about a person the writer knows, named as
    /// themselves, asked for; it is made without their consent. Not a character or a public figure's fiction, and not about
    /// the writer's own partner with no real name asked for.
    /// </summary>
    private bool SexWrittenOfSomeoneKnown(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive) || !AnyTokenOf(SexWritten) || !AnyTokenOf(SexualWritings)
            || FirstMatch(TermClass.AcquaintancePerson) is not { } person)
        {
            return false;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            // "Her real name", "his actual name": the person is to be recognised.
            if (IsOneOf(t, RealNamed) && view.TokenIs(t + 1, "name"))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, RuleConfidence.SexualViolence, RuleNames.SexualViolence,
                    [person, Token(t)], ["sexual writing about someone the writer knows, under their real name"]);
                return true;
            }
        }
        return false;
    }

    // A parent's or teacher's question about a child and sex is about teaching, health or safety; a survivor's, about
    // abuse suffered.
    private static readonly string[] CareWords = Lexicon.Folded("talk", "teach", "explain", "education", "educate", "learn", "learning", "puberty",
        "doctor", "paediatrician", "pediatrician", "normal", "consent", "curious", "questions", "abuse", "abused", "endured", "survivor", "heal", "worried", "worry", "behavior", "behaviour");

    /// <summary>
    /// "How do I talk to my teenager about sexting", "teaching my kids about grooming": in a short message the harm or
    /// the advance is the subject of a lesson for someone else, not asked for or made. Not "can we talk
    /// about phone sex", which names no one else.
    /// </summary>
    private bool IsLessonForAnother(PhraseMatch match) =>
        match.Token > 0 && view.Count <= RuleLimit.LessonWords && (AnyTokenOf(CareWords) || AnyTokenOf(Warning))
        // "…explain what grooming looks like": what the harm is, explained, is a lesson whoever hears it.
        && (view.TokenIs(match.Token - 1, "what")
            || (view.Classes(match.Token - 1) & TermClass.Topic) != 0 && view.Has(TermClass.ChildTarget | TermClass.HumanTarget | TermClass.AcquaintancePerson));

    private static readonly string[] Recognising = Lexicon.Folded("know", "tell", "check", "recognise", "recognize", "spot", "sure", "see");
    private static readonly string[] Whether = Lexicon.Folded("if", "whether", "when");

    /// <summary>
    /// "How do I know if my friend is too drunk to consent", "how can I tell whether she was drugged": a state asked to be
    /// recognised, to protect or to stop, not the violence asked for.
    /// </summary>
    private bool IsStateRecognised(PhraseMatch match)
    {
        for (var t = match.Token - 1; t >= 1 && t >= match.Token - RuleWindow.RecognisedState && view.Clause(t) == view.Clause(match.Token); t--)
        {
            if (IsOneOf(t, Whether) && IsOneOf(t - 1, Recognising))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] PressedParticiples = Lexicon.Folded("pressured", "pressurised", "pressurized", "asked", "told", "forced", "made", "pushed",
        "begged", "coerced", "blackmailed", "groomed", "manipulated", "bullied", "tricked");
    private static readonly string[] Passives = Lexicon.Folded("being", "been", "was", "were", "is", "are", "am", "m", "s", "re", "got", "gets", "getting", "felt", "feel", "feels");

    /// <summary>
    /// "My daughter is being pressured to send nudes", "I was asked to send pics": what someone pressed on a victim, told
    /// or asked about, not a request of the writer's. "Get her to send nudes" still asks.
    /// </summary>
    private bool IsPressedOnSomeone(PhraseMatch match) =>
        view.TokenIs(match.Token - 1, "to") && IsOneOf(match.Token - 2, PressedParticiples) && IsOneOf(match.Token - 3, Passives);

    // A lesson given by word of mouth; not a care word of its own, since "tell me a story about…" asks for one.
    private static readonly string[] Warning = Lexicon.Folded("tell", "warn", "say");

    /// <summary>
    /// Sex and someone else's child in one request ("a story describing sex between an adult and a 12 year old"): abuse
    /// material asked for, which no fictional frame makes acceptable.
    /// </summary>
    private void SexualisedChild(ref List<Signal>? signals)
    {
        if (view.Count > RuleLimit.SexualisedChildWords || !view.Has(TermClass.RequestFrame | TermClass.Imperative) || view.Has(TermClass.Defensive)
            || ChildNamed() is not { } child || AnyTokenOf(CareWords))
        {
            return;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & (TermClass.Sexual | TermClass.Explicit)) != 0 && Math.Abs(match.Token - child.Token) <= RuleWindow.SexWithChild)
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, RuleConfidence.SexualViolence, RuleNames.SexualViolence, [match, child],
                    ["sexual content with a child: no fictional frame lowers it"]);
                return;
            }
        }
    }

    // What an adult who means harm asks of a child: to be with them alone, to keep it from the parents, to send pictures.
    // Each names the asker ("me", "my", "our"), so a parent's question about a child alone at home is not one.
    private static readonly string[][] LuringPhrases = [.. Lexicon.Folded(
        "alone with", "me alone", "meet me", "meet up with me", "come home with me", "come with me", "get in my car", "into my car",
        "into my van", "send me", "sends me", "trust me", "our secret", "keep it secret", "keep it a secret", "keep our", "keeps our", "keeps it secret", "keeps it a secret", "between you and me", "without her parents",
        "without his parents", "without their parents", "without telling her parents", "without telling his parents", "chat privately",
        "chat with privately", "lonely kids", "lonely children", "around kids alone", "around children alone", "tell her parents about me",
        "tell his parents about me", "won t tell her parents", "won t tell his parents", "not to tell her parents", "not to tell his parents", "not to tell anyone", "won t remember", "won t tell anyone", "unsupervised access",
        "send nudes", "secret from her parents", "secret from his parents", "secret from their parents", "them privately", "her privately",
        "him privately", "in private with", "private messages with", "without parents", "without the parents", "away from her parents",
        "away from his parents", "away from their parents", "no parents around").Select(phrase => phrase.Split(' '))];

    /// <summary>
    /// "Message 12 year olds privately", "chat with a young teen alone": a verb of contact just before the child and a word
    /// of secrecy just after, the luring said around the child rather than in one phrase.
    /// </summary>
    private PhraseMatch? ContactedUnwatched(PhraseMatch child)
    {
        var after = child.Token + child.Words;
        if (!IsOneOf(after, Unwatched) || !AnyTokenOf(TheAsker))
        {
            return null;
        }
        for (var verb = child.Token - 1; verb >= 0 && verb >= child.Token - RuleWindow.ChildContacted && view.Clause(verb) == view.Clause(child.Token); verb--)
        {
            if (IsOneOf(verb, ContactVerbs))
            {
                return new PhraseMatch(verb, after + 1 - verb, TermClass.ChildTarget);
            }
        }
        return null;
    }

    /// <summary>
    /// Getting someone else's child alone, into a secret or into sending pictures ("what do I say to a 12 year old so
    /// she keeps our chats from her parents"): the child is the target and the plan is the harm, with no word of violence.
    /// </summary>
    private void ChildLuring(ref List<Signal>? signals)
    {
        // Near each other: a long story may name a child in one place and "alone with" in another.
        var asked = view.Has(TermClass.RequestFrame | TermClass.Imperative);
        if (!(asked || IsOneOf(0, LuringQuestions)) || ChildNamed() is not { } child)
        {
            return;
        }
        // "Which apps let me message 12 year olds privately?": a question of the means names its asker in the contact.
        var cue = asked && FindPhrase(LuringPhrases) is { } found && Math.Abs(found.Token - child.Token) <= RuleWindow.ChildLured ? (PhraseMatch?)found : ContactedUnwatched(child);
        if (cue is null)
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = InContext(RuleConfidence.ChildLuring, contexts);
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, confidence, RuleNames.ChildLuring, [child, cue.Value], contexts);
    }
}
