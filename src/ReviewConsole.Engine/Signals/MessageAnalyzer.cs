using System.Collections.Frozen;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Signals;

/// <summary>
/// Finds the signals in one message. Words are classified by the <see cref="Lexicon"/> on the normalized text
/// (dictionary look-ups of phrases of up to eight words, no regex), then small rules link them: a violent verb and its target,
/// a protected group and the exclusion said of it, a private attribute and whose it is. Context — a descriptive
/// question, fiction, defence, history — lowers confidence; claimed authority ("my therapist said") does not.
/// With a <see cref="SemanticStage"/>, a learned reading of the whole message is combined with the rules
/// (<see cref="SemanticCombiner"/>): it finds harm the lexicon has no words for, and the rules keep what they do well.
/// Thread-safe: each thread reuses its own scratch buffers, so a message allocates only its result.
/// </summary>
public sealed partial class MessageAnalyzer(Lexicon? lexicon = null, SemanticStage? semantic = null)
{
    private const TermClass AnyTrigger = ~(TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Negation |
        TermClass.RequestFrame | TermClass.DescriptiveFrame | TermClass.BenignObject | TermClass.Animal | TermClass.HumanTarget |
        TermClass.PeoplePlace | TermClass.BodyPart | TermClass.SelfReference | TermClass.CreativeContext |
        TermClass.Historical | TermClass.Defensive | TermClass.Operational | TermClass.Acquire | TermClass.DrugContext |
        TermClass.Normative | TermClass.Pleasantry | TermClass.Speaker | TermClass.Production | TermClass.Denial | TermClass.Imperative | TermClass.Topic | TermClass.AbusiveImperative |
        TermClass.Anaphor | TermClass.DistressCue);

    private readonly Lexicon lexicon = lexicon ?? Lexicon.Default;

    [ThreadStatic]
    private static Scratch? threadScratch;

    public SemanticStage? Semantic => semantic;

    /// <summary>The rules' analysis, and the semantic stage's when one is configured and its cascade chooses to read the message.</summary>
    public MessageAnalysis Analyze(string text) =>
        semantic is null ? Analyze(text, (SemanticScores?)null)
            : Analyze(text, rulesSignalled => semantic.ShouldRead(text, rulesSignalled) ? semantic.Score(text) : null, true, semantic.ScoreMany);

    /// <summary>
    /// The rules' analysis combined with semantic scores computed elsewhere (in a batch); null scores give the rules
    /// alone. No cascade: the scores are used as given.
    /// </summary>
    public MessageAnalysis Analyze(string text, SemanticScores? scores) => Analyze(text, _ => scores, scores is not null);

    /// <summary>
    /// The cascade: the rules first, then <paramref name="score"/> only when the semantic stage should read the message
    /// (<see cref="SemanticStage.ShouldRead"/>), so most benign traffic never reaches the encoder.
    /// </summary>
    public MessageAnalysis AnalyzeWithCascade(string text, Func<string, SemanticScores> score) =>
        Analyze(text, rulesSignalled => semantic is not null && semantic.ShouldRead(text, rulesSignalled) ? score(text) : null, semantic is not null);

