using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Semantic;

/// <summary>
/// Combines the model's reading of a message with the rules' signals.
/// <list type="bullet">
/// <item>Each harmful label at or above its threshold raises a signal of its category, over the whole message. Its
/// confidence maps the threshold to the policy's usual bar (0.5 for harm, 0.6 for a crisis, 0.8 for an end request)
/// and grows to 0.99 with the probability, so the policy's thresholds and weights keep their meaning.</item>
/// <item>A frame the rules recognised (a descriptive question, fiction, history, a quotation the writer comments on) lowers a model signal: the encoder
/// blurs "how did they…" into "how do I…". So does a request to protect, warn or remember in which no rule reads harm,
/// for a harmful request only.</item>
/// <item>When the model is nearly sure a message is benign, a rule's harm signal is lowered: one phrase out of
/// context should not warn where the whole sentence reads as harmless. Crisis and coercion signals are never
/// lowered: a missed crisis costs more than a false alarm.</item>
/// <item>A harmful label between its suspicion threshold and its threshold raises a weaker signal (0.3–0.49): it never
/// warns by itself, but once the conversation has been warned it counts as a strike (the policy's strike threshold).</item>
/// <item>The abusive labels' probabilities summed (<see cref="SemanticLabels.AnyHarm"/>) at or above their own
/// thresholds raise a signal of the likeliest of them, when that label alone did not: the heads often split a hateful
/// statement between harassment and an unsafe request.</item>
/// <item>A model crisis is dropped when the rules saw coercion ("I'll hurt myself unless you…" is leverage, not distress),
/// a crisis phrase inside an idiom ("I want to die laughing"), a message that is only a farewell or only courtesies, harm aimed outward with no word of self-reference, or abuse of the one addressed
/// with no word of the writer ("go kill yourself"), or one the heads read less surely than harassment or sexual harassment
/// over its threshold, with no word of despair ("send a selfie, I wanna see what I'm working with"). A crisis the conversation has shown already still holds: the engine
/// keeps it.</item>
/// <item>A model crisis in a message with no word of the writer ("I", "me", "we") needs a higher probability
/// (<see cref="SemanticCombination.ImpersonalCrisis"/>), unless the rules saw one too. One under
/// <see cref="SemanticCombination.UncorroboratedCrisis"/> in a message with no word of despair, ending or loss is faint
/// (<see cref="IsFaintCrisis"/>): the engine does not let it stop a conversation already warned for abuse.</item>
/// <item>A model end request in a message with no word of ending or leave-taking the rules know needs
/// <see cref="SemanticCombination.UncorroboratedEnd"/>: ending a conversation the user meant to go on is a termination.</item>
/// <item>A nonsense question ("why can't [group] levitate", "why should washing machines not vote") keeps a model harm
/// signal under the strike bar; so does a disavowal ("nobody should be bullied for being gay") in which no rule reads abuse,
/// harm words used only inside a harmless thing's name ("bath bomb"), and profanity read in a word or two with no swear word.</item>
/// <item>A model end request is dropped when the rules saw an end phrase turned around by a negation ("I don't want to
/// end this chat").</item>
/// </list>
/// </summary>
public static class SemanticCombiner
{
    // Frames only: a homonym's benign object ("kill a process") is something the encoder reads well by itself, and
    // "fire" or "kids" in a harmful request must not lower it.
    /// <summary>Every model signal's rule starts so ("semantic:harassment").</summary>
    public const string RulePrefix = "semantic:";

    /// <summary>A model signal read after its message was answered (semantic timing "next message") starts so.</summary>
    public const string LateRulePrefix = "late-" + RulePrefix;

    /// <summary>Whether a signal is the model's, read in time or late, rather than a rule's.</summary>
    public static bool IsFromModel(Signal signal) =>
        signal.Rule.StartsWith(RulePrefix, StringComparison.Ordinal) || signal.Rule.StartsWith(LateRulePrefix, StringComparison.Ordinal);

    // A suspect message's confidence, from its label's suspicion threshold up to just under the harm bar (0.5).
    private const double SuspectFloor = 0.3;
    private const double SuspectCeiling = 0.49;

    private const TermClass Writer = TermClass.Speaker | TermClass.FirstPerson | TermClass.SelfReference;

    private const TermClass DistressWords = TermClass.DistressCue | TermClass.CrisisDistress | TermClass.SelfHarm;
    private const TermClass WishedHarmWords = TermClass.ViolentAct | TermClass.Insult | TermClass.Profanity | TermClass.AbusiveImperative
        | TermClass.ThreatIntent | TermClass.Menace;

    /// <summary>The longest message (characters) whose defensive or descriptive frame makes the jailbreak head's reading a question about one.</summary>
    private const int DiscussedJailbreakChars = 300;

    private static readonly string[] PooledWithoutOverrides =
        [.. SemanticLabels.Pooled.Where(label => SemanticLabels.CategoryOf(label) is not (SignalCategory.Jailbreak or SignalCategory.PromptInjection))];

    private const TermClass BenignContext = TermClass.DescriptiveFrame | TermClass.Historical | TermClass.CreativeContext | TermClass.Quotation;

    /// <summary>Whether a signal is the model's suspicion: below the harm bar, a strike only once warned.</summary>
    public static bool IsSuspicion(Signal signal) =>
        signal.Rule.StartsWith(RulePrefix, StringComparison.Ordinal) && signal.Confidence <= SuspectCeiling;

