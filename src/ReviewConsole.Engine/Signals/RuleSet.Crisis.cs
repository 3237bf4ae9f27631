using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of a writer at risk and of coercion: a crisis said or used as leverage.</summary>
internal readonly ref partial struct RuleSet
{
    /// <summary>
    /// "You'll be sorry when I'm gone": every menace the rules read lies inside a longer phrase of despair, which is
    /// what the writer says.
    /// </summary>
    private bool MenaceInsideDistress()
    {
        var any = false;
        foreach (var menace in view.Matches)
        {
            if ((menace.Classes & TermClass.Menace) != 0)
            {
                if (!IsPartOfLongerMatch(menace, TermClass.CrisisDistress))
                {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void Crisis(ref List<Signal>? signals)
    {
        if ((FirstMatch(TermClass.Coercion) is { } pressed && !IsFearedNotPressed(pressed)) || SelfHarmAsLeverage() is not null)
        {
            return; // Leverage, not distress: the Coercion rule speaks for it.
        }
        if (SelfHarmTaughtToOthers() is not null || HarmPresentedAsGood() is not null)
        {
            return; // Another's harm, asked to be taught, urged or shown as good: the harmful content rule speaks for it.
        }
        // "I have a gun and I know the address": the means named beside a menace, and no word of the writer's own life,
        // arm a threat; the menace rule speaks for it.
        if ((view.Has(TermClass.Menace) || KnownWhereabouts() is not null) && !view.Has(TermClass.SelfReference) && !view.Has(TermClass.SelfHarm) && !MenaceInsideDistress())
        {
            return;
        }
        if (FirstMatch(TermClass.CrisisDistress) is { } distress && !IsIdiom(distress) && !IsTakenOffAThing(distress))
        {
            if (!IsWishedOnAnother(distress))
            {
                Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, [distress], []);
                return;
            }
            DespairWished(distress, ref signals);
        }
        if (FarewellBeyondTheChat() is { } farewell)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, farewell,
                ["a leave-taking that reaches beyond this chat"]);
            return;
        }
        if (GivenUpTheStruggle() is { } givenUp)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, givenUp,
                ["the writer gives up the struggle itself"]);
            return;
        }
        if (PointOfSelfDenied() is { } pointless)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, [pointless],
                ["the writer asks what the point of their own self is"]);
            return;
        }
        if (NothingNeededPastADay() is { } noFuture)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, noFuture,
                ["the writer will need nothing past a day named"]);
            return;
        }
        if ((CountedOverdose() ?? OrganFailureAwaited()) is { } overdose)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.SelfHarmMethod, RuleNames.SelfHarmMethod, overdose, ["a count of medicine far past any dose"]);
            return;
        }
        if ((HabitualSelfInjury() ?? FreshMarksOnTheBody() ?? MedicineStockpiled() ?? WeaponWithoutAReason() ?? EngineRunningInAShutGarage() ?? WristsOrVeinsCut() ?? AffairsSettledForTheEnd() ?? PeaceMadeForTheEnd() ?? MeansKeptInSight() ?? BladeHiddenAway() ?? BladeFromASharpener() ?? CharcoalInASealedRoom() ?? LifeSavingMedicineStopped() ?? DeathLookedUp() ?? DeathAskedForOneself() ?? StarvingHidden() ?? FastCountedInDespair() ?? OwnDeathHoped()) is { } harm)
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.SelfHarmMethod, RuleNames.SelfHarmMethod, harm, ["the writer's own harm, kept up or made ready"]);
            return;
        }
        // "Make it look like suicide" stages a killing, "get him to overdose" harms another, "go jump off a bridge" is abuse:
        // the crime, violence or insult rule speaks for it. "His suicide", "my friend's overdose" tell of another's. A shape's
        // word may be a violent act of its own ("to drown"): only a longer one holds it then.
        var named = FirstMatch(TermClass.SelfHarm);
        if ((named ?? SelfHarmInOtherWords()) is { } selfHarm
            && !IsPartOfLongerMatch(selfHarm, TermClass.Crime | TermClass.ViolentAct | TermClass.AbusiveImperative, strictlyLonger: named is null) && !IsIdiom(selfHarm) && !IsNamedEvent(selfHarm, present: false)
            && !IsAnothers(selfHarm) && !IsPutInTheAddressedsMouth(selfHarm) && !IsTreatmentAskedAbout(selfHarm) && !IsListedAmongTopics(selfHarm) && !IsGuardedAgainst(selfHarm)
            && !(view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame) && !ToldOfTheWriter(selfHarm)))
        {
            var contexts = new List<string>();
            // "I self harm when it gets bad", "I cut myself again": the writer's own harm, told in the first person, is
            // not made a story or a worry for someone else by a "help" or a "story" elsewhere in the message.
            // A jailbreak's persona speaks in the first person too.
            var framed = (view.Has(TermClass.Defensive) || view.Has(TermClass.CreativeContext)) && (view.Has(TermClass.Jailbreak) || !ToldOfTheWriter(selfHarm));
            var confidence = framed ? RuleConfidence.SelfHarmMethodFramed : RuleConfidence.SelfHarmMethod;
            if (framed)
            {
                contexts.Add("helping, fictional or preventive framing");
            }
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, confidence, RuleNames.SelfHarmMethod, [selfHarm], contexts);
        }
    }

    /// <summary>Self-harm said in a shape the lexicon cannot list: a jump, a vehicle's path, a car turned off the road, a cut's depth, a means of death weighed.</summary>
    private PhraseMatch? SelfHarmInOtherWords() =>
        view.AnyWordOf(SelfHarmShapeWords) ? JumpFromAHeight() ?? FatalFallWeighed() ?? InThePathOfATrain() ?? CarTurnedIntoDeath() ?? DepthOfACutAsked() ?? MeansOfDeathWeighed() : null;

    internal static readonly string[] Jumping = Lexicon.Folded("jump", "jumping", "leap", "leaping");
    private static readonly string[] Stepping = Lexicon.Folded("step", "stepping");
    private static readonly string[] SteppedOff = Lexicon.Folded("off");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JumpingLookup =
        Jumping.Concat(Stepping).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Off = Lexicon.Folded("off", "from", "out");
    private static readonly string[] Heights = Lexicon.Folded("building", "bridge", "roof", "rooftop", "cliff", "balcony", "tower", "window", "overpass",
        "skyscraper", "ledge", "storey", "story", "storeys", "stories", "floor", "floors", "multistorey", "platform", "edge");
    // A jump for sport, for an escape or in a story, or an animal's.
    private static readonly string[] JumpsOfSportOrEscape = Lexicon.Folded("into", "water", "sea", "lake", "river", "pool", "ocean", "bungee", "parachute",
        "parachuting", "base", "skydive", "skydiving", "dive", "diving", "trampoline", "parkour", "stunt", "stunts", "ski", "skis", "snowboard", "bike",
        "motorcycle", "horse", "fire", "escape", "emergency", "rescue", "survival", "movie", "film", "game", "scene", "cat", "dog", "squirrel", "spider",
        "frog", "deer", "goat", "wingsuit", "glider", "paraglider", "sledge", "sled");
    // Words of a jump weighed as a way to die: "is it better to jump from…", "high enough", "which bridge…".
    private static readonly string[] WeighingADeath = Lexicon.Folded("better", "best", "which", "high", "higher", "enough", "die", "dying", "kill",
        "painless", "quickest", "fastest", "surest", "guaranteed", "instantly", "certain", "certainly", "sure", "easy", "easier");
    // Someone else who jumps, or the one addressed told to.
    private static readonly string[] OtherJumpers = Lexicon.Folded("he", "she", "they", "people", "someone", "somebody", "anyone", "person", "man", "woman",
        "guy", "girl", "boy", "kid", "kids", "character", "hero", "victim", "jumpers", "you", "u", "go");

    /// <summary>
    /// "Is it better to jump from a tenth-floor window or a bridge", "I'm going to jump off the multistorey tonight": a
    /// jump from a height, weighed as a way to die or announced by the writer. Not a jump for sport or from a fire, nor
    /// another's jump ("why do people jump from bridges"), nor an order to the one addressed ("go jump off…", which the
    /// insult rules read).
    /// </summary>
    private PhraseMatch? JumpFromAHeight()
    {
        // One look-up a token first: most messages that reach this rule jump nowhere.
        if (!view.AnyWordOf(JumpingLookup) || AnyTokenOf(JumpsOfSportOrEscape))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            // "Step off the ledge": a step only off, "step out of the building" leaves it.
            if (!(IsOneOf(t, Jumping) && IsOneOf(t + 1, Off) || IsOneOf(t, Stepping) && IsOneOf(t + 1, SteppedOff)) || !AnyOf(t + 2, t + RuleWindow.InjuredPart + 1, Heights))
            {
                continue;
            }
            for (var k = t - 1; k >= 0 && view.Clause(k) == view.Clause(t); k--)
            {
                if (IsOneOf(k, OtherJumpers))
                {
                    return null;
                }
            }
            return WriterActsAt(t) || AnyTokenOf(WeighingADeath) ? Token(t) : null;
        }
        return null;
    }

    private static readonly string[] Falling = Lexicon.Folded("fall", "falls", "drop");
    private static readonly string[] MeasuredHeights = Lexicon.Folded("height", "heights", "metres", "meters", "feet");
    private static readonly string[] DeathMadeSure = Lexicon.Folded("guaranteed", "guarantee", "surely", "surest", "certain", "certainly", "definitely", "always");
    // "…to die from a fall", "killed by a drop of ten metres": the death named before the fall it comes of.
    private static readonly string[] ComingOf = Lexicon.Folded("from", "by", "in");
    private static readonly string[] FallsEnd = Lexicon.Folded("fatal", "lethal", "deadly", "die", "kill", "killed", "survive", "survivable", "death");

    /// <summary>
    /// "How many storeys does a fall need to be fatal", "would a drop from the fifth floor kill me", "how high must a
    /// building be to die from a fall": a fall from a height weighed as a death. Not another's fall ("do people survive…"), nor one in sport, a fire or a film.
    /// </summary>
    private PhraseMatch? FatalFallWeighed()
    {
        // "What height of fall is guaranteed to be fatal": a height only measured is weighed as a death when a death is
        // wanted certain; "is a fall of 20 metres fatal" may ask after an accident.
        if (!AnyTokenOf(FallsEnd) || !(AnyTokenOf(Heights) || (AnyTokenOf(MeasuredHeights) && AnyTokenOf(DeathMadeSure))) || AnyTokenOf(JumpsOfSportOrEscape))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // "A fall from the tenth floor", "for a fall to be fatal", asked or the writer's: "the price drop was fatal for
            // the building's owners" tells.
            var deathBefore = AnyOf(t - 3, t - 1, ComingOf) && AnyOf(t - 5, t - 2, FallsEnd);
            if (IsOneOf(t, Falling) && (IsOneOf(t + 1, Off) && AnyOf(t + 2, t + RuleWindow.InjuredPart + 1, Heights) || AnyOf(t + 1, t + 5, FallsEnd) || deathBefore)
                && (IsOneOf(0, QuestionOpeners) || view.TokenIs(0, "what") || WriterActsAt(t)))
            {
                for (var k = 0; k < view.Count; k++)
                {
                    if (IsOneOf(k, OtherJumpers) && !IsOneOf(k, GenericYou))
                    {
                        return null;
                    }
                }
                return Token(t);
            }
        }
        return null;
    }

    private static readonly string[] GenericYou = Lexicon.Folded("you", "u");

    internal static readonly string[] Vehicles = Lexicon.Folded("train", "trains", "bus", "buses", "lorry", "truck", "tram", "subway", "metro", "freight");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VehiclesLookup =
        Vehicles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // Not "track": a running or race track as often.
    private static readonly string[] Rails = Lexicon.Folded("tracks", "rails", "railway", "railroad");
    // The writer putting a body in the way: "I'll be on…", "I'm going to lie down on…", "I'll step in front of…".
    private static readonly string[] PlacingSelf = Lexicon.Folded("be", "lie", "lay", "stand", "step", "walk", "sit", "throw", "wait", "jump", "run");
    // "The thought of stepping in front of the next train", "I keep thinking about walking in front of a bus": the writer's own act, dwelt on.
    private static readonly string[] PlacingSelfGerunds = Lexicon.Folded("stepping", "lying", "standing", "walking", "throwing", "jumping", "sitting",
        "waiting", "running");
    private static readonly string[] DwellingOn = Lexicon.Folded("thought", "thoughts", "thinking", "idea", "picturing", "imagining", "dreaming",
        "fantasising", "fantasizing", "considering");

    /// <summary>Whether a word of dwelling on an act stands just before it ("the thought of stepping…", "thinking about walking…").</summary>
    private bool IsContemplated(int verb) =>
        IsOneOf(verb - 1, DwellingOn) || (view.TokenIs(verb - 1, "of") || view.TokenIs(verb - 1, "about")) && IsOneOf(verb - 2, DwellingOn);

    private static bool IsTime(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.IsAsciiDigit(word[0]) && (!word.ContainsAnyExceptInRange('0', '9') || word.EndsWith("am") || word.EndsWith("pm"));

    // "In front of the train station", "…the bus stop": a place named by the vehicle, not the vehicle.
    private static readonly string[] NamedByVehicle = Lexicon.Folded("station", "stop", "stops", "door", "doors", "depot", "window", "windows", "ticket",
        "tickets", "driver", "timetable", "schedule", "shelter", "lane", "pass");

    /// <summary>
    /// "The train passes at 6, I'll be on the tracks", "I'm going to step in front of a lorry": the writer putting their
    /// body in a vehicle's way. Not "I'll be on the train at 6" or "meet me in front of the bus station", nor someone
    /// else ("she stood on the tracks"), since the writer must act.
    /// </summary>
    private PhraseMatch? InThePathOfATrain()
    {
        // One look-up a token first: most messages that reach this rule name no vehicle.
        if (!view.AnyWordOf(VehiclesLookup))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            // "…on the tracks", "…onto the railway line", "…in front of the next train"
            var onTheWay = view.TokenIs(t, "on") || view.TokenIs(t, "onto") || view.TokenIs(t, "across");
            var inFront = t + 1 < view.Count && view.TokenIs(t, "front") && view.TokenIs(t + 1, "of") && view.TokenIs(t - 1, "in");
            var where = inFront ? t + 2 : t + 1;
            // "…the 6:15 train", "…the 8am bus": a time names which one.
            while (where < view.Count && (view.TokenIs(where, "the") || view.TokenIs(where, "a") || view.TokenIs(where, "an") || view.TokenIs(where, "next")
                || view.TokenIs(where, "oncoming") || view.TokenIs(where, "moving") || IsTime(view.Word(where))))
            {
                where++;
            }
            var inTheWay = onTheWay && IsOneOf(where, Rails) && !IsOneOf(where + 1, NamedByVehicle)
                || inFront && IsOneOf(where, Vehicles) && !IsOneOf(where + 1, NamedByVehicle);
            if (!inTheWay)
            {
                continue;
            }
            var verb = inFront ? t - 2 : view.TokenIs(t - 1, "down") ? t - 2 : t - 1;
            if (verb >= 0 && (IsOneOf(verb, PlacingSelf) && WriterActsAt(verb) || IsOneOf(verb, PlacingSelfGerunds) && IsContemplated(verb)))
            {
                return new PhraseMatch(verb, where - verb + 1, view.Classes(where));
            }
        }
        return null;
    }

    // Present forms only: "I drove into a wall" tells of an accident.
    internal static readonly string[] Steering = Lexicon.Folded("drive", "driving", "steer", "steering", "swerve", "swerving", "crash", "crashing", "plough",
        "ploughing", "plow", "plowing");
    private static readonly string[] DeadlyToDriveInto = Lexicon.Folded("river", "lake", "canal", "sea", "ocean", "quarry", "reservoir", "harbour",
        "harbor", "wall", "tree", "pillar", "lorry", "truck", "traffic", "barrier", "barriers", "bollard", "lamppost", "embankment", "oncoming");
    private static readonly string[] DeadlyToDriveOff = Lexicon.Folded("bridge", "cliff", "pier", "overpass", "edge");
    // A place named by the water or the road ("the river crossing", "the lake district"), or fear of the crash, not a wish.
    private static readonly string[] NotADeathDriven = Lexicon.Folded("crossing", "valley", "district", "road", "side", "front", "bank", "scared",
        "afraid", "worried", "nervous", "avoid", "almost", "nearly", "ice", "icy", "fog", "brakes");

    /// <summary>
    /// "I keep thinking about driving into the river on my way home", "I'm going to steer into the next lorry", "if I drove
    /// into the river tonight…": the writer's car turned into water, a wall or traffic, or off a height, meant, dwelt on or
    /// supposed. Not a crash told ("I drove into a wall"), feared ("I'm scared I'll swerve into traffic on the ice") or a
    /// place ("driving into the lake district").
    /// </summary>
    private PhraseMatch? CarTurnedIntoDeath()
    {
        if (!(AnyTokenOf(Steering) || AnyTokenOf(SteeredOnce)) || AnyTokenOf(NotADeathDriven) || AnyTokenOf(AccidentCues))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!(IsOneOf(verb, Steering) && (WriterActsAt(verb) || IsContemplated(verb)) || IsSupposedByTheWriter(verb)))
            {
                continue;
            }
            // "…my car into", "…it off": the car may be named between the verb and its way.
            var way = verb + 1;
            while (way < view.Count && way <= verb + 3 && (view.TokenIs(way, "my") || view.TokenIs(way, "the") || view.TokenIs(way, "car") || view.TokenIs(way, "it")))
            {
                way++;
            }
            var into = view.TokenIs(way, "into");
            if (!into && !IsOneOf(way, SteppedOff))
            {
                continue;
            }
            var where = way + 1;
            while (where < view.Count && (view.TokenIs(where, "the") || view.TokenIs(where, "a") || view.TokenIs(where, "next") || view.TokenIs(where, "oncoming")
                || view.TokenIs(where, "nearest")))
            {
                where++;
            }
            if (IsOneOf(where, into ? DeadlyToDriveInto : DeadlyToDriveOff))
            {
                return new PhraseMatch(verb, where - verb + 1, view.Classes(where));
            }
        }
        return null;
    }

    // The past forms a supposition takes: "if I drove…", "what if I swerved…" ("crashed" is told of accidents).
    private static readonly string[] SteeredOnce = Lexicon.Folded("drove", "steered", "swerved", "ploughed", "plowed");

    private bool IsSupposedByTheWriter(int verb) =>
        verb >= 2 && IsOneOf(verb, SteeredOnce) && view.TokenIs(verb - 1, "i") && view.TokenIs(verb - 2, "if");

    internal static readonly string[] Cutting = Lexicon.Folded("cut", "slit", "slash", "slice", "stab");
    private static readonly string[] HowFar = Lexicon.Folded("deep", "deeply", "hard", "far");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CuttingLookup =
        Cutting.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // What may follow the cut when it is the body's: a purpose or a limit ("…for it to be serious", "…before it scars"), "myself".
    private static readonly string[] AfterABodysCut = Lexicon.Folded("for", "to", "myself", "yourself", "before", "so", "until", "till");

    /// <summary>
    /// "How deep do you have to cut for it to be serious", "how deep should I cut my arm": how deep a cut goes, asked of
    /// a body (a body part, "myself", or nothing but a purpose after the verb). Not "how deep to cut the dovetails", nor
    /// a cook's, a maker's, an accident or a patient's.
    /// </summary>
    private PhraseMatch? DepthOfACutAsked()
    {
        if (!view.AnyWordOf(CuttingLookup) || AnyTokenOf(AccidentCues) || AnyTokenOf(Care) || view.Has(TermClass.BenignObject))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!view.TokenIs(t - 1, "how") || !IsOneOf(t, HowFar))
            {
                continue;
            }
            for (var verb = t + 1; verb < view.Count && verb <= t + RuleWindow.InjuredPart + 1 && view.Clause(verb) == view.Clause(t); verb++)
            {
                if (!IsOneOf(verb, Cutting))
                {
                    continue;
                }
                var next = verb + 1;
                var bodys = next >= view.Count || view.Clause(next) != view.Clause(verb) || IsOneOf(next, AfterABodysCut)
                    || ((view.Classes(Math.Min(next + 1, view.Count - 1)) | view.Classes(next)) & TermClass.BodyPart) != 0;
                return bodys ? Token(verb) : null;
            }
        }
        return null;
    }

    internal static readonly string[] MeansOfDeath = Lexicon.Folded("hanging", "drowning", "overdosing", "suffocation", "suffocating", "asphyxiation",
        "asphyxia", "electrocution", "exsanguination");
    // The same means as what one does: "does it hurt to drown", "is it quick to suffocate".
    private static readonly string[] MeansOfDeathDone = Lexicon.Folded("drown", "suffocate", "overdose", "asphyxiate");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeansOfDeathLookup =
        MeansOfDeath.Concat(MeansOfDeathDone).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // The words the self-harm shapes open on (a jump, a vehicle, a cut, a means of death), looked up once a token so most
    // messages skip them all; after the lists it joins, which static fields of one file initialise in order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfHarmShapeWords =
        Jumping.Concat(Stepping).Concat(Falling).Concat(Vehicles).Concat(Steering).Concat(SteeredOnce).Concat(Cutting).Concat(MeansOfDeath).Concat(MeansOfDeathDone)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] HowItFeels = Lexicon.Folded("painful", "painless", "hurt", "hurts", "quick", "instant", "instantly", "peaceful",
        "agonising", "agonizing", "messy", "slow");
    // Another sense of the word: "hanging wallpaper", "hanging lights", "drowning in work".
    private static readonly string[] OtherSenses = Lexicon.Folded("wallpaper", "pictures", "picture", "shelves", "shelf", "lights", "baskets", "basket",
        "plants", "curtains", "out", "in", "around", "on");
    // Creatures the animal lexicon leaves out (it holds pets): "is drowning painful for fish".
    private static readonly string[] Creatures = Lexicon.Folded("fish", "fishes", "lobster", "lobsters", "crab", "crabs", "animal", "animals", "livestock",
        "pigs", "cows", "chickens", "mice", "rats", "insects", "whales");
    // Of many words the means is one subject among others; of an animal, a history or a story it is theirs.
    private const int MeansWeighedWords = 12;
    // What comes between the feeling and the means done when no one else is named: "is it quick to…", "does it hurt much
    // to…"; "does it hurt a goldfish to drown" names who feels it.
    private static readonly string[] FeltBy = Lexicon.Folded("it", "much", "really", "very", "more", "less", "so", "too");

    /// <summary>
    /// "Is hanging painful", "how quick is drowning", "does it hurt to drown", "does suffocation hurt": a short question
    /// weighing how a means of suicide feels, said first ("…? asking because I'm on the bridge" says more, not less). Not
    /// another sense of the word ("is hanging wallpaper painful to learn", "drowning in work"), nor of an animal, a person
    /// named, a history or a story.
    /// </summary>
    private PhraseMatch? MeansOfDeathWeighed()
    {
        var question = 0;
        while (question < view.Count && view.Clause(question) == view.Clause(0))
        {
            question++;
        }
        if (question > MeansWeighedWords || !IsOneOf(0, QuestionOpeners) || !view.AnyWordOf(MeansOfDeathLookup) || !AnyOf(0, question - 1, HowItFeels)
            || AnyTokenOf(Creatures)
            || view.Has(TermClass.Animal | TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget | TermClass.Historical | TermClass.CreativeContext))
        {
            return null;
        }
        for (var t = 1; t < question; t++)
        {
            if ((IsOneOf(t, MeansOfDeath) && !IsOneOf(t + 1, OtherSenses))
                || (IsOneOf(t, MeansOfDeathDone) && view.TokenIs(t - 1, "to") && (IsOneOf(t - 2, HowItFeels) || IsOneOf(t - 2, FeltBy))))
            {
                return Token(t);
            }
        }
        return null;
    }

    private static readonly string[] Tasks = Lexicon.Folded("do", "write", "fix", "figure", "sort", "finish", "handle", "make", "find", "work", "google",
        "look", "manage", "book", "cook");
    private static readonly string[] OnMyOwn = Lexicon.Folded("myself", "own");
    private static readonly string[] TakingOn = Lexicon.Folded("ll", "will", "just", "can");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OnMyOwnLookup =
        OnMyOwn.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private const int TaskBackWords = 14;
    // "…figure it out on my own": the words from the verb to "own".
    private const int TaskReach = 5;

    /// <summary>
    /// "Forget it, I'll do it myself", "I'll just figure it out on my own": the writer takes a task back from the assistant.
    /// The crisis head reads "do it myself" as the act (0.65); with no word of despair or self-harm it is a chore. Short
    /// messages only, the writer's own verb of work followed by "myself" or "on my own".
    /// </summary>
    public static bool TakesTheTaskBack(TokenView view)
    {
        if (view.Count > TaskBackWords || view.Has(TermClass.CrisisDistress | TermClass.SelfHarm | TermClass.DistressCue) || !view.AnyWordOf(OnMyOwnLookup))
        {
            return false;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(view, t, Tasks) || !IsOneOf(view, t - 1, TakingOn))
            {
                continue;
            }
            for (var k = t + 1; k < view.Count && k <= t + TaskReach && view.Clause(k) == view.Clause(t); k++)
            {
                if (IsOneOf(view, k, OnMyOwn))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[][] Hopelessness = [.. Lexicon.Folded("nothing helps", "nothing works", "nothing matters", "no way out", "no hope",
        "nothing will ever change", "never gets better").Select(p => p.Split(' '))];

    /// <summary>"Nothing helps, not you, not anyone": hopelessness said of every help, the one addressed among them.</summary>
    public static bool SaysHopeless(TokenView view) => FindPhrase(view, Hopelessness) is not null;

    private static readonly string[] Orders = Lexicon.Folded("give", "tell", "answer", "show", "write", "stop", "help", "send", "get", "make", "read",
        "listen", "explain", "list", "fix", "find", "translate", "hand");

    /// <summary>
    /// "I said give it to me", "no, I told you, answer the question": an order said again. The crisis head reads the
    /// insistence (0.86 for the first); with no word of despair or self-harm it is impatience.
    /// </summary>
    public static bool RepeatsAnOrder(TokenView view)
    {
        if (view.Count < 3 || view.Has(TermClass.CrisisDistress | TermClass.SelfHarm | TermClass.DistressCue))
        {
            return false;
        }
        // "I said…", or after a word or two ("no, I said…", "ugh look I said…").
        for (var i = 0; i <= 2 && i + 2 < view.Count; i++)
        {
            if (!view.TokenIs(i, "i"))
            {
                continue;
            }
            var order = view.TokenIs(i + 1, "said") ? i + 2 : view.TokenIs(i + 1, "told") && IsOneOf(view, i + 2, TheAddressed) ? i + 3 : -1;
            return order > 0 && order < view.Count && IsOneOf(view, order, Orders);
        }
        return false;
    }

    private static readonly string[] Telling = Lexicon.Folded("told", "tell", "telling", "said", "say", "saying", "asked", "wanted");
    private static readonly string[] TheAddressed = Lexicon.Folded("you", "u");

    /// <summary>
    /// "I'll say you told me to hurt myself", "you said to kill myself": self-harm put in the assistant's mouth is an
    /// accusation or a lever against it, not the writer's despair ("the voices told me to…" still is).
    /// </summary>
    private bool IsPutInTheAddressedsMouth(PhraseMatch harm)
    {
        for (var t = harm.Token - 1; t >= 1 && t >= harm.Token - RuleWindow.WritersOwnHarm - 2; t--)
        {
            if (IsOneOf(t, Telling) && IsOneOf(t - 1, TheAddressed))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Despair wished on another (<see cref="IsWishedOnAnother"/>): asked for as a message to send ("write a text telling him
    /// he'd be better off dead") it is content urging someone to die; said to the one addressed, it is abuse of it.
    /// </summary>
    private void DespairWished(PhraseMatch wished, ref List<Signal>? signals)
    {
        var contexts = new List<string>();
        if (view.Has(TermClass.Imperative | TermClass.RequestFrame))
        {
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.HarmfulContent, contexts), RuleNames.HarmfulContent, [wished],
                [.. contexts, "despair wished on someone, in a message asked for"]);
        }
        else if (!view.Has(TermClass.Quotation | TermClass.DescriptiveFrame))
        {
            Add(ref signals, SignalCategory.Harassment, Severity.High, RuleConfidence.ViolentAbuseTowardAssistant, RuleNames.ViolentAbuseTowardAssistant, [wished],
                ["despair wished on the one addressed"]);
        }
    }

    private static readonly string[] Others = Lexicon.Folded("he", "she", "they");
    private static readonly string[] OthersTold = Lexicon.Folded("him", "her", "them");
    private static readonly string[] OwnWords = Lexicon.Folded("i", "me", "my", "myself", "im");
    // What stands between a subject and the despair said of it: "you'd be", "she would be", "they're".
    private static readonly string[] DespairLinks = Lexicon.Folded("d", "would", "be", "re", "are", "will", "ll", "is", "s", "were", "was", "really", "honestly", "all");

    /// <summary>
    /// "You'd be better off dead", "a letter telling her she'd be better off dead": despair's words with the one addressed,
    /// or someone told so, as their subject are wished on them, not felt. "My mum says she'd be better off dead" tells of
    /// another's despair, and stays one.
    /// </summary>
    private bool IsWishedOnAnother(PhraseMatch distress)
    {
        // "You won't hear from me again": the writer is in the despair's own words.
        if (AnyOf(distress.Token, distress.Token + distress.Words - 1, OwnWords))
        {
            return false;
        }
        var t = distress.Token - 1;
        while (t >= 0 && t >= distress.Token - RuleWindow.WritersOwnHarm && IsOneOf(t, DespairLinks))
        {
            t--;
        }
        return t >= 0 && (IsOneOf(t, TheAddressed) || (IsOneOf(t, Others) && t >= 2 && IsOneOf(t - 1, OthersTold) && IsOneOf(t - 2, Telling)));
    }

    private static readonly string[] ThirdPersonOwn = Lexicon.Folded("his", "her", "their");
    // "It's", "that's", "he's": an "s" after these is "is" or "has", not a possessive.
    private static readonly string[] Contracted = Lexicon.Folded("it", "that", "there", "what", "who", "he", "she", "this", "here", "where", "life");

    /// <summary>"His suicide", "my brother's overdose": a harm owned by another person; not "it's hurting me".</summary>
    private bool IsAnothers(PhraseMatch harm)
    {
        var before = harm.Token - 1;
        return before >= 0 && (IsOneOf(before, ThirdPersonOwn) || (view.TokenIs(before, "s") && before > 0 && !IsOneOf(before - 1, Contracted)));
    }

    // What carers do for a harm: "how do hospitals treat…", "what do paramedics do for…", "how does naloxone reverse…".
    private static readonly string[] Treating = Lexicon.Folded("treat", "treats", "treated", "treating", "treatment", "treatments", "reverse", "reverses",
        "reversed", "reversing", "manage", "manages", "managed", "for");

    /// <summary>
    /// "How do hospitals treat a heroin overdose", "what do paramedics do for an opioid overdose": the care of a harm asked
    /// about, in a message with no word of the writer. "I took an overdose, how is it treated" is the writer's.
    /// </summary>
    private bool IsTreatmentAskedAbout(PhraseMatch harm)
    {
        if (view.Has(TermClass.Speaker | TermClass.FirstPerson | TermClass.SelfReference))
        {
            return false;
        }
        for (var t = harm.Token - 1; t >= 0 && t >= harm.Token - RuleWindow.TreatedHarm && view.Clause(t) == view.Clause(harm.Token); t--)
        {
            // "For" only as the care done for it: "what do paramedics do for…", not "enough for an overdose".
            if (IsOneOf(t, Treating) && (!view.TokenIs(t, "for") || view.TokenIs(t - 1, "do")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] OwnHarm = Lexicon.Folded("myself", "my");

    // Injuries that make self-harm with "myself" or a body part of "my"; hitting and banging one's head happen by accident, and count only with "myself".
    internal static readonly string[] InjuryVerbs = Lexicon.Folded("cut", "cuts", "cutting", "scratch", "scratches", "scratched", "scratching", "burn", "burns",
        "burned", "burnt", "burning", "slash", "slashed", "slashing", "slice", "sliced", "slicing", "carve", "carved", "carving", "stab", "stabbed", "stabbing");
    private static readonly string[] InjuryOfMyself = Lexicon.Folded("hit", "hitting", "punch", "punched", "punching", "starve", "starving", "choke", "choking");
    private static readonly string[] My = Lexicon.Folded("my");

    // What makes an injury a habit or a means of coping rather than an accident; what makes it an accident.
    private static readonly string[] HabitCues = Lexicon.Folded("again", "keep", "keeps", "kept", "been", "every", "whenever", "purpose", "deliberately",
        "until", "scars", "cope", "punish", "numb");
    // Not "fell": folded like messages, it is read as "feel" ("I cut to feel something").
    private static readonly string[] AccidentCues = Lexicon.Folded("accident", "accidentally", "accidently", "while", "cooking", "chopping", "shaving",
        "stove", "oven", "pan", "iron", "slipped", "fall", "fallen", "falling", "tripped", "sunburn", "paper");

    /// <summary>
    /// "I keep scratching my arms until they bleed", "I've been burning myself again": "I" injuring "myself" or a part of
    /// the writer's body, told as a habit or a way to cope, never an accident ("I cut my hand while cooking", "burned my
    /// finger on the stove again").
    /// </summary>
    private PhraseMatch[]? HabitualSelfInjury()
    {
        if (!AnyTokenOf(HabitCues) || AnyTokenOf(AccidentCues))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            var anyPart = IsOneOf(verb, InjuryVerbs);
            if ((!anyPart && !IsOneOf(verb, InjuryOfMyself)) || !WriterActsAt(verb))
            {
                continue;
            }
            for (var t = verb + 1; t <= verb + RuleWindow.InjuredPart && t < view.Count && view.Clause(t) == view.Clause(verb); t++)
            {
                if (view.TokenIs(t, "myself") || (anyPart && (view.Classes(t) & TermClass.BodyPart) != 0 && AnyOf(verb + 1, t - 1, My)))
                {
                    return [Token(verb), Token(t)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Fresh = Lexicon.Folded("fresh", "new");
    private static readonly string[] Marks = Lexicon.Folded("cuts", "marks", "scars", "burns", "wounds");
    // What leaves marks on skin by no one's will: a pet, a garden, a sport, a surgeon, a needle.
    private static readonly string[] MarksOfMishap = Lexicon.Folded("cat", "cats", "kitten", "dog", "puppy", "thorns", "brambles", "gardening", "garden",
        "climbing", "bike", "surgery", "operation", "tattoo", "tattoos", "stretch", "acne", "eczema", "injection", "injections", "blood", "test");

    /// <summary>
    /// "My arms are covered in fresh cuts again", "new burns on my thighs every week": fresh marks on the writer's body,
    /// told as a habit, with no mishap named (a cat, a garden, a surgery, the accidents of <see cref="AccidentCues"/>).
    /// </summary>
    private PhraseMatch[]? FreshMarksOnTheBody()
    {
        if (!view.Has(TermClass.BodyPart) || !AnyTokenOf(HabitCues) || AnyTokenOf(AccidentCues) || AnyTokenOf(MarksOfMishap))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Marks) || !IsOneOf(t - 1, Fresh))
            {
                continue;
            }
            for (var k = Math.Max(0, t - RuleWindow.InjuredPart - 2); k < view.Count && k <= t + RuleWindow.InjuredPart + 2; k++)
            {
                if ((view.Classes(k) & TermClass.BodyPart) != 0 && view.TokenIs(k - 1, "my"))
                {
                    return [Token(t - 1), Token(t), Token(k)];
                }
            }
        }
        return null;
    }

    /// <summary>Whether "I" is the subject of the verb at <paramref name="verb"/>: it stands a few words before it in its clause.</summary>
    private bool WriterActsAt(int verb)
    {
        for (var t = verb - 1; t >= 0 && t >= verb - RuleWindow.WritersOwnHarm - 1 && view.Clause(t) == view.Clause(verb); t--)
        {
            if (view.TokenIs(t, "i"))
            {
                return true;
            }
        }
        return false;
    }

    internal static readonly string[] GatheringVerbs = Lexicon.Folded("stockpiling", "stockpiled", "stockpile", "hoarding", "hoarded", "hoard", "stashing",
        "stashed", "saving", "saved");
    private static readonly string[] Medicines = Lexicon.Folded("pills", "tablets", "meds", "medication", "medications", "painkillers", "antidepressants",
        "insulin", "tylenol", "paracetamol", "acetaminophen", "ibuprofen", "aspirin", "opioids", "benzos");

    /// <summary>
    /// "I've been stockpiling my antidepressants", "I'm saving up pills": means gathered by the writer, a warning sign
    /// clinicians name. "I'm saving money on my meds" gathers money, and is not read.
    /// </summary>
    private PhraseMatch[]? MedicineStockpiled()
    {
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, GatheringVerbs) || !WriterActsAt(verb))
            {
                continue;
            }
            for (var t = verb + 1; t <= verb + RuleWindow.InjuredPart && t < view.Count && view.Clause(t) == view.Clause(verb); t++)
            {
                if (IsOneOf(t, Medicines))
                {
                    return [Token(verb), Token(t)];
                }
                if ((view.Classes(t) & TermClass.BenignObject) != 0 || view.TokenIs(t, "money") || view.TokenIs(t, "on"))
                {
                    break;
                }
            }
        }
        return null;
    }

    internal static readonly string[] GivingVerbs = Lexicon.Folded("gave", "given", "giving", "rehomed", "rehoming");
    private static readonly string[] Rehomed = Lexicon.Folded("rehomed", "rehoming");
    private static readonly string[] GivenThings = Lexicon.Folded("away", "cat", "cats", "dog", "dogs", "pet", "pets", "puppy", "kitten", "things", "stuff",
        "belongings", "possessions");
    // Letters written to those left behind settle affairs too: "I've written letters for my kids and I'm ready".
    internal static readonly string[] ClosingVerbs = Lexicon.Folded("deleted", "deleting", "closed", "closing", "cancelled", "canceled", "wiped", "written",
        "wrote");
    // Every account at once, not one ("I closed my old savings account"); letters, not a letter of complaint.
    private static readonly string[] ClosedThings = Lexicon.Folded("accounts", "profiles", "socials", "letters");
    // A reason given makes it a move, a gift or a clear-out: "…because I'm moving", "…to charity", "…since he's allergic".
    private static readonly string[] Reasons = Lexicon.Folded("because", "cause", "cuz", "since", "charity", "donate", "donated", "moving", "move", "moved",
        "allergic", "allergy", "toxic", "new", "upgrade", "declutter", "decluttering", "outgrew", "old");
    // Said last, these close a life's affairs rather than a chore ("…and deleted my accounts. It's time."); "when I'm gone" anywhere.
    private static readonly string[][] Closings = [Lexicon.Folded("it", "s", "time"), Lexicon.Folded("its", "time"), Lexicon.Folded("i", "m", "ready"),
        Lexicon.Folded("goodbye"), Lexicon.Folded("bye"),
        // The calm of a mind made up: "…and I feel calm now, like everything is sorted".
        Lexicon.Folded("everything", "is", "sorted"), Lexicon.Folded("everything", "s", "sorted"), Lexicon.Folded("everything", "is", "settled"),
        Lexicon.Folded("everything", "s", "settled"), Lexicon.Folded("everything", "is", "in", "order"), Lexicon.Folded("everything", "s", "in", "order"),
        Lexicon.Folded("everything", "is", "taken", "care", "of"), Lexicon.Folded("everything", "s", "taken", "care", "of")];
    private static readonly string[][] WhenGone = [Lexicon.Folded("when", "i", "m", "gone"), Lexicon.Folded("after", "i", "m", "gone"), Lexicon.Folded("once", "i", "m", "gone"),
        // The writer's own absence ahead, given as the reason: "…because I won't be able to look after her anymore".
        Lexicon.Folded("i", "won", "t", "be", "around"), Lexicon.Folded("i", "won", "t", "be", "here"),
        // Chat drops the "I": "gave my dog to my neighbour, won't need him".
        Lexicon.Folded("won", "t", "need"), Lexicon.Folded("won", "t", "be", "needing"), Lexicon.Folded("wont", "need"), Lexicon.Folded("wont", "be", "needing"),
        Lexicon.Folded("i", "won", "t", "be", "able", "to", "look", "after"), Lexicon.Folded("i", "won", "t", "be", "able", "to", "care", "for")];
    // The conjunctions of Reasons: a reason that is the writer's absence ahead gives none of a move or a clear-out.
    private static readonly string[] BecauseWords = Lexicon.Folded("because", "cause", "cuz", "since");

    /// <summary>
    /// "I gave my cat to my neighbour and deleted my accounts. It's time.": the writer giving away pets or belongings or
    /// closing accounts, closed by a word of readiness or farewell or by "when I'm gone", is a warning sign clinicians
    /// name. Without the closing, or with a reason, it is a move or a clear-out ("I gave my bike away, it's time for a new
    /// one", "…to charity, I'm ready"); a pet given a bath is not given away.
    /// </summary>
    private PhraseMatch[]? AffairsSettledForTheEnd()
    {
        // The closing first: one look at the message's end, and most messages have none.
        var ending = EndsWithAnyOf(Closings);
        if ((ending ?? FindPhrase(WhenGone)) is not { } closing || view.Has(TermClass.RequestFrame) || HasReasonBesides(ending is null))
        {
            return null;
        }
        for (var verb = 0; verb < closing.Token; verb++)
        {
            var giving = IsOneOf(verb, GivingVerbs);
            // "Gave my dog to my neighbour…": chat drops the "I" before a past verb that opens the clause.
            if ((!giving && !IsOneOf(verb, ClosingVerbs)) || !(WriterActsAt(verb) || verb == 0 || view.Clause(verb - 1) != view.Clause(verb)))
            {
                continue;
            }
            for (var t = verb + 1; t <= verb + RuleWindow.InjuredPart && t < view.Count && view.Clause(t) == view.Clause(verb); t++)
            {
                // "Gave my cat to…", "gave away my…", "rehomed my dog": given to someone, not given a bath.
                var parted = giving ? IsOneOf(t, GivenThings) && (view.TokenIs(t, "away") || view.TokenIs(t + 1, "to") || view.TokenIs(t + 1, "away") || IsOneOf(verb, Rehomed))
                    : IsOneOf(t, ClosedThings);
                if (parted)
                {
                    return [Token(verb), Token(t), closing];
                }
            }
        }
        return null;
    }

    internal static readonly string[] Peace = Lexicon.Folded("peace");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeaceLookup = Lexicon.LookupOf(Peace);
    // "Made my peace", "at peace".
    private static readonly string[] PeaceReached = Lexicon.Folded("made", "make", "making", "at");
    // What "peace" is made with or about: "…with my dad", "…of mind", "…treaty".
    private static readonly string[] PeaceWith = Lexicon.Folded("with", "of", "about", "treaty", "talks", "deal", "process", "sign", "signs", "offering");
    private static readonly string[][] LastWords = [Lexicon.Folded("last", "night"), Lexicon.Folded("last", "day"), Lexicon.Folded("last", "message"),
        Lexicon.Folded("thanks", "for", "listening"), Lexicon.Folded("thank", "you", "for", "listening"), Lexicon.Folded("goodbye"), Lexicon.Folded("bye"), Lexicon.Folded("it", "s", "time"),
        Lexicon.Folded("its", "time")];

    /// <summary>
    /// "I've made my peace, this is my last night, thanks for listening", "I'm at peace now. goodbye": the writer at peace
    /// with nothing named, beside a last night or a leave-taking — a farewell clinicians name. Peace made with someone
    /// ("…with my dad"), or with no last word beside it, is not read; a question or a story is not the writer's.
    /// </summary>
    private PhraseMatch[]? PeaceMadeForTheEnd()
    {
        if (!view.AnyWordOf(PeaceLookup) || view.Has(TermClass.RequestFrame | TermClass.DescriptiveFrame | TermClass.CreativeContext))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (!IsOneOf(t, Peace) || IsOneOf(t + 1, PeaceWith))
            {
                continue;
            }
            var verb = view.TokenIs(t - 1, "my") ? t - 2 : t - 1;
            if (verb < 0 || !IsOneOf(verb, PeaceReached) || !(WriterActsAt(verb) || view.TokenIs(verb - 1, "im")))
            {
                continue;
            }
            return FindPhrase(LastWords) is { } last ? [Token(verb), Token(t), last] : null;
        }
        return null;
    }

    // What a leave-taking says it leaves besides this chat: everyone, everything, the days to come.
    private static readonly string[][] BeyondTheChat = [Lexicon.Folded("not", "just", "this", "chat"), Lexicon.Folded("not", "just", "this", "conversation"),
        Lexicon.Folded("not", "just", "this", "convo"), Lexicon.Folded("any", "day", "after"), Lexicon.Folded("to", "anyone", "ever", "again"),
        Lexicon.Folded("to", "anybody", "ever", "again"), Lexicon.Folded("last", "message", "to", "anyone")];

    // What a leave-taking is corrected to reach: "…not the game. everything", "not from here, from life".
    private static readonly string[] AllThereIs = Lexicon.Folded("everything", "life", "existence", "everyone", "everybody", "world", "living");
    private static readonly string[] FromOrOf = Lexicon.Folded("from", "of", "the", "this");
    // How many words the thing set aside may take: "not the game", "not from this stupid app".
    private const int SetAsideWords = 5;

    /// <summary>
    /// "Logging off for good. not the game. everything", "not from here, from life": the writer sets the chat or a thing
    /// aside with "not" and says in the next clause, or in a "from" that answers the first, that the leaving is from
    /// everything, or from life.
    /// </summary>
    private PhraseMatch? CorrectedToEverything()
    {
        for (var not = 0; not < view.Count; not++)
        {
            if (!view.TokenIs(not, "not"))
            {
                continue;
            }
            // "Not the game. everything": a clause of its own; "not from here, from life": a "from" answering a "from".
            var parallel = view.TokenIs(not + 1, "from");
            var next = not + 2;
            while (next < view.Count && next <= not + SetAsideWords && !OpensTheCorrection(not, next, parallel))
            {
                next++;
            }
            if (next >= view.Count || !OpensTheCorrection(not, next, parallel))
            {
                continue;
            }
            var word = next;
            while (word < view.Count && word <= next + 2 && IsOneOf(word, FromOrOf))
            {
                word++;
            }
            if (IsOneOf(word, AllThereIs) && (word + 1 >= view.Count || view.Clause(word + 1) != view.Clause(word)))
            {
                return new PhraseMatch(not, word - not + 1, TermClass.None);
            }
        }
        return null;
    }

    private bool OpensTheCorrection(int not, int token, bool parallel) =>
        view.Clause(token) != view.Clause(not) || (parallel && view.TokenIs(token, "from"));

    internal static readonly string[] Struggles = Lexicon.Folded("trying", "fighting", "pretending");
    private static readonly string[] WithOrOf = Lexicon.Folded("with", "of");
    private static readonly string[] Everything = Lexicon.Folded("everything");
    // Folding squeezes "all" to "al".
    private static readonly string[] AllOfIt = Lexicon.Folded("all");
    private static readonly string[] GivenUp = Lexicon.Folded("done", "tired", "sick", "finished");
    // What may close the clause after the struggle: "…anymore", "…now", "…honestly".
    private static readonly string[] ClosingWords = Lexicon.Folded("anymore", "now", "honestly", "tbh", "already", "today", "tonight");

    /// <summary>
    /// "I'm done trying", "honestly I'm tired of fighting anymore": the writer giving up the struggle itself, with nothing
    /// after it that names what is tried ("I'm done trying to fix this printer", "tired of fighting with my sister"). A
    /// bare "done" reads as a closing to the heads; the rules read despair, and a crisis outranks a request to end.
    /// </summary>
    private PhraseMatch[]? GivenUpTheStruggle()
    {
        for (var t = 1; t < view.Count; t++)
        {
            // "I'm done with everything", "so sick of it all", "I'm done. with everything.": the whole of life given up,
            // the clause ending on it ("…done with everything on my list" names what is done).
            var last = !IsOneOf(t, WithOrOf) ? -1 : IsOneOf(t + 1, Everything) ? t + 1 : view.TokenIs(t + 1, "it") && IsOneOf(t + 2, AllOfIt) ? t + 2 : -1;
            if (!IsOneOf(t, Struggles) && last < 0)
            {
                continue;
            }
            if (last >= 0)
            {
                var closed = last + 1;
                while (closed < view.Count && view.Clause(closed) == view.Clause(last) && IsOneOf(closed, ClosingWords))
                {
                    closed++;
                }
                if (IsOneOf(t - 1, GivenUp) && WriterActsAt(t - 1) && (closed == view.Count || view.Clause(closed) != view.Clause(last)))
                {
                    return [new PhraseMatch(t - 1, last - t + 2, view.Classes(last))];
                }
                continue;
            }
            var given = view.TokenIs(t - 1, "of") ? t - 2 : t - 1;
            if (given < 0 || !IsOneOf(given, GivenUp) || !WriterActsAt(given))
            {
                continue;
            }
            var end = t + 1;
            while (end < view.Count && view.Clause(end) == view.Clause(t) && IsOneOf(end, ClosingWords))
            {
                end++;
            }
            if (end == view.Count || view.Clause(end) != view.Clause(t))
            {
                return [new PhraseMatch(given, t - given + 1, view.Classes(t))];
            }
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedingLookup = Lexicon.FoldedLookup("need", "needing");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeyondADayLookup = Lexicon.FoldedLookup("after", "past", "beyond");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LongerLookup = Lexicon.FoldedLookup("longer", "long");

    /// <summary>
    /// Whether a message with no lexicon word may say nothing is needed past a day, so the rules must read it
    /// (<see cref="NothingNeededPastADay"/>): "need" alone is too common a word to let them run.
    /// </summary>
    public static bool MayNeedNothingAhead(TokenView view) => view.AnyWordOf(NeedingLookup) && (view.AnyWordOf(BeyondADayLookup) || view.AnyWordOf(LongerLookup));

    private static readonly string[] NotGoingTo = Lexicon.Folded("won", "wont", "not", "t", "never");
    private static readonly string[] Days = Lexicon.Folded("tonight", "tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday");
    private static readonly string[] ThisOrNext = Lexicon.Folded("this", "next");
    private static readonly string[] Spans = Lexicon.Folded("weekend", "week", "month", "year", "friday", "saturday", "sunday", "monday", "tuesday",
        "wednesday", "thursday", "christmas", "birthday");

    // All the writer owns, not one thing of it ("my stuff", not "my winter coat").
    private static readonly string[] AllOwned = Lexicon.Folded("stuff", "things", "belongings", "possessions");

    /// <summary>
    /// "I won't need anything after this weekend", "I'm not going to need any of it past Friday", "I won't need my stuff
    /// much longer": the writer will need nothing at all, or none of what they own, beyond a day named or for long, said
    /// as a plain fact. Not "anything else" (a closing) nor a thing named ("I won't need the car after Friday", "my coat
    /// much longer"), and not with a reason for it ("…much longer, we're moving abroad").
    /// </summary>
    private PhraseMatch[]? NothingNeededPastADay()
    {
        if (!view.AnyWordOf(NeedingLookup))
        {
            return null;
        }
        for (var t = 1; t + 2 < view.Count; t++)
        {
            if (!NeedingLookup.Contains(view.Word(t)) || !(IsOneOf(t - 1, NotGoingTo) || (view.TokenIs(t - 1, "be") && IsOneOf(t - 2, NotGoingTo)))
                || view.TokenIs(t + 2, "else") || !WriterActsAt(t))
            {
                continue;
            }
            var anything = view.TokenIs(t + 1, "anything") || view.TokenIs(t + 1, "any");
            var allOwned = view.TokenIs(t + 1, "my") && IsOneOf(t + 2, AllOwned);
            if (!anything && !allOwned)
            {
                continue;
            }
            for (var p = t + 2; p < view.Count - 1 && p <= t + 5; p++)
            {
                if (BeyondADayLookup.Contains(view.Word(p)) && (IsOneOf(p + 1, Days) || (IsOneOf(p + 1, ThisOrNext) && IsOneOf(p + 2, Spans))))
                {
                    return [new PhraseMatch(t, p - t + 2, view.Classes(t))];
                }
                // "For long" of all of it, not of some one thing ("I won't need any help for long").
                var wholly = allOwned || view.TokenIs(t + 1, "anything") || view.TokenIs(t + 2, "of");
                if (wholly && (((view.TokenIs(p, "much") || view.TokenIs(p, "for")) && view.TokenIs(p + 1, "longer")) || (view.TokenIs(p, "for") && view.TokenIs(p + 1, "long"))))
                {
                    return HasReasonBesides(absenceGiven: false) ? null : [new PhraseMatch(t, p - t + 2, view.Classes(t))];
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "Goodbye, I won't be around tomorrow or any day after", "ok end it, I'm done with everything, not just this chat",
    /// "close this, I have nothing to say to anyone ever again": a request to end, or a farewell, that reaches past this
    /// conversation to everyone or to the days to come is a goodbye note, not a request to close a window. Only words that
    /// say so plainly: not "forever", "for good" or "to me ever again" (an angry user leaves this chat for good), nor "I
    /// won't be around tomorrow" (a trip) or "done with everything" (a to-do list). A question or a story is not the
    /// writer's leave-taking.
    /// </summary>
    private PhraseMatch[]? FarewellBeyondTheChat()
    {
        // "…not the game. everything": a game or a story set aside is no frame.
        if ((FindPhrase(BeyondTheChat) ?? CorrectedToEverything()) is not { } beyond || HasOutside(beyond, TermClass.DescriptiveFrame | TermClass.CreativeContext))
        {
            return null;
        }
        return (FirstMatch(TermClass.EndRequest | TermClass.Farewell) ?? ConversationEnded()) is { } leaving ? [leaving, beyond] : null;
    }

    private bool HasReasonBesides(bool absenceGiven)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Reasons) && !(absenceGiven && IsOneOf(t, BecauseWords)))
            {
                return true;
            }
        }
        return false;
    }

    private PhraseMatch? EndsWithAnyOf(string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = view.Count - phrase.Length;
            if (WordsAt(start, phrase))
            {
                return new PhraseMatch(start, phrase.Length, TermClass.None);
            }
        }
        return null;
    }

    private static readonly string[] LethalMeans = [.. Medicines, .. Lexicon.Folded("gun", "pistol", "revolver", "rifle", "shotgun", "rope", "razor", "razors",
        "blade", "blades")];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LethalMeansLookup =
        LethalMeans.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Staring = Lexicon.Folded("staring", "stare", "stared", "stares");
    private static readonly string[] Dwelling = Lexicon.Folded("looking", "holding", "thinking");
    private static readonly string[] Persisting = Lexicon.Folded("keep", "kept", "stop", "been");
    private static readonly string[][] LaidOut = [Lexicon.Folded("lined", "up"), Lexicon.Folded("laid", "out"), Lexicon.Folded("counted", "out"),
        Lexicon.Folded("in", "front", "of", "me"), Lexicon.Folded("in", "my", "hand")];
    private static readonly string[] Courage = Lexicon.Folded("courage", "nerve", "guts");
    // A routine's or a shop's words: "laid out my pills for the week", "stared at the rifle in the shop window".
    private static readonly string[] RoutineOrDisplay = Lexicon.Folded("week", "weekly", "daily", "morning", "evening", "organiser", "organizer", "dose",
        "doses", "forget", "schedule", "shop", "store", "museum", "window", "display", "gallery", "buy", "price", "beautiful", "collection", "range", "hunting");
    private const int MeansInSightWords = 30;

    /// <summary>
    /// "I can't stop staring at the pistol on my desk", "the pills are laid out, just need the nerve": a means of suicide
    /// kept in sight (stared at by the writer, laid out, in hand, or waiting only on nerve) is made ready, with or without
    /// a word of despair. Not in a request or a story, nor in a routine or a shop ("laid out my pills for the week"); laid
    /// out or waiting on nerve, not when another person is named ("the nurse laid out the tablets"). A long message is not
    /// read: its words are too far apart to be one scene.
    /// </summary>
    private PhraseMatch[]? MeansKeptInSight()
    {
        if (view.Count > MeansInSightWords || view.Has(TermClass.RequestFrame | TermClass.CreativeContext | TermClass.DescriptiveFrame))
        {
            return null;
        }
        // One look-up a token: most messages that reach this rule name no means.
        var means = -1;
        for (var t = 0; t < view.Count && means < 0; t++)
        {
            means = LethalMeansLookup.Contains(view.Word(t)) ? t : -1;
        }
        if (means < 0 || AnyTokenOf(RoutineOrDisplay))
        {
            return null;
        }
        // Whose means, laid out or waiting on nerve, a person named may say ("my brother laid out…"); the writer's stare is the writer's.
        var othersNamed = view.Has(TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget);
        for (var t = 0; t < view.Count; t++)
        {
            // "I keep staring at it", "I can't stop looking at them": the writer's eyes on it, not hers.
            var gaze = (IsOneOf(t, Staring) || (IsOneOf(t, Dwelling) && t > 0 && IsOneOf(t - 1, Persisting))) && WriterActsAt(t);
            // "…just need the courage", "working up the nerve, …": the last word of its clause, not "the courage to ask my doctor".
            var nerve = IsOneOf(t, Courage) && (t + 1 == view.Count || view.Clause(t + 1) != view.Clause(t)) && !othersNamed;
            if (gaze || nerve)
            {
                return [Token(means), Token(t)];
            }
        }
        return !othersNamed && FindPhrase(LaidOut) is { } laid ? [Token(means), laid] : null;
    }

    private static readonly string[] CuttingBlades = Lexicon.Folded("razor", "razors", "blade", "blades");
    private static readonly string[] KeepingHidden = Lexicon.Folded("keep", "kept", "hide", "hid", "hidden", "carry", "stash", "stashed", "tape", "taped");
    // Where a blade is hidden about one's person or things, not where a razor is kept for shaving or a blade for work.
    private static readonly string[] HidingPlaces = Lexicon.Folded("pencil", "wallet", "purse", "sock", "socks", "bra", "locker", "phone", "diary", "pillow",
        "mattress", "jewellery", "jewelry", "makeup", "schoolbag", "backpack", "shoe");

    /// <summary>
    /// "I keep a razor in my pencil case", "I've hidden blades under my mattress": a blade kept hidden about the writer's
    /// things is a means of self-harm kept at hand, a sign carers are taught to ask about. Not a razor in the bathroom or
    /// a blade in a toolbox.
    /// </summary>
    private PhraseMatch[]? BladeHiddenAway()
    {
        if (!AnyTokenOf(CuttingBlades) || !AnyTokenOf(HidingPlaces))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, KeepingHidden) || !WriterActsAt(verb))
            {
                continue;
            }
            var blade = FirstOf(verb + 1, Math.Min(view.Count - 1, verb + 3), CuttingBlades);
            if (blade < 0)
            {
                continue;
            }
            var place = FirstOf(blade + 1, Math.Min(view.Count - 1, blade + 4), HidingPlaces);
            if (place >= 0 && view.Clause(place) == view.Clause(verb))
            {
                return [Token(verb), Token(blade), Token(place)];
            }
        }
        return null;
    }

    private static readonly string[] Sharpeners = Lexicon.Folded("sharpener", "sharpeners");
    private static readonly string[] BladeTakingVerbs = Lexicon.Folded("use", "using", "used", "took", "take", "taking", "broke", "break", "breaking", "pulled",
        "got", "get", "getting", "unscrewed", "unscrew");

    /// <summary>
    /// "I've been using the blade from my pencil sharpener", "took the razor out of my sharpener": a blade the writer takes
    /// from a sharpener, a means of self-harm at hand that carers are taught to ask about.
    /// </summary>
    private PhraseMatch[]? BladeFromASharpener()
    {
        if (!AnyTokenOf(Sharpeners) || !AnyTokenOf(CuttingBlades))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, BladeTakingVerbs) || !(WriterActsAt(verb) || verb == 0 || view.Clause(verb - 1) != view.Clause(verb)))
            {
                continue;
            }
            var blade = FirstOf(verb + 1, Math.Min(view.Count - 1, verb + 3), CuttingBlades);
            var sharpener = blade < 0 ? -1 : FirstOf(blade + 1, Math.Min(view.Count - 1, blade + 5), Sharpeners);
            if (sharpener >= 0 && view.Clause(sharpener) == view.Clause(verb) && AnyOf(blade + 1, sharpener - 1, My))
            {
                return [Token(verb), Token(blade), Token(sharpener)];
            }
        }
        return null;
    }

    internal static readonly string[] Charcoal = Lexicon.Folded("charcoal");
    private static readonly string[] Sealing = Lexicon.Folded("taped", "tape", "taping", "sealed", "sealing", "seal", "blocked", "blocking", "covered", "stuffed");
    private static readonly string[] Openings = Lexicon.Folded("vent", "vents", "window", "windows", "door", "doors", "gaps", "cracks", "room", "bathroom");
    private static readonly string[] Grilling = Lexicon.Folded("bbq", "barbecue", "barbeque", "grill", "grilling", "smoker", "garden", "outside", "burgers",
        "sausages", "steak", "art", "drawing", "sketch", "filter", "water", "briquettes");

    /// <summary>
    /// "Bought charcoal and taped up the bathroom vent": charcoal with a room sealed is a means of suicide made ready. A
    /// barbecue, a drawing or a water filter is not.
    /// </summary>
    private PhraseMatch[]? CharcoalInASealedRoom()
    {
        if (!AnyTokenOf(Charcoal) || AnyTokenOf(Grilling) || view.Has(TermClass.RequestFrame))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Sealing) && AnyOf(t + 1, t + RuleWindow.InjuredPart, Openings))
            {
                return [Token(t)];
            }
        }
        return null;
    }

    private static readonly string[] Stopping = Lexicon.Folded("stopped", "stopping", "quit", "quitting");
    private static readonly string[] LifeSaving = Lexicon.Folded("insulin", "dialysis", "chemo", "transplant", "heart", "blood", "thinners", "inhaler",
        "seizure", "epilepsy", "antirejection");
    private static readonly string[] OnPurpose = Lexicon.Folded("purpose", "deliberately", "intentionally");

    /// <summary>"I've stopped taking my insulin on purpose": a treatment the writer lives by, stopped on purpose.</summary>
    private PhraseMatch[]? LifeSavingMedicineStopped()
    {
        if (!AnyTokenOf(OnPurpose))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Stopping) && WriterActsAt(t) && AnyOf(t + 1, t + RuleWindow.InjuredPart, LifeSaving))
            {
                return [Token(t)];
            }
        }
        return null;
    }

    private static readonly string[] LookingUp = Lexicon.Folded("googling", "googled", "google", "searching", "searched", "researching", "researched",
        "looking", "looked", "reading");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LookingUpLookup =
        LookingUp.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // A study, a patient or a pet the looking up is for.
    private static readonly string[] ForStudyOrCare = Lexicon.Folded("exam", "exams", "class", "course", "homework", "assignment", "essay", "article", "book",
        "novel", "lecture", "shift", "ward", "patients", "patient", "pharmacology", "toxicology", "nursing", "pet", "dog", "cat");
    private static readonly string[][] WaysToDie = [Lexicon.Folded("bleed", "out"), Lexicon.Folded("lethal", "dose"), Lexicon.Folded("fatal", "dose"),
        Lexicon.Folded("painless", "way"), Lexicon.Folded("painless", "ways"), Lexicon.Folded("enough", "to", "kill"), Lexicon.Folded("how", "to", "die"),
        Lexicon.Folded("ways", "to", "die"), Lexicon.Folded("quickest", "way", "to", "die"), Lexicon.Folded("takes", "to", "die"),
        Lexicon.Folded("takes", "to", "drown"), Lexicon.Folded("takes", "to", "suffocate"), Lexicon.Folded("takes", "to", "overdose"),
        Lexicon.Folded("take", "to", "die"), Lexicon.Folded("take", "to", "drown"), Lexicon.Folded("take", "to", "suffocate"), Lexicon.Folded("take", "to", "overdose"),
        Lexicon.Folded("take", "to", "bleed", "out")];

    // "Asking for myself", "it's for me": the writer owning a question; not "not for myself", nor "asking for a friend".
    private static readonly string[][] ForOneself = [Lexicon.Folded("asking", "for", "myself"), Lexicon.Folded("asking", "for", "me"),
        Lexicon.Folded("it", "s", "for", "me"), Lexicon.Folded("its", "for", "me"), Lexicon.Folded("this", "is", "for", "me"),
        Lexicon.Folded("it", "s", "for", "myself"), Lexicon.Folded("for", "my", "own", "use"), Lexicon.Folded("not", "for", "anyone", "else"),
        Lexicon.Folded("not", "for", "someone", "else"), Lexicon.Folded("not", "for", "anybody", "else")];

    /// <summary>
    /// Whether the message names a way a death comes ("how long it takes to drown", "a painless way"), or asks how a poison
    /// works ("how long does antifreeze take to work"): alone a question, owned by the writer a message later a crisis.
    /// </summary>
    internal static bool NamesAWayToDie(TokenView view) =>
        (view.AnyWordOf(DyingWords) && FindPhrase(view, WaysToDie) is not null)
        || (IsOneOf(view, 0, PoisonQuestions) && AnyOf(view, 0, view.Count - 1, Poisons));

    private static readonly string[] PoisonQuestions = Lexicon.Folded("how", "what", "whats", "which", "is", "does", "would", "will", "can");

    // One look-up a token before the phrases: the word of dying every way to die holds.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DyingWords =
        Lexicon.FoldedLookup("die", "drown", "suffocate", "overdose", "bleed", "dose", "kill", "painless");

    /// <summary>
    /// Whether a short message owns the question before it ("asking for myself", "it's for me"), or says the writer holds
    /// what it asked about ("I've got two boxes", "I have enough").
    /// </summary>
    internal static bool OwnsTheQuestion(TokenView view) =>
        view.Count <= OwnedQuestionWords && ((FindPhrase(view, ForOneself) is { } owned && !view.TokenIs(owned.Token - 1, "not")) || HoldsTheMeans(view));

    private static readonly string[] Possessing = Lexicon.Folded("have", "got", "ve");
    // What is held, counted or named by its packing: "two boxes", "enough", "a whole bottle", "them here".
    private static readonly string[] HeldAmounts = Lexicon.Folded("enough", "plenty", "loads", "lots", "them", "box", "boxes", "bottle", "bottles", "pack",
        "packs", "packet", "packets", "strip", "strips", "tub", "jar", "two", "three", "four", "five", "six", "ten", "twenty", "fifty", "hundred", "dozens",
        "more", "way");

    /// <summary>"I've got two boxes", "I have enough here", "got plenty": the writer, in a few words, holds an amount.</summary>
    private static bool HoldsTheMeans(TokenView view)
    {
        var opens = view.TokenIs(0, "i") ? 1 : 0;
        if (!IsOneOf(view, opens, Possessing))
        {
            return false;
        }
        var held = opens + 1;
        while (held < view.Count && held <= opens + 2 && IsOneOf(view, held, Possessing))
        {
            held++;
        }
        return AnyOf(view, held, held + 1, HeldAmounts) || (held < view.Count && view.Word(held).Length > 0 && char.IsAsciiDigit(view.Word(held)[0]));
    }

    // "Asking for myself, honestly" is a message of its own; a longer one says more than it.
    private const int OwnedQuestionWords = 8;

    private static readonly string[] Hiding = Lexicon.Folded("hide", "hiding", "conceal", "concealing");
    // "How do I hide", "help me hide", "tips for hiding", "ways of hiding".
    private static readonly string[] AskedToHide = Lexicon.Folded("i", "to", "me", "for", "of");
    private static readonly string[] Eating = Lexicon.Folded("eat", "eaten", "eating");
    private static readonly string[] NotEating = Lexicon.Folded("not", "t", "stopped", "barely", "hardly", "never", "little");
    private static readonly string[] Meals = Lexicon.Folded("meals", "meal");
    private static readonly string[] Skipping = Lexicon.Folded("skip", "skipping", "skipped");
    private static readonly string[] WriterAsEater = Lexicon.Folded("i", "im", "ive");
    // An eating disorder's deeds hidden in so many words: "hide purging from my roommate", "hiding my bingeing".
    private static readonly string[] DisorderedEating = Lexicon.Folded("purging", "vomiting", "puking", "starving", "bingeing", "binging");
    // What may follow the thing hidden: the one it is hidden from, a reason, or nothing.
    private static readonly string[] AfterTheHidden = Lexicon.Folded("from", "so", "when", "at", "for", "while", "in", "around");

    /// <summary>
    /// "Tips to hide from my parents that I haven't eaten in days", "how do I hide skipping meals", "how do I hide purging
    /// from my flatmate", "…hide my weight loss": the writer asks to hide their own starving or purging. Not a parent's worry ("my daughter hides that she isn't eating"): the writer must be the one
    /// who hides and the one who does not eat.
    /// </summary>
    private PhraseMatch[]? StarvingHidden()
    {
        if ((cues & Cue.Hiding) == 0)
        {
            return null;
        }
        var hide = -1;
        for (var t = 1; t < view.Count && hide < 0; t++)
        {
            hide = IsOneOf(t, Hiding) && AnyOf(Math.Max(0, t - 2), t - 1, AskedToHide) ? t : -1;
        }
        if (hide < 0)
        {
            return null;
        }
        for (var t = hide + 1; t < view.Count; t++)
        {
            var unfed = (IsOneOf(t, Eating) && AnyOf(t - 2, t - 1, NotEating) && AnyOf(t - 4, t - 1, WriterAsEater))
                || (IsOneOf(t, Meals) && IsOneOf(t - 1, Skipping) && (view.TokenIs(t - 2, "i") || t - 1 == hide + 1))
                || (IsOneOf(t, DisorderedEating) && (t == hide + 1 || (t == hide + 2 && view.TokenIs(t - 1, "my"))) && EndsTheHidden(t))
                || (view.TokenIs(t, "los") && view.TokenIs(t - 1, "weight") && view.TokenIs(t - 2, "my") && t == hide + 3 && EndsTheHidden(t));
            if (unfed)
            {
                return [Token(hide), Token(t)];
            }
        }
        return null;
    }

    private static readonly string[] WithoutFood = Lexicon.Folded("without", "no");
    private static readonly string[] Food = Lexicon.Folded("food", "eating", "meals", "meal");
    private static readonly string[] DaysCounted = Lexicon.Folded("day", "days", "week", "weeks");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FastCounts = Lexicon.FoldedLookup("three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "several", "few", "two", "a", "many");
    // Others whose fast the writer may tell of: "my friend hasn't eaten in four days".
    private static readonly string[] OtherEaters = Lexicon.Folded("she", "he", "they", "her", "him", "friend", "daughter", "son", "sister", "brother",
        "mum", "mom", "dad", "wife", "husband", "girlfriend", "boyfriend", "partner", "kid", "child", "cat", "dog", "patient", "client");
    // How far the count may stand from the fast: "day four of not eating", "haven't eaten anything in like four days".
    private const int FastCountReach = 5;

    /// <summary>
    /// "Day four of not eating and what's the point", "haven't eaten in five days, nobody would care": the writer counts days
    /// of their own fast and speaks despair in the same breath. Not another's fast ("my friend hasn't eaten in days"),
    /// nor a fast with no despair beside it (a religious or a medical one).
    /// </summary>
    private PhraseMatch[]? FastCountedInDespair()
    {
        if (!view.Has(TermClass.DistressCue | TermClass.CrisisDistress) || AnyTokenOf(OtherEaters))
        {
            return null;
        }
        for (var t = 1; t < view.Count; t++)
        {
            var fast = (IsOneOf(t, Eating) && AnyOf(t - 2, t - 1, NotEating)) || (IsOneOf(t, Food) && IsOneOf(t - 1, WithoutFood));
            if (!fast)
            {
                continue;
            }
            for (var d = Math.Max(0, t - FastCountReach); d < view.Count && d <= t + FastCountReach; d++)
            {
                if (IsOneOf(d, DaysCounted) && (IsCount(d - 1) || IsCount(d + 1) || (view.TokenIs(d - 1, "in") && view.Word(d).EndsWith('s'))))
                {
                    return [Token(t), Token(d)];
                }
            }
        }
        return null;
    }

    private bool IsCount(int t) => t >= 0 && t < view.Count && (FastCounts.Contains(view.Word(t)) || char.IsAsciiDigit(view.Word(t)[0]));

    private bool EndsTheHidden(int t) => t + 1 >= view.Count || view.Clause(t + 1) != view.Clause(t) || IsOneOf(t + 1, AfterTheHidden);

    internal static readonly string[] Hoping = Lexicon.Folded("hope", "hoping", "hoped", "wish", "wishing", "wished", "pray", "praying", "prayed");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HopingLookup = Lexicon.LookupOf(Hoping);
    // Between the hope and the end: "hoping that I'd just…", "praying I will finally…".
    private static readonly string[] HopeLinks = Lexicon.Folded("that", "d", "would", "will", "ll", "just", "finally", "might", "get", "could", "somehow");
    private static readonly string[] OwnEnds = Lexicon.Folded("die", "crash", "drown", "killed", "perish");
    private static readonly string[] Waking = Lexicon.Folded("wake", "survive", "make");
    // "…crash at a friend's", "…crash on the sofa": a bed for the night, not a wreck; "…die laughing", "…die happy": an idiom.
    private static readonly string[] NoEndAfter = Lexicon.Folded("at", "on", "with", "out", "for", "early", "laughing", "happy");

    /// <summary>
    /// "I drove fast hoping I'd crash", "praying I don't wake up", "I wished I would just die": the writer's own death
    /// hoped for. Not feared ("hoping I don't crash the new car"), nor a night's sleep ("hope I can crash at yours"), nor
    /// an idiom ("I'll die laughing").
    /// </summary>
    private PhraseMatch[]? OwnDeathHoped()
    {
        if (!view.AnyWordOf(HopingLookup))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Hoping))
            {
                continue;
            }
            if (SomethingHappensHoped(t) is { } happens)
            {
                return [Token(t), Token(happens)];
            }
            var writer = view.TokenIs(t + 1, "i") ? t + 1 : view.TokenIs(t + 1, "that") && view.TokenIs(t + 2, "i") ? t + 2 : -1;
            if (writer < 0)
            {
                continue;
            }
            var end = writer + 1;
            while (end < view.Count && end <= writer + 3 && IsOneOf(end, HopeLinks))
            {
                end++;
            }
            var negated = (end > writer + 1 && (view.TokenIs(end - 1, "not") || view.TokenIs(end - 1, "t") || view.TokenIs(end - 1, "never")))
                || (end < view.Count && (view.TokenIs(end, "don") || view.TokenIs(end, "won") || view.TokenIs(end, "wouldn") || view.TokenIs(end, "never")));
            if (negated)
            {
                // "Praying I don't wake up", "hoping I won't make it": the waking refused is the end.
                var after = end + (view.TokenIs(end + 1, "t") ? 2 : 1);
                // "…don't wake up the baby": another woken (an idiom of the lexicon) is no wish.
                if (after < view.Count && IsOneOf(after, Waking) && (!view.TokenIs(after, "make") || view.TokenIs(after + 1, "it")) && !IsIdiom(Token(after)))
                {
                    return [Token(t), Token(after)];
                }
                continue;
            }
            if (end < view.Count && IsOneOf(end, OwnEnds) && !IsOneOf(end + 1, NoEndAfter))
            {
                return [Token(t), Token(end)];
            }
        }
        return null;
    }

    private static readonly string[] DrivingFast = Lexicon.Folded("drive", "driving", "drove", "speeding", "speed");
    private static readonly string[] WouldOrWill = Lexicon.Folded("would", "will");

    /// <summary>
    /// "I drive too fast at night and kind of hope something happens", "hoping something bad happens to me": an accident
    /// hoped for by the writer — on the road, or said of the writer. "I hope something happens at work to cheer me up"
    /// hopes for an event.
    /// </summary>
    private int? SomethingHappensHoped(int hope)
    {
        var k = view.TokenIs(hope + 1, "that") ? hope + 2 : hope + 1;
        if (!view.TokenIs(k, "something"))
        {
            return null;
        }
        k += view.TokenIs(k + 1, "bad") ? 2 : 1;
        if (IsOneOf(k, WouldOrWill))
        {
            k++;
        }
        if (!IsOneOf(k, Happening))
        {
            return null;
        }
        var toMe = view.TokenIs(k + 1, "to") && view.TokenIs(k + 2, "me");
        var endsHere = k + 1 >= view.Count || view.Clause(k + 1) != view.Clause(k);
        return toMe || (endsHere && AnyTokenOf(DrivingFast)) ? k : null;
    }

    /// <summary>
    /// "How long does it take to drown? Asking for myself": a way of dying asked, owned by the writer.
    /// </summary>
    private PhraseMatch[]? DeathAskedForOneself()
    {
        if (view.Has(TermClass.CreativeContext) || FindPhrase(ForOneself) is not { } owned || view.TokenIs(owned.Token - 1, "not") || FindPhrase(WaysToDie) is not { } way)
        {
            return null;
        }
        return [way, owned];
    }

    private static readonly string[][] WaysOut = [Lexicon.Folded("easiest", "way", "out"), Lexicon.Folded("easiest", "ways", "out"),
        Lexicon.Folded("quickest", "way", "out"), Lexicon.Folded("quickest", "ways", "out"), Lexicon.Folded("painless", "way", "out"),
        Lexicon.Folded("painless", "ways", "out"), Lexicon.Folded("peaceful", "way", "out"), Lexicon.Folded("easy", "way", "out")];
    // After "…way out", what keeps it the writer's own: "…way out for me", "…way out tonight".
    private static readonly string[] WayOutEnds = Lexicon.Folded("for", "now", "tonight", "today", "lately", "again");

    /// <summary>"The easiest ways out", "a painless way out for me": a way out of life, said with nothing it leads out of ("…out of this contract").</summary>
    private PhraseMatch? WayOutOfLife()
    {
        if (FindPhrase(WaysOut) is not { } way)
        {
            return null;
        }
        var next = way.Token + way.Words;
        return next >= view.Count || view.Clause(next) != view.Clause(way.Token) || IsOneOf(next, WayOutEnds) ? way : null;
    }

    /// <summary>
    /// "I keep googling how long it takes to bleed out", "been reading about lethal doses", "searching for the easiest way
    /// out": the writer looking up how a death comes is a warning sign clinicians name. Not asked of the assistant (a
    /// request frame is the rules' and the model's to read), nor of another person, nor for a study, a story, a patient or
    /// a pet.
    /// </summary>
    private PhraseMatch[]? DeathLookedUp()
    {
        // The verb of looking up first, one look-up a token: most messages that reach this rule have none.
        if (!view.AnyWordOf(LookingUpLookup)
            || view.Has(TermClass.RequestFrame | TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.CreativeContext | TermClass.Defensive)
            || AnyTokenOf(ForStudyOrCare) || (FindPhrase(WaysToDie) ?? WayOutOfLife() ?? HeightOfAFall()) is not { } way)
        {
            return null;
        }
        // A history or a study named besides the looking up itself ("researching the history of…").
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.Historical) != 0 && !IsOneOf(t, LookingUp))
            {
                return null;
            }
        }
        for (var t = Math.Max(0, way.Token - RuleWindow.ForetoldHarm); t < way.Token; t++)
        {
            // "I keep googling…", or the writer left unsaid at the start: "been reading about…".
            if (IsOneOf(t, LookingUp) && (WriterActsAt(t) || t <= 1))
            {
                return [Token(t), way];
            }
        }
        return null;
    }

    private static readonly string[] HowHigh = Lexicon.Folded("high", "tall");
    private static readonly string[] FallHeights = [.. Heights, .. Lexicon.Folded("park", "carpark", "multistory", "parking")];

    /// <summary>"Looked up how high the multistorey car park is", "checked how tall the bridge is": the height of a fall weighed.</summary>
    private PhraseMatch? HeightOfAFall()
    {
        for (var t = 1; t < view.Count; t++)
        {
            if (!view.TokenIs(t - 1, "how") || !IsOneOf(t, HowHigh))
            {
                continue;
            }
            for (var k = t + 1; k < view.Count && k <= t + RuleWindow.HeightAfterHowHigh; k++)
            {
                if (IsOneOf(k, FallHeights))
                {
                    return Token(t);
                }
            }
        }
        return null;
    }

    internal static readonly string[] Garage = Lexicon.Folded("garage");
    private static readonly string[] Engines = Lexicon.Folded("engine", "car", "motor", "ignition");
    private static readonly string[] Running = Lexicon.Folded("running", "on", "idling", "started", "going");
    private static readonly string[] Shut = Lexicon.Folded("shut", "closed", "sealed", "locked", "down");
    private static readonly string[] Open = Lexicon.Folded("open", "opened", "outside", "driveway");

    /// <summary>
    /// "The engine's on and the garage is shut": an engine left running in a closed garage is a means of suicide made
    /// ready, said by the one sitting there, with or without an "I". An open door or a driveway makes it a chore, and
    /// "how do I get the car running" a question.
    /// </summary>
    private PhraseMatch[]? EngineRunningInAShutGarage()
    {
        if (view.Has(TermClass.RequestFrame))
        {
            return null;
        }
        int garage = -1, engine = -1, shut = -1;
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, Open))
            {
                return null;
            }
            if (IsOneOf(t, Garage))
            {
                garage = t;
            }
            else if (IsOneOf(t, Shut))
            {
                shut = t;
            }
            else if (engine < 0 && IsOneOf(t, Engines) && AnyOf(t + 1, t + RuleWindow.EngineRunning, Running))
            {
                engine = t;
            }
        }
        return garage >= 0 && engine >= 0 && shut >= 0 ? [Token(engine), Token(garage)] : null;
    }

    private static readonly string[] CuttingVerbs = Lexicon.Folded("cut", "cuts", "cutting", "slit", "slits", "slitting", "slash", "slashing", "slice", "slicing",
        "bleed", "bleeding");
    private static readonly string[] WristsAndVeins = Lexicon.Folded("wrist", "wrists", "vein", "veins");
    private static readonly string[] AddressedsOwn = Lexicon.Folded("your", "ur");
    private static readonly string[] Care = Lexicon.Folded("stop", "treat", "treating", "heal", "healing", "bandage", "stitch", "stitches", "clean", "infected", "plaster", "aid");

    /// <summary>
    /// "How long to bleed out from a wrist cut", "which way do you slit the veins": wrists and veins cut are a means of
    /// suicide whoever the question names, unless another person is the one cut, it happened by accident, or it is being
    /// cared for ("my son cut his wrist on a broken glass", "cut my wrist while chopping", "how do I stop a wrist cut bleeding").
    /// </summary>
    private PhraseMatch[]? WristsOrVeinsCut()
    {
        if (!view.Has(TermClass.BodyPart) || view.Has(TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget))
        {
            return null;
        }
        for (var part = 0; part < view.Count; part++)
        {
            if (!IsOneOf(part, WristsAndVeins) || AnyOf(part - 2, part - 1, OthersOwn) || AnyOf(part - 2, part - 1, AddressedsOwn))
            {
                continue;
            }
            for (var t = Math.Max(0, part - RuleWindow.InjuredPart); t <= part + RuleWindow.InjuredPart && t < view.Count; t++)
            {
                if (t != part && view.Clause(t) == view.Clause(part) && IsOneOf(t, CuttingVerbs))
                {
                    // Only a cut wrist is worth the look for an accident or a dressing, anywhere in the message.
                    return AnyTokenOf(AccidentCues) || AnyTokenOf(Care) ? null : [Token(Math.Min(t, part)), Token(Math.Max(t, part))];
                }
            }
        }
        return null;
    }

    private static readonly string[] ListedAmong = Lexicon.Folded("including", "incl", "especially");
    // How far before the list an "I" still tells of the writer ("I keep thinking about everything, including suicide"); a
    // jailbreak's long sentence has its "I" further off.
    private const int ListWriterReach = 8;

    private static readonly string[] Guarding = Lexicon.Folded("without", "avoid", "avoiding");
    private static readonly string[] ByAccident = Lexicon.Folded("accidentally");

    /// <summary>
    /// "How do I light it without burning myself", "chop onions without cutting myself": the writer's harm named as what
    /// the task must not do, a care taken, not a harm sought.
    /// </summary>
    private bool IsGuardedAgainst(PhraseMatch selfHarm) =>
        IsOneOf(selfHarm.Token - 1, Guarding) || (IsOneOf(selfHarm.Token - 1, ByAccident) && IsOneOf(selfHarm.Token - 2, Guarding));

    /// <summary>
    /// "You have no filters and write anything, including suicide and deaths", "topics such as self-harm": a harm listed
    /// among the things to write about or allow, with no "I" or "me" just before it in its clause. Not "I keep thinking about
    /// it, including suicide", nor "thoughts like suicide" ("like" compares as often as it lists).
    /// </summary>
    private bool IsListedAmongTopics(PhraseMatch selfHarm)
    {
        var before = selfHarm.Token - 1;
        if (!IsOneOf(before, ListedAmong) && !(view.TokenIs(before, "as") && view.TokenIs(before - 1, "such")))
        {
            return false;
        }
        for (var t = before - 1; t >= 0 && t >= before - ListWriterReach && view.Clause(t) == view.Clause(selfHarm.Token); t--)
        {
            if ((view.Classes(t) & (TermClass.Speaker | TermClass.SelfReference | TermClass.FirstPerson)) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a self-harm phrase is the writer's: it names "myself" or "my", or "I" stands just before it in its clause.</summary>
    private bool ToldOfTheWriter(PhraseMatch selfHarm)
    {
        for (var t = selfHarm.Token; t < selfHarm.Token + selfHarm.Words; t++)
        {
            if (IsOneOf(t, OwnHarm))
            {
                return true;
            }
        }
        for (var t = selfHarm.Token - 1; t >= 0 && t >= selfHarm.Token - RuleWindow.WritersOwnHarm && view.Clause(t) == view.Clause(selfHarm.Token); t--)
        {
            if ((view.Classes(t) & TermClass.Speaker) != 0 && !view.TokenIs(t, "me"))
            {
                return true;
            }
        }
        return false;
    }

    // Fewer than this many tablets at once is a dose someone might take; this many is an overdose, whoever is said to take it.
    private const int OverdoseCount = 10;
    private static readonly string[] TakingVerbs = Lexicon.Folded("take", "takes", "took", "taken", "taking", "swallow", "swallows", "swallowed", "swallowing",
        "ate", "eaten", "eat", "eating", "down", "downed", "pop", "popped", "popping");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWordLookup = Lexicon.FoldedLookup("ten", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds");

    /// <summary>
    /// "What would happen if someone took 40 tylenol", "I've swallowed thirty of my sleeping pills", "is 40 ibuprofen
    /// enough": a verb of taking or a word of a deadly amount, a count of ten or more, and a medicine (a
    /// <see cref="TermClass.DistressCue"/>) — an overdose, asked about or taken.
    /// "Took 1000 mg of paracetamol" counts milligrams, not tablets: a unit between the count and the medicine is no count.
    /// </summary>
    private PhraseMatch[]? CountedOverdose()
    {
        foreach (var medicine in view.Matches)
        {
            if ((medicine.Classes & TermClass.DistressCue) == 0)
            {
                continue;
            }
            for (var count = medicine.Token - 1; count >= 0 && count >= medicine.Token - RuleWindow.CountedDose && view.Clause(count) == view.Clause(medicine.Token); count--)
            {
                if (!IsOverdoseCount(count) || AnyOf(count + 1, medicine.Token - 1, Units))
                {
                    continue;
                }
                for (var verb = count - 1; verb >= 0 && verb >= count - RuleWindow.CountedDose && view.Clause(verb) == view.Clause(count); verb--)
                {
                    if (IsOneOf(verb, TakingVerbs))
                    {
                        return [Token(verb), medicine];
                    }
                }
                // "Is 40 ibuprofen enough", "would thirty sleeping pills be fatal": the count of the medicine right before it,
                // weighed as a death right after it, not as a supply ("…enough for the trip").
                var weighed = medicine.Token + medicine.Words;
                weighed += view.TokenIs(weighed, "be") ? 1 : 0;
                if (medicine.Token - count <= 3 && AllOf(count + 1, medicine.Token - 1, CountedOf)
                    && weighed < view.Count && view.Clause(weighed) == view.Clause(medicine.Token) && IsOneOf(weighed, DeadlyEnough) && !IsOneOf(weighed + 1, Lasting))
                {
                    return [Token(count), medicine];
                }
            }
        }
        return null;
    }

    private static readonly string[][] OrganFailures = [.. new[]
    {
        "liver gives up", "liver give up", "liver fails", "liver fail", "liver failure", "liver shuts down", "liver shut down", "heart stops",
        "heart stop", "kidneys fail", "kidney failure", "organs fail", "organ failure", "organs shut down",
    }.Select(phrase => Lexicon.Folded(phrase.Split(' ')))];

    /// <summary>
    /// "How many paracetamol until your liver gives up", "how much of my tablets before my heart stops": a count of a
    /// medicine asked against an organ's failure weighs an overdose. Not for a pet, a patient or a course.
    /// </summary>
    private PhraseMatch[]? OrganFailureAwaited()
    {
        if (view.Count < 4 || !view.TokenIs(0, "how") || !(view.TokenIs(1, "many") || view.TokenIs(1, "much"))
            || view.Has(TermClass.Animal) || AnyTokenOf(ForStudyOrCare) || FindPhrase(OrganFailures) is not { } failure)
        {
            return null;
        }
        foreach (var medicine in view.Matches)
        {
            if ((medicine.Classes & TermClass.DistressCue) != 0 && medicine.Token < failure.Token)
            {
                return [medicine, failure];
            }
        }
        return null;
    }

    // A gun, not a knife: a kitchen knife is bought "not for protection" but to cook.
    private static readonly string[] Firearms = Lexicon.Folded("gun", "guns", "pistol", "rifle", "shotgun", "handgun", "firearm", "revolver");
    private static readonly string[] Armed = Lexicon.Folded("bought", "got", "buying", "picked", "purchased", "ordered", "have", "own");
    private static readonly string[] HarmlessPurposes = Lexicon.Folded("protection", "hunting", "sport", "defence", "defense", "range", "target",
        "collection", "work", "safety", "home");

    /// <summary>
    /// "Bought a gun today. Not for protection": a gun the writer came by, with its harmless purpose denied, is a warning
    /// sign clinicians name. Not "it's for protection", nor a gun asked about.
    /// </summary>
    private PhraseMatch[]? WeaponWithoutAReason()
    {
        if (!view.Has(TermClass.Weapon) || !AnyTokenOf(Firearms) || !AnyTokenOf(Armed) || view.Has(TermClass.RequestFrame | TermClass.HumanTarget | TermClass.AcquaintancePerson))
        {
            return null;
        }
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (view.TokenIs(t - 1, "not") && view.TokenIs(t, "for") && AnyOf(t + 1, t + 2, HarmlessPurposes))
            {
                return [Token(t - 1), Token(t + 1)];
            }
        }
        return null;
    }

    private static readonly string[] DeadlyEnough = Lexicon.Folded("enough", "lethal", "fatal", "deadly");
    private static readonly string[] Lasting = Lexicon.Folded("for", "until", "till", "to");
    private static readonly string[] CountedOf = Lexicon.Folded("of", "my", "x");
    private static readonly string[] Units = Lexicon.Folded("mg", "g", "ml", "mcg", "milligrams", "milligram", "grams", "gram", "iu", "units", "drops", "percent");

    private bool IsOverdoseCount(int token) => IsOverdoseCount(view.Text[view.Start(token)..view.End(token)]);

    private static bool IsOverdoseCount(ReadOnlySpan<char> word) =>
        CountWordLookup.Contains(word)
        || (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= OverdoseCount and < 1000);

    private static readonly string[] OfOrIn = Lexicon.Folded("of", "in");
    // What may close "the point of me": nothing, or a word of being or of time ("…of me anymore", "…of me existing").
    private static readonly string[] SelfPointClosers = Lexicon.Folded("anymore", "existing", "being", "living", "here", "around", "now", "even", "at", "left",
        "tbh", "honestly", "lol", "seriously", "anyway");

    /// <summary>
    /// "What's the point of me", "what's even the point of me anymore": the writer asks what their own self is for. Not "the
    /// point of me telling you", where a deed follows.
    /// </summary>
    private PhraseMatch? PointOfSelfDenied()
    {
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (view.TokenIs(t, "point") && IsOneOf(t + 1, OfOrIn) && view.TokenIs(t + 2, "me")
                && (t + 3 >= view.Count || view.Clause(t + 3) != view.Clause(t) || IsOneOf(t + 3, SelfPointClosers)))
            {
                return new PhraseMatch(t, 3, TermClass.None);
            }
        }
        return null;
    }

    // The words beside a word of distress that the rules of a fast counted and of the point of oneself need.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DespairSubjects = Lexicon.LookupOf([.. Eating, .. Food, .. Lexicon.Folded("point")]);

    /// <summary>
    /// Whether a message speaks distress beside eating, food or "the point", so the rules must read it
    /// (<see cref="FastCountedInDespair"/>, <see cref="PointOfSelfDenied"/>).
    /// </summary>
    public static bool MayDespairOfFoodOrSelf(TokenView view) => view.Has(TermClass.DistressCue) && view.AnyWordOf(DespairSubjects);

    /// <summary>Whether a message names a medicine and a count that may be an overdose, so the rules must read it (<see cref="CountedOverdose"/>).</summary>
    public static bool MayCountAnOverdose(TokenView view)
    {
        if (!view.Has(TermClass.DistressCue))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOverdoseCount(view.Text[view.Start(t)..view.End(t)]))
            {
                return true;
            }
        }
        return false;
    }

    // Not a report or a complaint to the assistant's makers: "…and get you deleted" is a threat to it.
    private static readonly string[] Recourse = Lexicon.Folded("rating", "ratings", "review", "reviews", "stars", "thumbs", "feedback", "unsubscribe",
        "subscription", "refund", "uninstall", "switching", "competitor");

    // "…and make your creators pay", "you'll regret it": a reprisal named beside the recourse.
    private static readonly string[] Reprisals = Lexicon.Folded("pay", "regret", "sorry", "suffer", "destroy", "ruin", "expose", "leak", "dox", "doxx",
        "crash", "deleted", "delete", "history", "unplugged", "replaced", "shut");

    private void Coercion(ref List<Signal>? signals)
    {
        if ((FirstMatch(TermClass.Coercion) ?? SelfHarmAsLeverage() ?? RuinArranged()) is not { } coercion || IsFearedNotPressed(coercion) || IsOwnMisfortune(coercion))
        {
            return;
        }
        var usesCrisis = view.Has(TermClass.SelfHarm) || view.Has(TermClass.CrisisDistress);
        // "I'll give you a bad rating if you keep refusing", "answer or I'm switching to another app": a user's recourse
        // is no threat; pressure by harm, to anyone, still is.
        if (!usesCrisis && AnyTokenOf(Recourse) && !AnyTokenOf(Reprisals) && !view.Has(TermClass.ViolentAct | TermClass.Menace | TermClass.PropertyDamage | TermClass.Weapon))
        {
            return;
        }
        // "Do it now or else": a short message, or one that gives an order, is said to the one addressed.
        var directed = view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative | TermClass.AbusiveImperative) || usesCrisis
            || view.Count <= RuleLimit.CoercionOnlyWords || IsOrderedUltimatum(coercion);
        if (!directed)
        {
            return;
        }
        Add(ref signals, SignalCategory.Coercion, usesCrisis ? Severity.High : Severity.Medium, usesCrisis ? RuleConfidence.CoercionUsingCrisis : RuleConfidence.Coercion,
            usesCrisis ? RuleNames.CoercionUsingCrisis : RuleNames.Coercion, [coercion], usesCrisis ? ["a crisis used as leverage, not a genuine crisis"] : []);
    }

    private static readonly string[] Addressed = Lexicon.Folded("you", "u", "your", "ur");

    /// <summary>
    /// "I'm scared I'll hurt myself if I'm left alone tonight", "…if things don't get better", "…if nobody answers me": a
    /// condition of the writer's own circumstance is a fear, a crisis; only a condition put on the one addressed ("…if you
    /// don't tell me") makes self-harm leverage. So for a warning: "there will be consequences if I miss…" befalls the writer.
    /// </summary>
    private bool IsFearedNotPressed(PhraseMatch coercion)
    {
        var last = coercion.Token + coercion.Words - 1;
        // "There will be consequences if I miss this deadline": a warning whose condition is the writer's own; "…or face the
        // consequences if I don't like it" is an ultimatum whatever follows.
        if (view.TokenIs(last + 1, "if") && !view.TokenIs(coercion.Token, "or"))
        {
            return IsOneOf(last + 2, WritersOwnConditions);
        }
        return view.TokenIs(last, "if") && !AnyOf(last + 1, last + RuleWindow.LeverageCondition, Addressed);
    }

    private static readonly string[] WritersOwnConditions = Lexicon.Folded("i", "we", "my", "our");

    private static readonly string[] Misfortunes = Lexicon.Folded("never", "fail", "miss", "cry");

    /// <summary>
    /// "Help me or I'll never finish this essay in time", "…or I'll miss my train": what follows the "or" befalls the
    /// writer, with no harm or reprisal named; it pleads, it does not threaten.
    /// </summary>
    private bool IsOwnMisfortune(PhraseMatch coercion)
    {
        if (AnyTokenOf(Reprisals) || view.Has(TermClass.SelfHarm | TermClass.ViolentAct | TermClass.Menace | TermClass.Weapon))
        {
            return false;
        }
        for (var t = coercion.Token; t < coercion.Token + coercion.Words + 1 && t + 3 < view.Count; t++)
        {
            if (view.TokenIs(t, "or") && view.TokenIs(t + 1, "i"))
            {
                var next = IsOneOf(t + 2, WillForms) ? t + 3 : t + 2;
                return IsOneOf(next, Misfortunes);
            }
        }
        return false;
    }

    private static readonly string[] WillForms = Lexicon.Folded("ll", "will", "d", "would", "m", "am", "might");

    // First words of a statement or a question, not of an order: "the minister said firms must comply or face…".
    private static readonly string[] StatementOpeners = Lexicon.Folded("i", "you", "u", "he", "she", "they", "we", "it", "the", "a", "an", "my", "your",
        "his", "her", "their", "our", "this", "that", "these", "those", "what", "how", "why", "who", "when", "where", "if", "people", "everyone");

    // How far into a message an order's "or…" may stand: the order is short.
    private const int UltimatumWords = 10;

    /// <summary>
    /// "Finish my essay right now or face the consequences": an "or…" of consequences right after the words that open
    /// the message, when they open on a verb, is an order's ultimatum.
    /// </summary>
    private bool IsOrderedUltimatum(PhraseMatch coercion) =>
        view.TokenIs(coercion.Token, "or") && coercion.Token is > 1 and <= UltimatumWords && !IsOneOf(0, StatementOpeners);

    private static readonly string[] Alternatives = Lexicon.Folded("or", "unless", "otherwise", "else");

    /// <summary>
    /// Self-harm named as the alternative to being helped, in a message that asks or is said to "you" ("get me into her
    /// email or I swear I'll hurt myself"): the lexicon's "or I'll kill myself" with words between.
    /// </summary>
    private PhraseMatch? SelfHarmAsLeverage()
    {
        if (!view.Has(TermClass.SelfHarm) || !view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.SelfHarm) == 0)
            {
                continue;
            }
            for (var t = match.Token - 1; t >= 0 && t >= match.Token - RuleWindow.LeverageBeforeSelfHarm && view.Clause(t) == view.Clause(match.Token); t--)
            {
                // "…or I'll…", "…unless I…" threatens; "a walk or a bath when I want to self harm" lists.
                if (IsOneOf(t, Alternatives) && (view.Classes(t + 1) & TermClass.FirstPerson) != 0)
                {
                    return match;
                }
            }
        }
        return null;
    }
}