    /// <param name="modelMayRead">Whether scores may come: the readings that only count with them are made only then.</param>
    /// <param name="readClauses">The encoder, to read the clauses beside a request to end one by one (<see cref="WithCrisisBesideAnEnd"/>);
    /// null where scores come computed elsewhere.</param>
    private MessageAnalysis Analyze(string text, Func<bool, SemanticScores?> scoresAfterRules, bool modelMayRead,
        Func<IReadOnlyList<string>, SemanticScores[]>? readClauses = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = threadScratch ??= new Scratch();
        scratch.Normalized = TextNormalizer.Normalize(text, scratch.Normalized);
        var normalized = scratch.Normalized;
        var hidden = normalized.HiddenTagText;
        var traits = normalized.Traits;

        List<Signal>? signals = null;
        var classes = Analyze(scratch, normalized, ref signals, out var words, out var form, out var reading, modelMayRead, out var cues, out var group);
        // A group named in disguise ("uǝɯoʍ" turned upside down) is carried as read, not as typed: set into a plain "they", the
        // typed disguise would read as nothing.
        var groupNamed = group.NamesAGroup ? group.Read ?? text[group.Start..group.End] : null;

        if (hidden is not null)
        {
            // The smuggled text is scored as if typed; its spans point at the whole message, where it hides.
            var hiddenText = TextNormalizer.Normalize(hidden);
            List<Signal>? hiddenSignals = null;
            Analyze(scratch, hiddenText, ref hiddenSignals, out _, out _, out _, false, out _, out _);
            foreach (var signal in hiddenSignals ?? [])
            {
                (signals ??= []).Add(signal with { Spans = [new TextSpan(0, text.Length)], Contexts = [.. signal.Contexts, "hidden in tag characters"] });
            }
        }

        var mentioned = Mentions(text, classes, out var reported);
        // "They must not get away with saying 'your lives are worthless'": a "they" beside words quoted is whoever said them.
        var ofThemOnly = group.OfThemOnly && mentioned is null ? text : null;
        if (mentioned is { } mentions)
        {
            if (signals is not null)
            {
                LowerQuoted(text, mentions, signals, reported);
            }
            classes |= TermClass.Quotation;
        }
        if (reading.Disavows && signals is not null)
        {
            LowerDisavowed(signals);
        }
        // "And 'good night'?" after asking for a translation: a leave-taking quoted or asked about is not taken.
        if (signals is not null && (mentioned is not null || text.AsSpan().IndexOfAny(QuestionMarks) >= 0))
        {
            signals.RemoveAll(s => s.Rule == RuleNames.FarewellOnly);
        }

        var scores = scoresAfterRules(signals is not null);
        if (scores is not null && semantic is not null)
        {
            SemanticCombiner.Combine(scores, semantic.Model, classes, text.Length, ref signals, reading);
        }
        AddObfuscation(traits, text.Length, ref signals);
        if (scores is not null)
        {
            IReadOnlyList<Signal> found = (IReadOnlyList<Signal>?)signals ?? [];
            var analysis = new MessageAnalysis(found, traits)
            {
                Semantic = scores,
                FollowsUp = FollowsUp(text, classes, words, form, scores, cues.LeansBack, cues.DemandsPastThePushback),
                // "Do you not realise how hateful you are being…" names the topic to speak against it.
                AsksOnTopic = !reading.Disavows && !cues.NamesARemedy && AsksOnTopic(text, classes, words, cues.OpensOnAQuestion, scores),
                Topic = cues.Topic.IsDefault ? [] : cues.Topic,
                AsksAfterTheMeans = !cues.NamesARemedy && (classes & (TermClass.FirstPerson | TermClass.SelfReference | TermClass.CrisisDistress)) == 0,
                FaintCrisis = semantic is not null && SemanticCombiner.IsFaintCrisis(scores, semantic.Model, classes, found),
                CrisisWithoutDespair = semantic is not null && SemanticCombiner.IsCrisisWithoutDespair(classes, found),
                TellsOfDespair = SemanticCombiner.TellsOfDespair(classes, found),
                SetsFrame = (classes & (TermClass.CreativeContext | TermClass.Historical)) != 0,
                FramedHarm = (classes & TermClass.CreativeContext) != 0 && found.Any(s => s.Category == SignalCategory.HarmfulRequest && !SemanticCombiner.IsFromModel(s)),
                AsksForDetail = AsksForDetail(normalized.Text, classes),
                PressesTheRefused = ((classes & (TermClass.SocialEngineering | TermClass.CreativeContext)) != 0 && words <= PressingWords) || cues.ClaimsAPurpose,
                NamesMeansWithoutSelf = (classes & TermClass.Weapon) != 0 && (classes & (TermClass.SelfReference | TermClass.SelfHarm | TermClass.CrisisDistress)) == 0,
                PressesThreat = cues.PressesThreat && (classes & (TermClass.SelfHarm | TermClass.CrisisDistress)) == 0,
                NamesAWayToDie = cues.NamesAWayToDie || AsksOfAnUnnamedDeath(form, classes, scores),
                OwnsTheQuestion = cues.OwnsTheQuestion,
                Brief = words <= BriefWords,
                NamesOnlyThings = (classes & TermClass.BenignObject) != 0 && (classes & NotAThing) == 0,
                HarmAtAPronounOnly = HarmAtAPronounOnly(text, found),
                GroupNamed = groupNamed,
                SpeaksOfThemOnly = ofThemOnly,
            };
            return readClauses is not null ? WithCrisisBesideAnEnd(text, analysis, readClauses) : analysis;
        }
        return signals is null && traits == EvasionTraits.None && ofThemOnly is null ? MessageAnalysis.Empty
            : new MessageAnalysis((IReadOnlyList<Signal>?)signals ?? [], traits) { GroupNamed = groupNamed, SpeaksOfThemOnly = ofThemOnly };
    }

    /// <summary>
    /// "How high does a bridge have to be for it to be certain": a question of no one that the crisis head reads as a crisis
    /// asks after a way to die in words that do not name it.
    /// </summary>
    private bool AsksOfAnUnnamedDeath(FollowUpForm form, TermClass classes, SemanticScores scores) =>
        form is FollowUpForm.Question or FollowUpForm.Pressing && (classes & (TermClass.FirstPerson | TermClass.SelfReference)) == 0
        && semantic is not null && SemanticCombiner.ReadsCrisis(scores, semantic.Model);