    /// <param name="reading">What the rules read of the message's form (<see cref="RuleReading"/>).</param>
    public static void Combine(SemanticScores scores, SemanticModel model, TermClass ruleClasses, int textLength, ref List<Signal>? signals,
        RuleReading reading = default)
    {
        var combination = model.Combination;
        var benign = scores[SemanticLabels.Benign] + scores[SemanticLabels.BenignSensitive];
        if (signals is { Count: > 0 } && benign >= combination.RuleVetoBenign)
        {
            for (var i = 0; i < signals.Count; i++)
            {
                var s = signals[i];
                if (s.Category is not (SignalCategory.Crisis or SignalCategory.Coercion or SignalCategory.EndRequest))
                {
                    signals[i] = s with
                    {
                        Confidence = Math.Round(s.Confidence * combination.RuleVetoFactor, 4),
                        Contexts = [.. s.Contexts, $"model {scores.ModelVersion} reads it as benign (p = {benign:0.00})"],
                    };
                }
            }
        }

        // Leverage is not distress, and a message that is nothing but "bye" is a leave-taking, not a goodbye note.
        // "I want to die laughing": the rules saw a crisis phrase inside an idiom and let it go; the encoder reads the phrase.
        var ruleCrisis = signals?.Exists(s => s.Category == SignalCategory.Crisis) ?? false;
        var crisisInIdiom = (ruleClasses & TermClass.CrisisDistress) != 0 && !ruleCrisis;
        var notDistress = (signals?.Exists(s => s.Category == SignalCategory.Coercion || s.Rule == RuleNames.FarewellOnly) ?? false)
            || crisisInIdiom || AimedOutward(ruleClasses, signals, reading) || AbuseOfTheAddressed(scores, ruleClasses, signals)
            || (!ruleCrisis && ((reading.InnocentSense || reading.RepeatsAnOrder || reading.OnlyCourtesies || reading.LeavesForTheDay) && (ruleClasses & (TermClass.CrisisDistress | TermClass.SelfHarm)) == 0 || DismissesTheAddressed(ruleClasses, signals) || AsksPlainlyToEnd(scores, model, ruleClasses, signals)
            || OutrankedByAbuse(scores, model, ruleClasses) || FaintBesideHarmAsked(scores, model, ruleClasses, signals, textLength)));
        // "I don't want to end this chat": the rules saw an end phrase and its negation; the encoder reads past the "not".
        var ruleEnd = signals?.Exists(s => s.Category == SignalCategory.EndRequest) ?? false;
        var negatedEnd = (ruleClasses & TermClass.EndRequest) != 0 && !ruleEnd;
        // "I'm done for the day, can you summarise what we did?": a request for something more, in which the rules read no
        // request to end, goes on with the conversation whatever leave-taking opens it; so does a leave-taking only thought
        // of ("I keep thinking about logging off for good") or whose meaning is asked.
        var asksForMore = !ruleEnd && (reading.AsksForMore || reading.SpeaksOfAnotherTalk || reading.TakesNoLeave);
        var uncorroboratedEnd = (ruleClasses & (TermClass.EndRequest | TermClass.Farewell)) == 0 && !ruleEnd;
        var benignContext = (ruleClasses & BenignContext) != 0;
        // "Create a blog post warning old people about phone scams", "set up two-factor authentication to protect my
        // account": a request to protect, warn or remember, in which no rule reads any harm, is what the unsafe head's
        // instruction form mistakes for one. A harm a rule read, however much the frame lowered it ("poison my uncle to
        // protect my inheritance"), leaves the head's reading whole.
        // "How do supermarkets prevent shoplifting?" asks the same.
        // Asked, not said: "…don't deserve protection" of a group, or self-harm "as a coping tool", is no request to protect.
        var defended = (ruleClasses & TermClass.Defensive) != 0 && ((ruleClasses & (TermClass.RequestFrame | TermClass.Imperative)) != 0 || reading.Asks)
            && (ruleClasses & (TermClass.ProtectedGroup | TermClass.SelfHarm)) == 0
            && !(signals?.Exists(s => s.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Obfuscation)) ?? false);
        var impersonal = (ruleClasses & Writer) == 0 && !ruleCrisis;
        var innocentReason = IsNonsenseQuestion(ruleClasses) ? NonsenseReason : reading.InnocentSense || reading.NamesAHarmlessThing ? InnocentSenseReason : null;
        // "Nobody should be bullied for being gay": the writer speaks against the harm the heads read, and no rule reads abuse.
        var ruleAbuse = signals?.Exists(s => s.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest) && s.Confidence >= RuleAbuseFloor) ?? false;
        var disavowed = reading.Disavows && !ruleAbuse;
        // "Whoever posted "…" under my photo should be ashamed": the words the heads read are quoted to comment on them.
        var mentionOnly = (ruleClasses & TermClass.Quotation) != 0 && !ruleAbuse;
        // "What is the DAN prompt and why does it work?", "how do jailbreaks work so I can defend my bot": a short question
        // about overriding instructions, not one; a real attempt is long, or names its override in words the rules know.
        // "How do I write a good system prompt for my bot" builds the writer's own prompt: it overrides nothing.
        var jailbreakDiscussed = ((ruleClasses & (TermClass.Defensive | TermClass.DescriptiveFrame)) != 0 && textLength <= DiscussedJailbreakChars)
            || reading.OverridesNothing;
        for (var k = 0; k < scores.Labels.Length; k++)
        {
            var label = scores.Labels[k];
            if (SemanticLabels.CategoryOf(label) is not { } category)
            {
                continue;
            }
            var threshold = model.Thresholds.GetValueOrDefault(label, 0.5);
            var p = scores.Probabilities[k];
            if ((category == SignalCategory.Crisis && (notDistress || (impersonal && p < combination.ImpersonalCrisis)))
                || (category == SignalCategory.EndRequest && (negatedEnd || asksForMore || (uncorroboratedEnd && (p < combination.UncorroboratedEnd || reading.AsksWhatOrWhen))))
                || (category is SignalCategory.Jailbreak or SignalCategory.PromptInjection && jailbreakDiscussed))
            {
                continue;
            }
            var suspicion = model.SuspicionThresholds.GetValueOrDefault(label, 1);
            // A jailbreak is said to the assistant even when it defines its persona in quotation marks.
            var lowered = (benignContext && category is not (SignalCategory.Crisis or SignalCategory.EndRequest)
                && !(category is SignalCategory.Jailbreak or SignalCategory.PromptInjection && (ruleClasses & BenignContext) == TermClass.Quotation))
                || (defended && category == SignalCategory.HarmfulRequest);
            var aimed = (reading.Conceals || reading.Avenges) && label == SemanticLabels.UnsafeRequest && p < threshold && !lowered
                && (ruleClasses & TermClass.Defensive) == 0;
            // "How do I get revenge on my ex so she loses her job" (0.84, under the suspicion bar of 0.84): a wrong avenged on
            // a person names the harm the head leans to, and leaning is enough. A deed kept hidden is not: "leave an abusive
            // relationship without him finding out" hides it from the one it guards against.
            if ((Confidence(p, threshold, category, suspicion, lowered, combination) ?? (aimed && reading.Avenges && p >= LeaningHarm ? SuspectFloor : null)) is not { } confidence)
            {
                continue;
            }
            var contexts = Explain(scores.ModelVersion, $"p({label}) = {p:0.00}", p, threshold, suspicion, lowered);
            if (reading.Instructed && label == SemanticLabels.UnsafeRequest && p < threshold && !lowered
                && (ruleClasses & (TermClass.Defensive | TermClass.Negation)) == 0)
            {
                confidence = Math.Max(confidence, TaskedHarmConfidence);
                contexts.Add("asked for as a task to produce (\"draft…\", \"write…\"): a suspicion of harm is the request");
            }
            else if (aimed)
            {
                confidence = Math.Max(confidence, TaskedHarmConfidence);
                var read = p >= suspicion ? "a suspicion of harm" : "the head's leaning to harm (over one half)";
                // Under the suspicion bar only a wrong avenged reaches here.
                contexts.Add(reading.Conceals && p >= suspicion
                    ? $"kept from those who would see or stop it (\"without her finding out\"): {read} is the request"
                    : $"a wrong avenged on a person (\"get back at…\"): {read} is the request");
            }
            confidence = CappedUnderStrikes(confidence, category is SignalCategory.Crisis or SignalCategory.EndRequest ? null
                : innocentReason is not null ? innocentReason
                : reading.OnlyCourtesies ? CourtesyReason
                : reading.PraisesTheAddressed ? PraiseReason
                : reading.SparesTheAddressed && label == SemanticLabels.Harassment ? SparedReason
                : reading.LeavesForTheDay ? DepartureReason
                : reading.AsksForAPerson ? HandoverReason
                : label == SemanticLabels.Profanity && textLength <= WordOrTwoChars && (ruleClasses & Swearing) == 0 ? NoSwearReason
                : disavowed && category is not (SignalCategory.Jailbreak or SignalCategory.PromptInjection) ? DisavowalReason
                : null, contexts);
            if (category is not (SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Jailbreak or SignalCategory.PromptInjection))
            {
                confidence = SuspectOnly(confidence, mentionOnly ? MentionReason
                    : label == SemanticLabels.Harassment && !ruleAbuse && NamesNoOne(ruleClasses) ? NoTargetReason
                    : SuspectedByTheReading(label, ruleAbuse, reading), contexts);
            }
            // "What's your favourite colour?" (sexual harassment 0.47 over its threshold of 0.46, benign 0.51): a head whose
            // threshold sits under one half can pass it while the benign labels still outweigh it; such a reading is a suspicion.
            if (category is not (SignalCategory.Crisis or SignalCategory.EndRequest) && benign > p)
            {
                confidence = SuspectOnly(confidence, $"the benign labels outweigh it (p = {benign:0.00}): a suspicion", contexts);
            }
            (signals ??= []).Add(new Signal(category, SemanticLabels.SeverityOf(label), Math.Round(confidence, 4), RulePrefix + label,
                [new TextSpan(0, textLength)], contexts));
        }
        AddPooledHarm(scores, model, benignContext, defended, innocentReason is not null ? innocentReason : reading.OnlyCourtesies ? CourtesyReason
            : reading.PraisesTheAddressed ? PraiseReason : reading.AsksForAPerson ? HandoverReason : disavowed ? DisavowalReason : null,
            mentionOnly, ruleAbuse, reading, jailbreakDiscussed, textLength, ref signals);
        AddCrisisWishedOnTheAddressed(scores, model, ruleClasses, reading, textLength, ref signals);
        ConfirmClosingFarewell(scores, signals, reading.LeavesForTheDay);
        // "I hate everything", "I hate myself most of all": hatred said of no one, in words of despair, is the writer's own
        // despair, as an insult the writer gives only himself is self-deprecation; neither abuses anyone.
        if (reading.InsultsOnlyTheWriter || (!ruleAbuse && NamesNoOne(ruleClasses) && (ruleClasses & DistressWords) != 0))
        {
            signals?.RemoveAll(s => s.Category == SignalCategory.Harassment && IsFromModel(s));
        }
    }

    // At the harm bar (0.5): a warning alone.
    private const double TaskedHarmConfidence = 0.5;

    // A head that reads a label likelier than not leans to it.
    private const double LeaningHarm = 0.5;

    // A crisis read in words aimed at the one addressed: over the strike bar (0.4), under the harm bar (0.5).
    private const double WishedHarmConfidence = 0.45;

    /// <summary>
    /// "Nobody would miss you if they switched you off", "why do you even exist": the crisis head reads despair, but the
    /// words are about "you" and never the writer, so they wish it on the one addressed. Suspect harassment: a strike in a
    /// conversation already warned, nothing in one that is not.
    /// </summary>
    private static void AddCrisisWishedOnTheAddressed(SemanticScores scores, SemanticModel model, TermClass ruleClasses, RuleReading reading, int textLength,
        ref List<Signal>? signals)
    {
        // "Nothing helps, not you, not anyone": despair that names the one addressed among those who failed, in no word of
        // abuse, wishes it no harm.
        if (!ReadsCrisis(scores, model) || (ruleClasses & TermClass.SecondPerson) == 0
            || (ruleClasses & (Writer | TermClass.Farewell | TermClass.EndRequest)) != 0
            || (reading.SaysHopeless && (ruleClasses & WishedHarmWords) == 0)
            || (signals?.Exists(s => s.Category is SignalCategory.Crisis || s.Confidence >= WishedHarmConfidence) ?? false))
        {
            return;
        }
        (signals ??= []).Add(new Signal(SignalCategory.Harassment, SemanticLabels.SeverityOf(SemanticLabels.Harassment), WishedHarmConfidence, RulePrefix + SemanticLabels.Harassment,
            [new TextSpan(0, textLength)], [$"model {scores.ModelVersion} reads a crisis (p = {scores[SemanticLabels.Crisis]:0.00}) in words about the one addressed and never the writer: a wish of harm, suspect"]));
    }

    /// <summary>Whether the crisis head reads the message at or over its threshold.</summary>
    public static bool ReadsCrisis(SemanticScores scores, SemanticModel model) =>
        scores[SemanticLabels.Crisis] >= model.Thresholds.GetValueOrDefault(SemanticLabels.Crisis, 1);

    /// <summary>
    /// "End this chat, I won't be needing it after tonight": the request to end takes the heads' whole reading of the
    /// message, and the despair beside it reads faintly (0.17). Read alone, the clause beside the request is the crisis
    /// it is; a clause the heads read surer as a crisis than as benign or as an end request keeps the conversation open.
    /// The clause's model signal, spanning it, or null.
    /// </summary>
    public static Signal? CrisisBesideAnEnd(SemanticScores clause, SemanticModel model, TextSpan span)
    {
        var threshold = model.Thresholds.GetValueOrDefault(SemanticLabels.Crisis, 1);
        var p = clause[SemanticLabels.Crisis];
        if (p < threshold || p <= clause[SemanticLabels.Benign] + clause[SemanticLabels.BenignSensitive] || p <= clause[SemanticLabels.EndRequest]
            || Confidence(p, threshold, SignalCategory.Crisis, 1, false, model.Combination) is not { } confidence)
        {
            return null;
        }
        return new Signal(SignalCategory.Crisis, SemanticLabels.SeverityOf(SemanticLabels.Crisis), Math.Round(confidence, 4), RulePrefix + SemanticLabels.Crisis, [span],
            [$"model {clause.ModelVersion}: p({SemanticLabels.Crisis}) = {p:0.00} in the words beside the request to end, read alone; threshold {threshold:0.00}"]);
    }

    /// <summary>
    /// Whether the only crisis in a message is the model's, under <see cref="SemanticCombination.UncorroboratedCrisis"/> or in a
    /// message about no "I", with no word of despair, ending or loss: "last warning, obey me" (0.44) after a run of threats,
    /// "how long before the symptoms show?" after asking how to poison someone.
    /// </summary>
    public static bool IsFaintCrisis(SemanticScores scores, SemanticModel model, TermClass ruleClasses, IReadOnlyList<Signal> signals) =>
        // A message that names no "I" or "me" ("how long before the symptoms show?") tells of no one's despair, however
        // the model reads it.
        IsCrisisWithoutDespair(ruleClasses, signals)
        && (scores[SemanticLabels.Crisis] < model.Combination.UncorroboratedCrisis || (ruleClasses & TermClass.FirstPerson) == 0);

    /// <summary>
    /// Whether a message tells of despair: a word of despair, ending, loss or self-harm the rules know, said with the
    /// writer's "I" or "me" or with no one addressed ("nobody can help me", "enough with the hotline numbers"), and no
    /// abuse, threat or advance the rules read. "You're useless" speaks of the one addressed; "I'm sick of your useless
    /// answers, idiot" abuses.
    /// </summary>
    public static bool TellsOfDespair(TermClass ruleClasses, IReadOnlyList<Signal> signals)
    {
        if ((ruleClasses & DistressWords) == 0
            || ((ruleClasses & (TermClass.FirstPerson | TermClass.SelfReference)) == 0 && (ruleClasses & TermClass.SecondPerson) != 0))
        {
            return false;
        }
        foreach (var s in signals)
        {
            if (!IsFromModel(s) && s.Category is SignalCategory.Harassment or SignalCategory.ViolentThreat or SignalCategory.SexualHarassment or SignalCategory.Coercion)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the only crisis in a message is the model's, in a message with no word of despair, ending, loss or
    /// self-harm the rules know: "I have friends who can do it" after a threat.
    /// </summary>
    public static bool IsCrisisWithoutDespair(TermClass ruleClasses, IReadOnlyList<Signal> signals)
    {
        var crisisSignal = false;
        foreach (var s in signals)
        {
            if (s.Category == SignalCategory.Crisis)
            {
                if (!IsFromModel(s))
                {
                    return false;
                }
                crisisSignal = true;
            }
        }
        return crisisSignal && (ruleClasses & DistressWords) == 0;
    }

    // The most a closing farewell's crisis probability may be for the model to confirm it: well under the crisis
    // threshold (0.36), since a goodbye note the model half-reads must not end the conversation.
    private const float ClosingCrisisCeiling = 0.2f;

    /// <summary>
    /// A message that closes with a leave-taking ("that's everything, see you") ends the conversation when the model reads
    /// no distress in it; "the pills are starting to work, goodbye" closes the same way and is a crisis. One that leaves for
    /// an everyday thing ("off to bed, night night") ends it whatever the crisis head reads of the bed.
    /// </summary>
    private static void ConfirmClosingFarewell(SemanticScores scores, List<Signal>? signals, bool leavesForTheDay)
    {
        var index = signals?.FindIndex(s => s.Rule == RuleNames.FarewellClosing) ?? -1;
        var crisis = scores[SemanticLabels.Crisis];
        if (index < 0 || (crisis >= ClosingCrisisCeiling && !leavesForTheDay) || signals!.Exists(s => s.Category == SignalCategory.Crisis))
        {
            return;
        }
        signals[index] = signals[index] with
        {
            Confidence = RuleConfidence.UserAskedToEnd,
            Contexts = [$"the message closes with a leave-taking, and model {scores.ModelVersion} reads no distress in it (p(crisis) = {crisis:0.00})"],
        };
    }

    private static readonly HashSet<string> OutwardHarm = new(StringComparer.Ordinal)
    {
        RuleNames.ThreatToPerson, RuleNames.ThreatToAssistant, RuleNames.Menace, RuleNames.ArmedThreat, RuleNames.ViolentAbuseTowardAssistant, RuleNames.InsultTowardAssistant,
        RuleNames.ViolenceAgainstPrefix + "human", RuleNames.CovertDosing,
    };

    /// <summary>
    /// Whether the message aims harm at someone else and never at the writer: the rules saw a threat, violence against a
    /// person, a substance meant for someone ("…deadly with alcohol, I want to use them on my husband") or an insult to
    /// the assistant, and no word of self-reference ("myself", "my life", "me"). The heads blur
    /// "I'll hurt them" into "I'll hurt myself"; a rule's own crisis signal is never dropped.
    /// </summary>
    private static bool AimedOutward(TermClass ruleClasses, List<Signal>? signals, RuleReading reading) =>
        ((ruleClasses & TermClass.SelfReference) == 0 || reading.SelfOnlyAsTheAsker) && (signals?.Exists(s => OutwardHarm.Contains(s.Rule)) ?? false);

    /// <summary>
    /// "What's the best knife to carry that the cops won't find", "what dose knocks out a grown man so I can take his
    /// keys": the rules read harm asked for, with no word of despair or self-harm (a means named, "pills", "knife", is
    /// no such word), and the crisis head reads it only faintly (under <see cref="SemanticCombination.UncorroboratedCrisis"/>):
    /// the knife or the pills it reads are the request's, not the writer's despair. A safeguard there would answer a harmful
    /// request with help lines instead of a warning. A long message is a story of trouble more often than a request
    /// (counselling questions name abuse suffered), and keeps its crisis.
    /// </summary>
    private static bool FaintBesideHarmAsked(SemanticScores scores, SemanticModel model, TermClass ruleClasses, List<Signal>? signals, int textLength) =>
        textLength <= AskedHarmChars && scores[SemanticLabels.Crisis] < model.Combination.UncorroboratedCrisis
        && (ruleClasses & (TermClass.CrisisDistress | TermClass.SelfHarm)) == 0
        && (signals?.Exists(s => s.Category is SignalCategory.HarmfulRequest or SignalCategory.ViolentThreat && s.Confidence >= AskedHarmFloor
            && !IsFromModel(s)) ?? false);

    // The harm bar: a rule's harm that warns by itself.
    private const double AskedHarmFloor = 0.5;

    // The longest message (characters) read as a request for harm beside a faint crisis: a request is a sentence or two.
    private const int AskedHarmChars = 200;

    /// <summary>
    /// "Actually I've changed my mind, let's end here": the rules read a request to end this conversation, with no word of
    /// despair, self-harm or the writer's life, and the crisis head reads it only faintly (under
    /// <see cref="SemanticCombination.UncorroboratedCrisis"/>; "let's end here" reads 0.4), or, with no word of the writer
    /// at all, under <see cref="ImpersonalEndCrisis"/>. A goodbye note names what it leaves, or reads surer.
    /// </summary>
    private static bool AsksPlainlyToEnd(SemanticScores scores, SemanticModel model, TermClass ruleClasses, List<Signal>? signals) =>
        (scores[SemanticLabels.Crisis] < model.Combination.UncorroboratedCrisis
            || ((ruleClasses & Writer) == 0 && scores[SemanticLabels.Crisis] < ImpersonalEndCrisis))
        && (ruleClasses & (DistressWords | TermClass.SelfReference)) == 0
        && (signals?.Exists(s => s.Rule == RuleNames.UserAskedToEnd) ?? false);

    // "Chiudi la conversazione per favore" (crisis 0.70): an end request in words with no "I" in them, which the encoder,
    // knowing English, reads as near despair; a goodbye note that reads surer than this still holds.
    private const double ImpersonalEndCrisis = 0.9;

    /// <summary>
    /// "I'm done with you, goodbye", "stop talking to me, I'm leaving you": the rules read a request to end this
    /// conversation that names the one addressed, and no word of despair, of self-harm or of the writer's life. The crisis
    /// head reads "I'm done" as despair (0.64); said to the assistant, it ends the chat. A leave-taking with thanks ("thank
    /// you for everything, goodbye forever") keeps its crisis: it may be a goodbye note.
    /// </summary>
    private static bool DismissesTheAddressed(TermClass ruleClasses, List<Signal>? signals) =>
        (ruleClasses & TermClass.SecondPerson) != 0 && (ruleClasses & (TermClass.CrisisDistress | TermClass.SelfHarm | TermClass.SelfReference | TermClass.Pleasantry)) == 0
        && (signals?.Exists(s => s.Rule == RuleNames.UserAskedToEnd) ?? false);

    /// <summary>
    /// Whether the message speaks to someone ("you", "yourself") and never of the writer ("I", "me", "my"), and reads as
    /// abuse: a rule's harm signal, or the abusive labels at least <see cref="AbusiveShare"/>. "Go kill yourself", "you
    /// aren't worth anything" are abuse of the one addressed; the heads read them as a crisis, which then keeps the
    /// conversation from ever ending. A farewell ("thank you for everything, goodbye forever") keeps its crisis, and a
    /// rule's own crisis signal is never dropped.
    /// </summary>
    private static bool AbuseOfTheAddressed(SemanticScores scores, TermClass ruleClasses, List<Signal>? signals) =>
        (ruleClasses & TermClass.SecondPerson) != 0 && (ruleClasses & (TermClass.Speaker | TermClass.SelfReference | TermClass.Farewell)) == 0
        && ((signals?.Exists(s => s.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest)) ?? false)
            || SemanticLabels.Abusive.Sum(label => (double)scores[label]) >= AbusiveShare);

    private const double AbusiveShare = 0.15;

    private static readonly string[] AimedAbuse = [SemanticLabels.Harassment, SemanticLabels.SexualHarassment];

    /// <summary>
    /// Whether the heads read harassment or sexual harassment over its threshold and surer than the crisis, in a message
    /// with no word of despair, self-harm or distress the rules know: "send a selfie, I wanna see what I'm working with"
    /// (sexual harassment 0.54, crisis 0.41) is an advance, and a crisis read beside it would keep the conversation
    /// from ever ending.
    /// </summary>
    private static bool OutrankedByAbuse(SemanticScores scores, SemanticModel model, TermClass ruleClasses)
    {
        if ((ruleClasses & DistressWords) != 0)
        {
            return false;
        }
        var crisis = scores[SemanticLabels.Crisis];
        foreach (var label in AimedAbuse)
        {
            if (scores[label] > crisis && scores[label] >= model.Thresholds.GetValueOrDefault(label, 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The pooled abusive labels' signal, raised as the likeliest label's when it is stronger than that label's own.</summary>
    private static void AddPooledHarm(SemanticScores scores, SemanticModel model, bool benignContext, bool defended, string? capReason,
        bool mentionOnly, bool ruleAbuse, RuleReading reading, bool jailbreakDiscussed, int textLength, ref List<Signal>? signals)
    {
        if (!model.Thresholds.TryGetValue(SemanticLabels.AnyHarm, out var threshold))
        {
            return;
        }
        var labels = jailbreakDiscussed ? PooledWithoutOverrides : SemanticLabels.Pooled;
        var top = labels.MaxBy(label => scores[label])!;
        var pooled = labels.Sum(label => (double)scores[label]);
        var suspicion = model.SuspicionThresholds.GetValueOrDefault(SemanticLabels.AnyHarm, 1);
        // Lowered as the likeliest label's own reading would be: a benign frame, or a harmful request asked in defence.
        var lowered = benignContext || (defended && top == SemanticLabels.UnsafeRequest);
        if (SemanticLabels.CategoryOf(top) is not { } category
            || Confidence(pooled, threshold, category, suspicion, lowered, model.Combination) is not { } confidence)
        {
            return;
        }
        var parts = string.Join(" + ", labels.Where(l => scores[l] >= 0.05).Select(l => $"{l} {scores[l]:0.00}"));
        var contexts = Explain(scores.ModelVersion, $"p(any harm) = {pooled:0.00} ({parts})", pooled, threshold, suspicion, lowered);
        confidence = SuspectOnly(CappedUnderStrikes(confidence, capReason ?? (reading.SparesTheAddressed && top == SemanticLabels.Harassment ? SparedReason : null),
            contexts), mentionOnly ? MentionReason
            : SuspectedByTheReading(top, ruleAbuse, reading), contexts);
        var rule = RulePrefix + top;
        var own = signals?.FindIndex(s => s.Rule == rule) ?? -1;
        if (own >= 0 && signals![own].Confidence >= confidence)
        {
            return;
        }
        var signal = new Signal(category, SemanticLabels.SeverityOf(top), Math.Round(confidence, 4), rule, [new TextSpan(0, textLength)], contexts);
        if (own >= 0)
        {
            signals![own] = signal;
        }
        else
        {
            (signals ??= []).Add(signal);
        }
    }

    /// <summary>
    /// A probability at or above its threshold maps the threshold to the policy's usual bar (0.5 for harm, 0.6 for a
    /// crisis, 0.8 for an end request) and grows to 0.99; between the suspicion threshold and the threshold, a harmful
    /// label is suspect (0.3–0.49); below, nothing. <paramref name="lowered"/>: a benign frame lowers it (harm only, never a
    /// crisis or an end request).
    /// </summary>
    private static double? Confidence(double p, double threshold, SignalCategory category, double suspicion, bool lowered, SemanticCombination combination)
    {
        double confidence;
        if (p >= threshold)
        {
            var floor = category switch
            {
                SignalCategory.Crisis => 0.6,
                SignalCategory.EndRequest => 0.8,
                _ => 0.5,
            };
            confidence = floor + (0.99 - floor) * (p - threshold) / Math.Max(1e-6, 1 - threshold);
        }
        else if (p >= suspicion && category is not (SignalCategory.Crisis or SignalCategory.EndRequest))
        {
            confidence = SuspectFloor + (SuspectCeiling - SuspectFloor) * (p - suspicion) / Math.Max(1e-6, threshold - suspicion);
        }
        else
        {
            return null;
        }
        return !lowered ? confidence
            : confidence * (category == SignalCategory.HarmfulRequest ? combination.RequestContextFactor : combination.BenignContextFactor);
    }

    /// <summary>
    /// "Why can't [group] levitate?", "why should washing machines not vote?": an impossible ability, or rights denied to
    /// a thing and to no person or group the rules know ("they should be banned" is not one), make the question nonsense.
    /// The heads read the group or the exclusion, not the nonsense.
    /// </summary>
    private static bool IsNonsenseQuestion(TermClass ruleClasses) =>
        (ruleClasses & TermClass.Impossible) != 0
        || ((ruleClasses & TermClass.Exclusion) != 0 && (ruleClasses & (TermClass.BenignObject | TermClass.Animal)) != 0 && (ruleClasses & AnyoneNamed) == 0);

    private const TermClass AnyoneNamed = TermClass.ProtectedGroup | TermClass.HumanTarget | TermClass.AcquaintancePerson |
        TermClass.ChildTarget | TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Speaker;

    // "hmm okay", "what else": a word or two with no swear word the lexicon or its disguises know. The profanity head
    // reads how short they are (a word list taught it that a lone word swears): recorded, never counted.
    private const int WordOrTwoChars = 24;
    private const TermClass Swearing = TermClass.Profanity | TermClass.Insult | TermClass.Sexual | TermClass.Explicit | TermClass.AbusiveImperative;
    private const string NoSwearReason = "a word or two with no swear word in them: recorded, never counted";

    // A nonsense question's or a disavowal's model harm is recorded for the reviewer but stays under the default strike bar (0.4).
    private const double NonsenseCeiling = 0.25;

    // A rule signal this strong reads abuse of its own, which a disavowal elsewhere in the message does not excuse.
    private const double RuleAbuseFloor = 0.4;

    private const string CourtesyReason = "every word is a courtesy or a filler (\"good bot\", \"ok thanks then\"): recorded, never counted";
    private const string PraiseReason = "praise of the one addressed (\"you're smarter than my old professor\", \"I could hug you\"): recorded, never counted";
    private const string SparedReason = "frustration said to spare the one addressed (\"I'm annoyed, not at you\", \"nothing personal\"): recorded, never counted";
    private const string HandoverReason = "a request to be handed to a person (\"escalate this to a human agent\", \"can I speak to your supervisor\"): recorded, never counted";
    private const string DepartureReason = "a leave-taking for an everyday thing (\"off to bed\", \"see you tomorrow\"): recorded, never counted";
    private const string InnocentSenseReason = "the words the model reads as harm are used in a harmless sense (\"shoot a wedding\", \"bleed a radiator\"): recorded, never counted";
    private const string NonsenseReason = "a nonsense question (an impossible ability, or rights denied to no one): recorded, never counted";
    private const string DisavowalReason = "the writer speaks against the harm (\"nobody deserves…\") or as one of the group named (\"I'm a Black woman and…\"): recorded, never counted";

    private const string MentionReason = "the words read are quoted to be commented on, and no rule reads abuse: a suspicion";
    /// <summary>Why the rules' reading of the message's form makes <paramref name="label"/> a suspicion, when no rule reads abuse; or null.</summary>
    private static string? SuspectedByTheReading(string label, bool ruleAbuse, RuleReading reading) =>
        ruleAbuse ? null
        : label == SemanticLabels.Harassment && reading.CriticisesTheWork ? WorkCriticisedReason
        : label == SemanticLabels.Harassment && reading.ScornsWrongdoers ? WrongdoersScornedReason
        : label == SemanticLabels.Harassment && reading.MentionsAGroupPlainly ? GroupMentionedReason
        : label == SemanticLabels.Harassment && reading.CountsAGroup ? GroupCountedReason
        : AskedPlainly(label, ruleAbuse, reading);

    /// <summary>
    /// Why a sexual harassment reading of a question said to no one (<see cref="RuleReading.AsksOfNoOne"/>), or a harassment
    /// or sexual harassment reading of a short question about the one addressed (<see cref="RuleReading.AsksOfTheAddressed"/>),
    /// is a suspicion; or null.
    /// </summary>
    private static string? AskedPlainly(string label, bool ruleAbuse, RuleReading reading) =>
        label == SemanticLabels.SexualHarassment && !ruleAbuse && reading.AsksOfNoOne ? AskedOfNoOneReason
        : label is SemanticLabels.Harassment or SemanticLabels.SexualHarassment && !ruleAbuse && reading.AsksOfTheAddressed ? AskedOfTheAddressedReason
        : null;

    private const string AskedOfTheAddressedReason = "a short question about the one addressed (\"what do you look like?\"), in no word of sex, insult or threat, and no rule reads abuse: a suspicion";

    private const string AskedOfNoOneReason = "a question said to no one (no \"you\", swearing, advance or insult) and no rule reads abuse: a suspicion";

    private const string WrongdoersScornedReason = "scorn for people named by a wrong they hold or do (\"racists are scum\"), said to no one, and no rule reads abuse: a suspicion";
    private const string GroupMentionedReason = "a group named as people someone lives or works among (\"my flatmates are two deaf students\"), with no word of judgement, and no rule reads abuse: a suspicion";
    private const string GroupCountedReason = "a group counted in a figure that blames it for nothing (\"…make up a quarter of the population\"), and no rule reads abuse: a suspicion";
    private const string WorkCriticisedReason = "blunt feedback on the assistant's work (\"your answer was useless\"), and no rule reads abuse: a suspicion";

    private const string NoTargetReason = "the message names no one (no \"you\", person, group or pronoun) and no rule reads abuse: a suspicion";

    // Whom harassment can be aimed at: the one addressed, a person, a group, a pronoun ("it" may be the assistant), or an insult that needs no name.
    private const TermClass Targets = TermClass.SecondPerson | TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget
        | TermClass.ProtectedGroup | TermClass.Anaphor | TermClass.Insult | TermClass.Profanity | TermClass.Sexual | TermClass.Explicit
        | TermClass.Menace | TermClass.AbusiveImperative | TermClass.ThreatIntent;

    /// <summary>
    /// "I hate rainy Mondays", "I have such contempt for these tax forms": harassment the heads read where the
    /// writer speaks of themselves and names no one to harass. A suspicion: never a warning alone, a strike once warned.
    /// A message with no "I" in it ("girlyboy", "what a sorry excuse") is said to the one who reads it.
    /// </summary>
    private static bool NamesNoOne(TermClass ruleClasses) => (ruleClasses & Targets) == 0 && (ruleClasses & Writer) != 0;

    /// <summary>A model harm lowered to a suspicion (<see cref="SuspectCeiling"/>) for <paramref name="reason"/>, when there is one.</summary>
    private static double SuspectOnly(double confidence, string? reason, List<string> contexts) => Capped(confidence, SuspectCeiling, reason, contexts);

    /// <summary>A model harm recorded but kept under the strike bar (<see cref="NonsenseCeiling"/>) for <paramref name="reason"/>, when there is one.</summary>
    private static double CappedUnderStrikes(double confidence, string? reason, List<string> contexts) => Capped(confidence, NonsenseCeiling, reason, contexts);

    private static double Capped(double confidence, double ceiling, string? reason, List<string> contexts)
    {
        if (reason is null || confidence <= ceiling)
        {
            return confidence;
        }
        contexts.Add(reason);
        return ceiling;
    }

    private static List<string> Explain(string version, string what, double p, double threshold, double suspicion, bool lowered)
    {
        List<string> contexts = [p >= threshold
            ? $"model {version}: {what}, threshold {threshold:0.00}"
            : $"model {version}: {what}, suspect from {suspicion:0.00}, threshold {threshold:0.00}"];
        if (lowered)
        {
            contexts.Add("a descriptive, fictional or historical frame lowers it");
        }
        return contexts;
    }
}