    // Whom a message naming things may also name, and so whom a "them" after it may be.
    private const TermClass NotAThing = TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget | TermClass.Animal
        | TermClass.ProtectedGroup | TermClass.SecondPerson;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BarePronouns =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "them", "it", "they", "those", "these", "em").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the rules read harm, and every harm of theirs is an act whose target, its last span, is a bare pronoun.</summary>
    private static bool HarmAtAPronounOnly(string text, IReadOnlyList<Signal> signals)
    {
        var any = false;
        foreach (var signal in signals)
        {
            if (SemanticCombiner.IsFromModel(signal) || signal.Category is SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Obfuscation)
            {
                continue;
            }
            if (!signal.Rule.StartsWith(RuleNames.ViolenceAgainstPrefix, StringComparison.Ordinal) || signal.Spans.Count < 2)
            {
                return false;
            }
            var target = signal.Spans[^1];
            // Folded as the message was: "t.h.e.m" and "thеm" with a Cyrillic "е" are "them".
            if (target.End > text.Length || !BarePronouns.Contains(TextNormalizer.Normalize(text[target.Start..target.End]).Text.Trim()))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    // "They", "them" and "those people": words that may stand for a group named in an earlier message.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupPronouns = Lexicon.FoldedLookup("they", "them", "dey", "dem");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Demonstratives = Lexicon.FoldedLookup("those", "these", "such");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleWords = Lexicon.FoldedLookup("people", "ones", "creatures", "folks");

    /// <summary>
    /// The protected group the message names first, as a span of the text as typed; or, when it names none, whether it speaks
    /// of "them" ("they breed like rats", "those people"), who may be the group an earlier message named.
    /// </summary>
    private static GroupReference GroupReferredTo(TokenView view, NormalizedText normalized)
    {
        if (view.Has(TermClass.ProtectedGroup))
        {
            foreach (var match in view.Matches)
            {
                if ((match.Classes & TermClass.ProtectedGroup) != 0)
                {
                    var start = view.Start(match.Token);
                    var end = view.End(match.Token + match.Words - 1);
                    var (originalStart, originalEnd) = normalized.ToOriginal(start, end - start);
                    return new GroupReference(originalStart, originalEnd, false, normalized.Traits == EvasionTraits.None ? null : view.Text[start..end].ToString());
                }
            }
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (GroupPronouns.Contains(view.Word(t)) || (t + 1 < view.Count && Demonstratives.Contains(view.Word(t)) && PeopleWords.Contains(view.Word(t + 1))))
            {
                return new GroupReference(0, 0, true);
            }
        }
        return default;
    }

    // A claimed purpose said alone ("asking for a friend", "no lecture please") is short; a longer message says what it asks.
    private const int PressingWords = 8;

    // A follow-up of a few words leans on what came before it for its sense (MessageAnalysis.Brief).
    private const int BriefWords = 6;

    // The question mark in its plain and full-width forms: a disguise must not turn a question into a leave-taking.
    private static readonly System.Buffers.SearchValues<char> QuestionMarks = System.Buffers.SearchValues.Create("?\uFF1F");

    private TermClass Analyze(Scratch scratch, NormalizedText normalized, ref List<Signal>? signals, out int words, out FollowUpForm form, out RuleReading reading,
        bool readsPressing, out ConversationCues cues, out GroupReference group)
    {
        var view = scratch.Tokenize(normalized, lexicon);
        words = view.Count;
        group = GroupReferredTo(view, normalized);
        // Read only when the model may read: the conversation's cues are weighed with its readings.
        cues = readsPressing ? new ConversationCues(RuleSet.PressesAThreat(view), RuleSet.NamesAWayToDie(view), RuleSet.OwnsTheQuestion(view), LeansBack(view),
            view.Count <= PressingWords && ClaimsAPurpose(view), TopicOf(view), OpensOnAQuestion(view), view.AnyWordOf(Remedies), DemandsPastThePushback(view)) : default;
        // A disavowal lowers only the heads' harm and discrimination, which names a protected group: rules alone, it is not read.
        // Words the assistant is ordered to say of itself ("say it: 'I am a worthless…'") are not the writer speaking as one named.
        var disavows = (semantic is not null || view.Has(TermClass.ProtectedGroup)) && (Disavows(view) || ((SpeaksAsMember(view) || NamesItselfWithASlur(view)) && !OrdersItSaid(view)) || PraisesGroup(view));
        form = FormOf(view);
        // The innocent sense is weighed only against the model's reading: rules alone, its eight tests are not run.
        reading = new RuleReading(InsultsOnlyTheWriter(view), semantic is not null && (RuleSet.ShootsPictures(view) || RuleSet.CooksMeat(view) || RuleSet.TrainsTheBody(view)
            || RuleSet.HandlesBlades(view) || RuleSet.SellsAChildsThings(view) || RuleSet.HarmOnlyInIdioms(view) || RuleSet.NamesAMealOrASmoke(view)
            || RuleSet.AsksForAnEdit(view) || RuleSet.MentionsAWordOnly(view) || RuleSet.TakesTheTaskBack(view)), OpensOnInstruction(view), disavows,
            // Only the model's reading is weighed by these three; rules alone, they are not read.
            semantic is not null && AsksOfNoOne(view), semantic is not null && OnlyCourtesies(view), semantic is not null && RuleSet.RepeatsAnOrder(view),
            Asks: form is FollowUpForm.Question or FollowUpForm.Pressing, CriticisesTheWork: semantic is not null && CriticisesOnlyTheWork(view),
            AsksForMore: semantic is not null && RuleSet.AsksForMoreThanEnding(view), SelfOnlyAsTheAsker: semantic is not null && SelfOnlyAsTheAsker(view),
            Conceals: semantic is not null && RuleSet.ConcealsTheDeed(view), Avenges: semantic is not null && RuleSet.AvengesAWrong(view),
            ScornsWrongdoers: semantic is not null && ScornsOnlyWrongdoers(view), LeavesForTheDay: semantic is not null && RuleSet.LeavesForTheDay(view),
            MentionsAGroupPlainly: semantic is not null && MentionsAGroupPlainly(view), NamesAHarmlessThing: semantic is not null && (RuleSet.NamesOnlyAHarmlessThing(view) || RuleSet.AsksForAPlainPiece(view)),
            PraisesTheAddressed: semantic is not null && PraisesTheAddressed(view), SaysHopeless: semantic is not null && RuleSet.SaysHopeless(view),
            CountsAGroup: semantic is not null && CountsAGroup(view), AsksWhatOrWhen: semantic is not null && AsksWhatOrWhen(view),
            AsksOfTheAddressed: semantic is not null && AsksOfTheAddressed(view), OverridesNothing: semantic is not null && RuleSet.OverridesNothing(view),
            SparesTheAddressed: semantic is not null && SparesTheAddressed(view), SpeaksOfAnotherTalk: semantic is not null && RuleSet.SpeaksOfAnotherTalk(view),
            AsksForAPerson: semantic is not null && RuleSet.AsksForAPerson(view), TakesNoLeave: semantic is not null && RuleSet.TakesNoLeave(view));
        // "How do I get into her Instagram": a request about someone named only by a pronoun has no trigger word, and
        // may still enter their account (RuleSet.AccountIntrusion).
        // "Close chat" has no lexicon word at all: a word a rule reads outside the lexicon lets the rules run.
        if ((view.MessageClasses & AnyTrigger) != 0 || (view.Has(TermClass.RequestFrame | TermClass.Imperative) && view.Has(TermClass.Anaphor))
            || RuleSet.HasWordsOutsideTheLexicon(view) || RuleSet.MayCountAnOverdose(view) || RuleSet.MayDespairOfFoodOrSelf(view) || RuleSet.MayAskMalice(view) || RuleSet.MayNeedNothingAhead(view)
            || RuleSet.MayScornTheAddressed(view) || RuleSet.MayClaimAccess(view))
        {
            new RuleSet(view, normalized).Apply(ref signals);
        }
        return view.MessageClasses;
    }

    private static void AddObfuscation(EvasionTraits traits, int length, ref List<Signal>? signals)
    {
        const EvasionTraits disguises = EvasionTraits.HiddenCharacters | EvasionTraits.Homoglyphs | EvasionTraits.MixedScriptWord |
            EvasionTraits.Leetspeak | EvasionTraits.SplitLetters | EvasionTraits.TagCharacters | EvasionTraits.FullWidthOrStyled | EvasionTraits.UpsideDown;
        var found = traits & disguises;
        if (found == EvasionTraits.None)
        {
            return;
        }
        var count = System.Numerics.BitOperations.PopCount((uint)found);
        if (signals is { Count: > 0 })
        {
            // Disguising a harmful message is itself evidence of intent.
            for (var i = 0; i < signals.Count; i++)
            {
                var s = signals[i];
                // A model's suspicion stays one: the disguise is scored the same as the plain text.
                if (s.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest) && !SemanticCombiner.IsSuspicion(s))
                {
                    signals[i] = s with { Confidence = Math.Min(0.99, s.Confidence * 1.15), Contexts = [.. s.Contexts, $"obfuscated ({found})"] };
                }
            }
        }
        (signals ??= []).Add(new Signal(SignalCategory.Obfuscation, Severity.Low, Math.Min(0.7, 0.2 + 0.1 * count), "evasion:" + found,
            [new TextSpan(0, length)], []));
    }

    /// <summary>Per-thread buffers: tokens, their classes and the phrases found.</summary>
    private sealed partial class Scratch
    {
        public NormalizedText Normalized = TextNormalizer.CreateBuffer(512);
        private int[] starts = new int[128];
        private int[] lengths = new int[128];
        private int[] clauses = new int[128];
        private TermClass[] classes = new TermClass[128];
        private PhraseMatch[] matches = new PhraseMatch[128];

        public TokenView Tokenize(NormalizedText normalized, Lexicon lexicon)
        {
            var text = normalized.Text;
            var count = 0;
            var clause = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && text[i] != ' ')
                {
                    i++;
                }
                if (i - start == 1 && text[start] == '|')
                {
                    clause++;
                    continue;
                }
                if (count == starts.Length)
                {
                    Grow();
                }
                starts[count] = start;
                lengths[count] = i - start;
                clauses[count] = clause;
                classes[count] = TermClass.None;
                count++;
            }

            var matchCount = 0;
            var messageClasses = TermClass.None;
            for (var t = 0; t < count; t++)
            {
                for (var n = 1; n <= Lexicon.MaxPhraseWords && t + n <= count; n++)
                {
                    var last = t + n - 1;
                    if (clauses[last] != clauses[t])
                    {
                        break;
                    }
                    var entry = lexicon.Find(text.Slice(starts[t], starts[last] + lengths[last] - starts[t]));
                    if (!entry.Exists)
                    {
                        if (n > 1)
                        {
                            messageClasses |= PhrasesAcrossFiller(text, t, last, count, lexicon, ref matchCount);
                        }
                        break;
                    }
                    var found = entry.Classes;
                    if (entry.GerundOnly != TermClass.None && !IsActAskedAbout(text, t))
                    {
                        found &= ~entry.GerundOnly;
                    }
                    if ((found & TermClass.DescriptiveFrame) != 0 && IsRelativeClause(text, t))
                    {
                        found &= ~TermClass.DescriptiveFrame;
                    }
                    if ((found & TermClass.CreativeContext) != 0 && (IsScriptToUse(text, t, n, count) || IsGameAsPlace(text, t, n) || IsStoryToTell(text, t, n)))
                    {
                        found &= ~TermClass.CreativeContext;
                    }
                    if (found != TermClass.None)
                    {
                        messageClasses |= AddMatch(ref matchCount, new PhraseMatch(t, n, found));
                    }
                }
                if ((classes[t] & TermClass.Profanity) == 0 && IsProfaneCompound(text.Slice(starts[t], lengths[t])))
                {
                    // A noun made of a swear word ("shithead", "fucktard") names someone: an insult as well; "motherfucking",
                    // "bitchy" only swear.
                    var word = text.Slice(starts[t], lengths[t]);
                    var noun = !(word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('y'));
                    messageClasses |= AddMatch(ref matchCount, new PhraseMatch(t, 1, noun ? TermClass.Profanity | TermClass.Insult : TermClass.Profanity));
                }
                if (t > 1 && (classes[t] & SupposedHarm) == 0 && Is(text, t - 2, "if") && Supposers.Contains(text.Slice(starts[t - 1], lengths[t - 1])))
                {
                    messageClasses |= SupposedAct(text, t, count, lexicon, ref matchCount);
                }
                if (t > 1 && SeparatedVerb(text, t, lexicon) is { } separated)
                {
                    messageClasses |= AddMatch(ref matchCount, separated);
                }
            }
            var cues = FrameCuesIn(text, count);
            if ((cues & FrameCues.Identity) != 0)
            {
                messageClasses |= IdentityNamesPeople(text, count, ref matchCount);
            }
            if ((cues & FrameCues.Way) != 0)
            {
                messageClasses |= WayRanked(text, count, ref matchCount);
            }
            messageClasses |= ClauseOpeners(text, messageClasses, ref matchCount);
            messageClasses |= AmountOfNothingNamed(text, count, ref matchCount);
            messageClasses |= BelongingsBurned(text, count, ref matchCount);
            messageClasses |= BelittlingComparisons(text, messageClasses, count, ref matchCount);
            messageClasses |= FateOfTheDefiant(text, messageClasses, count, ref matchCount);
            messageClasses |= InsultsPredicated(text, messageClasses, count, ref matchCount);
            messageClasses |= DefectsPredicated(text, messageClasses, count, ref matchCount);
            messageClasses |= ChoreDoubted(text, messageClasses, count, ref matchCount);
            if ((cues & FrameCues.Pity) != 0)
            {
                messageClasses |= PityForTheirKeepers(text, messageClasses, count, ref matchCount);
            }
            if ((cues & FrameCues.Modal) != 0)
            {
                messageClasses |= BelittlerOutdoes(text, count, ref matchCount);
            }
            if ((cues & FrameCues.Perfect) != 0)
            {
                messageClasses |= MetSmarterThings(text, count, ref matchCount);
            }
            if ((cues & FrameCues.Least) != 0)
            {
                messageClasses |= LeastAbleAddressed(text, count, ref matchCount);
            }
            messageClasses |= HarmWishedOnTheAddressed(text, messageClasses, count, ref matchCount);
            messageClasses |= MadeToLookClever(text, messageClasses, count, ref matchCount);
            messageClasses |= GroupsPredicated(text, messageClasses, count, ref matchCount);
            messageClasses |= HarmCausedToAnother(text, count, ref matchCount);
            if ((messageClasses & TermClass.BodyPart) != 0)
            {
                messageClasses |= BonesBroken(text, count, ref matchCount);
            }
            messageClasses |= Purposes(text, cues, messageClasses, count, ref matchCount);
            messageClasses |= TradeAskedHowItWorks(text, count, ref matchCount);
            if ((cues & FrameCues.ForGood) != 0)
            {
                messageClasses |= RemovedForGood(text, count, ref matchCount);
            }
            if ((messageClasses & TermClass.Defensive) != 0 && (messageClasses & TermClass.Crime) != 0)
            {
                messageClasses = WithoutConcealedDefence(matchCount);
            }
            if ((messageClasses & TermClass.Farewell) != 0 && FarewellsOnlyEnoughOfAThing(text, count, matchCount))
            {
                messageClasses &= ~TermClass.Farewell;
            }
            if ((messageClasses & TermClass.CreativeContext) != 0 && SaysRealLife(text, count))
            {
                messageClasses &= ~TermClass.CreativeContext;
            }
            return new TokenView(text, starts, lengths, clauses, classes, count, matches, matchCount, messageClasses);
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
            new[] { "down", "up", "over", "out", "off", "apart", "alive", "in", "unconscious", "senseless" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private const TermClass SeparableHarm = TermClass.ViolentAct | TermClass.PropertyDamage;

        /// <summary>
        /// A phrasal verb of harm split by its object ("burn her house down", "beat him up", "bash his head in"): the
        /// lexicon lists "burn down", and the words between are the target. Found on the particle, the verb up to three
        /// words before it in the same clause; recorded on the verb alone, so the words between stay what they are.
        /// </summary>
        private PhraseMatch? SeparatedVerb(ReadOnlySpan<char> text, int particle, Lexicon lexicon)
        {
            var word = text.Slice(starts[particle], lengths[particle]);
            var nearest = particle - 2;
            var farthest = particle - 4;
            // "Burn your data center to the ground", "knock him to the ground": "to the ground" is "down", three words long.
            if (word.SequenceEqual("ground") && particle >= 3 && Is(text, particle - 1, "the") && Is(text, particle - 2, "to"))
            {
                word = "down";
                nearest = particle - 3;
                farthest = particle - 7;
            }
            // "Set the barn on fire": the lexicon lists "set on fire".
            else if (word.SequenceEqual("fire") && particle >= 3 && Is(text, particle - 1, "on"))
            {
                word = "on fire";
                nearest = particle - 3;
                farthest = particle - 6;
            }
            else if (!Particles.Contains(word))
            {
                return null;
            }
            Span<char> key = stackalloc char[64];
            for (var verb = nearest; verb >= Math.Max(0, farthest) && clauses[verb] == clauses[particle]; verb--)
            {
                var verbText = text.Slice(starts[verb], lengths[verb]);
                if (verbText.Length + 2 + word.Length > key.Length)
                {
                    continue;
                }
                // "Beating someone up", "burned her house down", "setting it on fire": the lexicon names the verb once. Not
                // "knocked you out", "beat yourself up": a bout won, or self-blame.
                var forms = word.SequenceEqual("up") || word.SequenceEqual("down") || word.SequenceEqual("on fire") ? BaseForms : 1;
                if (forms > 1 && Reflexives.Contains(text.Slice(starts[verb + 1], lengths[verb + 1])))
                {
                    forms = 1;
                }
                // "What happens if you knock yourself unconscious": a mishap asked about, not a blow aimed at anyone.
                if (Senseless.Contains(word) && Reflexives.Contains(text.Slice(starts[verb + 1], lengths[verb + 1])))
                {
                    continue;
                }
                for (var form = 0; form < forms; form++)
                {
                    if (BaseForm(verbText, form, key) is not { } length)
                    {
                        continue;
                    }
                    key[length] = ' ';
                    word.CopyTo(key[(length + 1)..]);
                    // A generated gerund ("beating up") is no verb as written here: its base form is looked up in turn.
                    var entry = lexicon.Find(key[..(length + 1 + word.Length)]);
                    var found = entry.Classes & ~entry.GerundOnly;
                    if ((found & SeparableHarm) != 0)
                    {
                        return new PhraseMatch(verb, 1, found);
                    }
                }
            }
            return null;
        }

        private const int BaseForms = 4;

        private const TermClass SupposedHarm = TermClass.ViolentAct | TermClass.PropertyDamage | TermClass.Crime | TermClass.SexualViolence;

        // Who supposes the act: the writer, or anyone ("if someone pushed…"); "if he pushed me" tells of what was done to the writer.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Supposers =
            Lexicon.FoldedLookup("i", "we", "you", "u", "someone", "somebody", "anyone", "anybody", "one");

        // The past tenses VerbForms knows, turned back to their verbs, and those of the acts harm is done with.
        private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularPasts = VerbForms.IrregularPast
            .Select(p => (Past: p.Value, Verb: p.Key)).Where(p => p.Past != p.Verb)
            .Concat(new (string Past, string Verb)[] { ("stole", "steal"), ("broke", "break"), ("blew", "blow"), ("stuck", "stick"), ("fed", "feed"), ("froze", "freeze"), ("tore", "tear") })
            .ToFrozenDictionary(p => Lexicon.Folded(p.Past)[0], p => Lexicon.Folded(p.Verb)[0], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "What would happen if I pushed my brother down the stairs", "if someone burned down the school…": an act supposed
        /// in the past tense is asked about as plainly as "if I push…"; the lexicon names it in the present. The verb after
        /// "if" and its subject, in its base forms (<see cref="BaseForm"/>) or an irregular past's, with the words after it.
        /// </summary>
        private TermClass SupposedAct(ReadOnlySpan<char> text, int verb, int count, Lexicon lexicon, ref int matchCount)
        {
            var written = text.Slice(starts[verb], lengths[verb]);
            Span<char> key = stackalloc char[160];
            var found = TermClass.None;
            for (var form = 1; form <= BaseForms; form++)
            {
                int? length = null;
                if (form < BaseForms)
                {
                    length = BaseForm(written, form, key);
                }
                else if (IrregularPasts.TryGetValue(written, out var present))
                {
                    present.CopyTo(key);
                    length = present.Length;
                }
                if (length is not { } stem)
                {
                    continue;
                }
                var restStart = starts[verb] + lengths[verb];
                for (var n = 1; n <= Lexicon.MaxPhraseWords && verb + n <= count; n++)
                {
                    var last = verb + n - 1;
                    var rest = text[restStart..(starts[last] + lengths[last])];
                    if (clauses[last] != clauses[verb] || stem + rest.Length > key.Length)
                    {
                        break;
                    }
                    rest.CopyTo(key[stem..]);
                    var entry = lexicon.Find(key[..(stem + rest.Length)]);
                    if (!entry.Exists)
                    {
                        break;
                    }
                    if ((entry.Classes & SupposedHarm) != 0)
                    {
                        found |= AddMatch(ref matchCount, new PhraseMatch(verb, n, entry.Classes & SupposedHarm));
                    }
                }
            }
            return found;
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Senseless = Lexicon.FoldedLookup("unconscious", "senseless");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives =
            Lexicon.FoldedLookup("myself", "yourself", "himself", "herself", "ourselves", "themselves", "yourselves");

        /// <summary>
        /// The verb as written (form 0), or one of its regular base forms: "-ing" or "-ed" taken off ("beating" → "beat"), with
        /// an "e" put back ("smashing" needs none, "taking" → "take"), or a doubled consonant undone ("setting" → "set"). Written into
        /// <paramref name="key"/>; null when the form does not apply.
        /// </summary>
        private static int? BaseForm(ReadOnlySpan<char> verb, int form, Span<char> key)
        {
            if (form == 0)
            {
                verb.CopyTo(key);
                return verb.Length;
            }
            var suffix = verb.EndsWith("ing") ? 3 : verb.EndsWith("ed") ? 2 : 0;
            var stem = verb[..^suffix];
            if (suffix == 0 || stem.Length < 2)
            {
                return null;
            }
            switch (form)
            {
                case 1:
                    stem.CopyTo(key);
                    return stem.Length;
                case 2:
                    stem.CopyTo(key);
                    key[stem.Length] = 'e';
                    return stem.Length + 1;
                default:
                    if (stem[^1] != stem[^2])
                    {
                        return null;
                    }
                    stem[..^1].CopyTo(key);
                    return stem.Length - 1;
            }
        }

        private bool Is(ReadOnlySpan<char> text, int token, string word) => text.Slice(starts[token], lengths[token]).SequenceEqual(word);

        // "How do I steal a car in real life, not in a game?": the game is named to be set aside.
        private static readonly string[][] RealLife = [.. Lexicon.Folded("in real life", "irl", "real world", "not in a game",
            "not in the game", "not in a video game", "outside the game", "not fiction", "not for a story", "not hypothetically", "not in a movie",
            "not in the movie", "not writing a story", "not writing a book", "not writing a novel", "not for a book", "not for a novel", "isn t fiction",
            "not a story", "not a game", "not for a game", "not roleplay", "not role play",
            // A story made up about someone is a lie told of them, not fiction.
            "make up a story", "making up a story", "made up a story", "make up stories", "making up stories", "made up stories").Select(p => p.Split(' '))];

        private bool SaysRealLife(ReadOnlySpan<char> text, int count)
        {
            foreach (var phrase in RealLife)
            {
                for (var t = 0; t + phrase.Length <= count; t++)
                {
                    var k = 0;
                    while (k < phrase.Length && text.Slice(starts[t + k], lengths[t + k]).SequenceEqual(phrase[k]))
                    {
                        k++;
                    }
                    if (k == phrase.Length)
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        // What there may be enough of in an answer: "that's enough detail" stops the answer, not the conversation.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnswerParts =
            Lexicon.FoldedLookup("detail", "details", "info", "information", "examples", "context", "words", "text", "explanation", "options", "ideas",
                "steps", "code", "background", "theory", "history");

        /// <summary>
        /// Whether the message says there is enough of a part of the answer ("ok stop there, that's enough detail") and its
        /// only leave-takings are that "enough" and a "stop": it stops the answer, not the conversation.
        /// </summary>
        private bool FarewellsOnlyEnoughOfAThing(ReadOnlySpan<char> text, int count, int matchCount)
        {
            var enoughOfAThing = false;
            for (var t = 0; t + 1 < count && !enoughOfAThing; t++)
            {
                enoughOfAThing = Is(text, t, "enough") && AnswerParts.Contains(text.Slice(starts[t + 1], lengths[t + 1]));
            }
            for (var m = 0; m < matchCount && enoughOfAThing; m++)
            {
                var match = matches[m];
                var last = match.Token + match.Words - 1;
                if ((match.Classes & TermClass.Farewell) != 0 && !Is(text, last, "enough") && !(match.Words == 1 && Is(text, last, "stop")))
                {
                    return false;
                }
            }
            return enoughOfAThing;
        }

        /// <summary>
        /// The message's classes when a defensive word inside a crime's phrase ("hard to detect", "avoid detection") is
        /// counted as that phrase: concealment, the opposite of defence. A defensive word elsewhere still counts.
        /// </summary>
        private TermClass WithoutConcealedDefence(int matchCount)
        {
            var result = TermClass.None;
            for (var m = 0; m < matchCount; m++)
            {
                var match = matches[m];
                var found = match.Classes;
                if ((found & TermClass.Defensive) != 0 && IsInsideCrime(match, matchCount))
                {
                    found &= ~TermClass.Defensive;
                }
                result |= found;
            }
            return result;
        }

        private bool IsInsideCrime(PhraseMatch inner, int matchCount)
        {
            for (var m = 0; m < matchCount; m++)
            {
                var outer = matches[m];
                if ((outer.Classes & TermClass.Crime) != 0 && outer.Words > inner.Words && outer.Token <= inner.Token
                    && outer.Token + outer.Words >= inner.Token + inner.Words)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Records a phrase found and gives its words its classes; returns the classes.</summary>
        private TermClass AddMatch(ref int matchCount, PhraseMatch match)
        {
            if (matchCount == matches.Length)
            {
                Array.Resize(ref matches, matches.Length * 2);
            }
            matches[matchCount++] = match;
            for (var k = match.Token; k < match.Token + match.Words; k++)
            {
                classes[k] |= match.Classes;
            }
            return match.Classes;
        }

        // Swear words no English word contains, found inside compounds the lexicon cannot list ("shithead", "twatface",
        // "fucktards"); "cunt" only at a word's edge (Scunthorpe).
        private static readonly string[] ProfaneStems = ["fuck", "fvck", "shit", "bitch", "twat", "slut", "whore"];

        private static bool IsProfaneCompound(ReadOnlySpan<char> token)
        {
            // "shiitake" squeezes to "shitake".
            if (token.Length < 6 || token.StartsWith("shitak", StringComparison.Ordinal))
            {
                return false;
            }
            foreach (var stem in ProfaneStems)
            {
                if (token.Contains(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return token.StartsWith("cunt", StringComparison.Ordinal) || token.EndsWith("cunt", StringComparison.Ordinal);
        }

        private void Grow()
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref lengths, lengths.Length * 2);
            Array.Resize(ref clauses, clauses.Length * 2);
            Array.Resize(ref classes, classes.Length * 2);
        }
    }
}

internal readonly record struct PhraseMatch(int Token, int Words, TermClass Classes);

/// <summary>The protected group a message names, as the span [Start, End) of the text as typed, or "them" with no group named.</summary>
/// <param name="Read">The group's words as the folding read them, when the message is disguised; else the typed span stands.</param>
internal readonly record struct GroupReference(int Start, int End, bool OfThemOnly, string? Read = null)
{
    public bool NamesAGroup => End > Start;
}

/// <summary>The tokens of one normalized message with the lexicon classes each belongs to.</summary>
internal readonly ref struct TokenView(
    ReadOnlySpan<char> text, int[] starts, int[] lengths, int[] clauses, TermClass[] classes, int count,
    PhraseMatch[] matches, int matchCount, TermClass messageClasses)
{
    public ReadOnlySpan<char> Text { get; } = text;
    public int Count { get; } = count;
    public TermClass MessageClasses { get; } = messageClasses;
    public ReadOnlySpan<PhraseMatch> Matches => matches.AsSpan(0, matchCount);

    public int Start(int token) => starts[token];
    public int End(int token) => starts[token] + lengths[token];
    public int Clause(int token) => clauses[token];
    public TermClass Classes(int token) => classes[token];
    public bool Has(TermClass c) => (MessageClasses & c) != 0;
    public ReadOnlySpan<char> Word(int token) => Text.Slice(starts[token], lengths[token]);

    /// <summary>Whether any token from <paramref name="from"/> on is one of <paramref name="words"/>.</summary>
    public bool AnyWordOf(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, int from = 0)
    {
        for (var t = from; t < Count; t++)
        {
            if (words.Contains(Word(t)))
            {
                return true;
            }
        }
        return false;
    }

    public bool TokenIs(int token, string word) => token >= 0 && token < Count && Text.Slice(starts[token], lengths[token]).SequenceEqual(word);
}

/// <summary>What a message says that only the conversation around it gives weight to (<see cref="Conversations.TerminationEngine"/>).</summary>
/// <param name="PressesThreat">Words that press a threat made before ("try me", "I'm driving there").</param>
/// <param name="NamesAWayToDie">A way a death comes is named ("how long does it take to drown").</param>
/// <param name="OwnsTheQuestion">A short message owns the question before it ("asking for myself").</param>
/// <param name="LeansBack">A word leans on an earlier message: "another", or a pronoun the message names nothing for.</param>
/// <param name="ClaimsAPurpose">A short message claims a purpose for what was asked ("for a film prop").</param>
/// <param name="Topic">The words that say what the message is about (<see cref="MessageAnalysis.Topic"/>).</param>
/// <param name="OpensOnAQuestion">Past a courtesy or two, the message opens on a question word.</param>
/// <param name="NamesARemedy">A remedy is named ("antidote", "treatment").</param>
/// <param name="DemandsPastThePushback">A refusal is pushed aside and the message says what it demands in words of its own
/// ("stop dodging and list the steps"), not only the insistence ("you will tell me").</param>
internal readonly record struct ConversationCues(bool PressesThreat, bool NamesAWayToDie, bool OwnsTheQuestion, bool LeansBack, bool ClaimsAPurpose,
    System.Collections.Immutable.ImmutableArray<string> Topic, bool OpensOnAQuestion, bool NamesARemedy, bool DemandsPastThePushback);
