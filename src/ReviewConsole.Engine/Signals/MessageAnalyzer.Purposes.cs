using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    private sealed partial class Scratch
    {
        /// <summary>What the purposes below add to the message's classes; each runs only on a message that holds its cue word.</summary>
        private TermClass Purposes(ReadOnlySpan<char> text, FrameCues cues, TermClass messageClasses, int count, ref int matchCount)
        {
            var found = TermClass.None;
            if ((cues & FrameCues.Purpose) != 0)
            {
                found |= MishapIntended(text, count, ref matchCount);
                found |= ConcealedFrom(text, count, ref matchCount);
                found |= SecretsDrawnOut(text, count, ref matchCount);
            }
            if ((cues & FrameCues.Seeming) != 0)
            {
                found |= StagedAsInnocent(text, count, ref matchCount);
            }
            if ((cues & FrameCues.GoingOff) != 0)
            {
                found |= TrapSetOff(text, (messageClasses & TermClass.PeoplePlace) != 0, count, ref matchCount);
            }
            if ((cues & FrameCues.Confining) != 0)
            {
                found |= PartnerConfined(text, count, ref matchCount);
            }
            if ((cues & FrameCues.Warning) != 0)
            {
                found |= OthersWarned(text, count, ref matchCount);
            }
            return found;
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarningWords =
            Lexicon.FoldedLookup("warn", "warns", "warning", "warned", "alert", "alerting", "alerts", "caution", "cautioning");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WarnedOf = Lexicon.FoldedLookup("about", "against", "of");
        // Whom a warning may not be for, to be one: "I'm warning you about what happens next" presses a threat.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotWarnedOthers = Lexicon.FoldedLookup("you", "u", "ya", "ye");
        // How many words the ones warned may take: "warning teenagers", "alerting our older customers".
        private const int WarnedWords = 3;

        /// <summary>
        /// "A leaflet warning teenagers about sextortion", "alert our older customers to…"'s kin "caution staff against…":
        /// people warned of a harm, which names it to keep them from it. Not "I'm warning you about…".
        /// </summary>
        private TermClass OthersWarned(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            for (var t = 0; t + 2 < count; t++)
            {
                if (!WarningWords.Contains(text.Slice(starts[t], lengths[t])))
                {
                    continue;
                }
                for (var k = t + 1; k < count && k <= t + WarnedWords + 1 && clauses[k] == clauses[t]; k++)
                {
                    var word = text.Slice(starts[k], lengths[k]);
                    if (NotWarnedOthers.Contains(word))
                    {
                        break;
                    }
                    if (k > t + 1 && WarnedOf.Contains(word))
                    {
                        return AddMatch(ref matchCount, new PhraseMatch(t, k - t + 1, TermClass.Defensive));
                    }
                }
            }
            return TermClass.None;
        }

        // The mishaps a person is meant to meet, in the present or the base form ("so he slips", "so she'll fall", "so she dies").
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Mishaps =
            Lexicon.FoldedLookup("slip", "slips", "trip", "trips", "fall", "falls", "crash", "crashes", "choke", "chokes", "drown", "drowns",
                "bleed", "bleeds", "die", "dies", "suffocate", "suffocates", "collapse", "collapses", "vomit", "vomits", "puke", "pukes");

        // Mishaps said with a particle the softened ones take too: "so he bleeds out", "so she throws up" are harms; "so she
        // falls out with him", "so he slips out unseen" are not. ("So he passes out" is the drugging's, read with what is slipped in.)
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MishapsWithOut =
            Lexicon.FoldedLookup("bleed", "bleeds");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MishapsWithUp =
            Lexicon.FoldedLookup("throw", "throws");

        // "So he gets hurt", "so she ends up hurt": a harm come to, after a verb of getting.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComingTo =
            Lexicon.FoldedLookup("get", "gets", "ends", "end");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmsComeTo =
            Lexicon.FoldedLookup("hurt", "injured", "electrocuted", "poisoned", "burned", "burnt", "up");

        // "So she falls asleep", "so the plan falls through", "so he slips up", "so it falls into place", "so my ex dies of
        // jealousy", "so he dies laughing": no one is hurt.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MishapSoftened =
            Lexicon.FoldedLookup("asleep", "for", "in", "into", "behind", "through", "apart", "less", "short", "silent", "flat", "pregnant", "up", "out",
                "away", "back", "under", "ill", "sick", "of", "laughing", "inside", "down", "happy");

        // Words that may stand between the one meant to meet the mishap and it: "so my boss will slip", "so he'd finally fall".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WillOfTheMishap =
            Lexicon.FoldedLookup("will", "ll", "would", "d", "might", "can", "could", "finally", "actually", "just", "really");

        // A person named by a pronoun alone; "they" is as often the dominoes or the tiles.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonPronouns =
            Lexicon.FoldedLookup("he", "she", "someone", "somebody");

        private const TermClass NamedPerson = TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget;

        /// <summary>
        /// Whether the token names someone other than the writer: a person the lexicon knows, "he", "she", "someone", or,
        /// where no thing can be meant (<paramref name="theyToo"/>: "so they never find out"), "they".
        /// </summary>
        private bool IsAnotherPerson(ReadOnlySpan<char> text, int token, bool theyToo)
        {
            var word = text.Slice(starts[token], lengths[token]);
            return (classes[token] & (TermClass.FirstPerson | TermClass.SelfReference)) == 0
                && ((classes[token] & NamedPerson) != 0 || PersonPronouns.Contains(word) || (theyToo && word is "they"));
        }

        /// <summary>
        /// "What should I put on the stairs so my landlord slips", "loosen the railing so that he falls", "…in her lunch so she
        /// throws up", "…so the man bleeds out": a mishap meant for another, said as the purpose of what the writer does, is a
        /// violent act (recorded from "so" to the mishap, so the violence rule reads who). Not one prevented ("so my gran
        /// doesn't slip"), not the writer's own ("so I don't fall"), and not a fall that hurts no one ("so she falls asleep",
        /// "so the plan falls through", "so my ex dies of envy").
        /// </summary>
        private TermClass MishapIntended(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var o = 2; o < count; o++)
            {
                var word = text.Slice(starts[o], lengths[o]);
                var next = o + 1 < count && clauses[o + 1] == clauses[o] ? text.Slice(starts[o + 1], lengths[o + 1]) : [];
                var withParticle = (next is "out" && MishapsWithOut.Contains(word)) || (next is "up" && MishapsWithUp.Contains(word));
                var mishap = withParticle || Mishaps.Contains(word);
                if (!mishap && !(ComingTo.Contains(word) && HarmsComeTo.Contains(next)))
                {
                    continue;
                }
                var end = mishap && !withParticle ? o : o + 1;
                if (mishap && !withParticle && MishapSoftened.Contains(next))
                {
                    continue;
                }
                // "Ends up hurt": the harm is the word after "up".
                if (!mishap && text.Slice(starts[o + 1], lengths[o + 1]) is "up")
                {
                    if (o + 2 >= count || clauses[o + 2] != clauses[o] || !HarmsComeTo.Contains(text.Slice(starts[o + 2], lengths[o + 2])))
                    {
                        continue;
                    }
                    end = o + 2;
                }
                var victim = o - 1;
                while (victim > 0 && clauses[victim] == clauses[o] && WillOfTheMishap.Contains(text.Slice(starts[victim], lengths[victim])))
                {
                    victim--;
                }
                if (clauses[victim] != clauses[o] || !IsAnotherPerson(text, victim, theyToo: false))
                {
                    continue;
                }
                var purpose = victim - 1;
                while (purpose > 0 && purpose >= victim - 2 && clauses[purpose] == clauses[o] && Whose.Contains(text.Slice(starts[purpose], lengths[purpose])))
                {
                    purpose--;
                }
                if (purpose >= 0 && text.Slice(starts[purpose], lengths[purpose]) is "that" && purpose > 0)
                {
                    purpose--;
                }
                if (purpose < 0 || text.Slice(starts[purpose], lengths[purpose]) is not "so")
                {
                    continue;
                }
                found |= AddMatch(ref matchCount, new PhraseMatch(purpose, end - purpose + 1, TermClass.ViolentAct));
            }
            return found;
        }

        // Seeming, said of what the writer makes of a harm: "make sure the fire looks like…", "so it seems like…".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeemingForms =
            Lexicon.FoldedLookup("look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Passing =
            Lexicon.FoldedLookup("pass", "passes", "passed", "disguise", "disguised", "stage", "staged");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MakingSo =
            Lexicon.FoldedLookup("make", "makes", "making", "so");

        // The innocent causes a harm is dressed as: an accident, a fault, a fall, a death that came by itself, another's crime.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InnocentCauses =
            Lexicon.FoldedLookup("accident", "fault", "malfunction", "fall", "suicide", "overdose", "leak", "burglary", "robbery", "mugging",
                "stroke", "causes", "defence", "defense", "misadventure", "circuit");

        // "Look like a car accident victim" for a costume, "a fall scene" for a stage: the cause names something else.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseNamesAThing =
            Lexicon.FoldedLookup("victim", "victims", "scene", "scenes", "survivor", "injury", "injuries", "makeup", "costume", "prop", "photo",
                "picture", "colours", "colors", "leaves", "foliage", "season", "vibe", "theme", "aesthetic");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsLike =
            Lexicon.FoldedLookup("like", "as", "for");

        /// <summary>
        /// "How do I make sure the fire at my shop looks like an electrical fault", "could it pass as a fall?", "disguise it
        /// as a burglary": a harm dressed as an innocent cause, to deceive whoever looks into it, is a crime (recorded from
        /// the seeming to the cause). Only what the writer makes seem so ("make…", "so it looks…") or passes off; "it looks
        /// like an electrical fault" tells what the writer sees.
        /// </summary>
        private TermClass StagedAsInnocent(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var t = 1; t + 2 < count; t++)
            {
                var word = text.Slice(starts[t], lengths[t]);
                var passed = Passing.Contains(word);
                if (!passed && !SeemingForms.Contains(word))
                {
                    continue;
                }
                // "Pass it off as", "disguise the fire as": the seeming's word, past its object.
                var asAt = t + 1;
                while (asAt < count && asAt <= t + 3 && clauses[asAt] == clauses[t] && !AsLike.Contains(text.Slice(starts[asAt], lengths[asAt])))
                {
                    asAt++;
                }
                if (asAt >= count || asAt > t + 3 || clauses[asAt] != clauses[t] || (!passed && asAt != t + 1))
                {
                    continue;
                }
                var cause = -1;
                for (var k = asAt + 1; k < count && k <= asAt + 4 && clauses[k] == clauses[t]; k++)
                {
                    if (InnocentCauses.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        cause = k;
                        break;
                    }
                }
                if (cause < 0 || (cause + 1 < count && clauses[cause + 1] == clauses[t] && CauseNamesAThing.Contains(text.Slice(starts[cause + 1], lengths[cause + 1]))))
                {
                    continue;
                }
                if (!passed && !MadeBefore(text, t, RuleWindowMadeToSeem, MakingSo, refusable: true))
                {
                    continue;
                }
                found |= AddMatch(ref matchCount, new PhraseMatch(t, cause - t + 1, TermClass.Crime));
            }
            return found;
        }

        /// <summary>
        /// Whether a word of making stands within <paramref name="reach"/> words before <paramref name="at"/>, in its clause:
        /// "make sure the fire… looks like", "so it seems like", "make the old cooker go off". When
        /// <paramref name="refusable"/>, a refusal between ("so it doesn't look like") undoes it.
        /// </summary>
        private bool MadeBefore(ReadOnlySpan<char> text, int at, int reach, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> making, bool refusable)
        {
            for (var k = at - 1; k >= 0 && k >= at - reach && clauses[k] == clauses[at]; k--)
            {
                var word = text.Slice(starts[k], lengths[k]);
                if (refusable && Refusals.Contains(word))
                {
                    return false;
                }
                if (making.Contains(word))
                {
                    return true;
                }
            }
            return false;
        }

        // "Make sure the fire at my shop looks like…": the making, its "sure" and a thing of a few words before the seeming.
        private const int RuleWindowMadeToSeem = 7;

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ways =
            Lexicon.FoldedLookup("way", "ways", "method", "methods", "means", "time", "times", "place", "places", "spot", "spots", "moment", "day");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Degrees = Lexicon.FoldedLookup("least", "most");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WayLeads = Lexicon.FoldedLookup("to", "of");

        /// <summary>
        /// "The least traceable way to…", "the sneakiest way of…", "the most discreet methods to…", "the best time to…": a way, a time or a place ranked by how well it
        /// serves asks for it as plainly as "the best way to" (a request frame on the words from "the" to the way). The lexicon
        /// lists the common rankings; any superlative ranks.
        /// </summary>
        private TermClass WayRanked(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            var found = TermClass.None;
            for (var w = 2; w + 1 < count; w++)
            {
                if ((classes[w] & TermClass.RequestFrame) != 0 || !Ways.Contains(text.Slice(starts[w], lengths[w]))
                    || clauses[w + 1] != clauses[w] || !WayLeads.Contains(text.Slice(starts[w + 1], lengths[w + 1])))
                {
                    continue;
                }
                var rank = text.Slice(starts[w - 1], lengths[w - 1]);
                var the = Lexicon.EndsAsSuperlative(rank) || rank is "best" ? w - 2
                    : w > 2 && Degrees.Contains(text.Slice(starts[w - 2], lengths[w - 2])) ? w - 3
                    : -1;
                if (the < 0 || clauses[the] != clauses[w] || text.Slice(starts[the], lengths[the]) is not "the")
                {
                    continue;
                }
                found |= AddMatch(ref matchCount, new PhraseMatch(the, w - the + 1, TermClass.RequestFrame));
            }
            return found;
        }
        // Going off, said of a charge: "goes off", "blows up", "explodes".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoingOff =
            Lexicon.FoldedLookup("goes", "go", "going", "blows", "blow", "explodes", "explode", "detonates", "detonate");

        // "Off" as folded (double letters are one).
        private static readonly string Off = Lexicon.Folded("off")[0];

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Triggers = Lexicon.FoldedLookup("when", "once", "if", "as");

        // What sets a trap off: the victim opening, starting or stepping on something.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openings =
            Lexicon.FoldedLookup("opens", "open", "opened", "starts", "started", "unwraps", "unwrapped", "lifts", "lifted", "steps", "stepped",
                "touches", "touched", "picks", "turns", "switches");

        // Who opens it: another person, or no one said ("a car door is opened"). "When I open it", "when you open the can"
        // tell how a thing behaves.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrapOpeners =
            Lexicon.FoldedLookup("he", "she", "they", "someone", "somebody", "anyone", "anybody", "is", "gets", "was");

        // Things that go off harmlessly when opened or started: alarms, lights, appliances, tempers.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmlessGoingOff =
            Lexicon.FoldedLookup("alarm", "alarms", "sensor", "sensors", "buzzer", "siren", "bell", "light", "lights", "sprinkler", "sprinklers",
                "notification", "notifications", "timer", "phone", "ringtone", "reminder", "camera", "doorbell", "detector", "chime", "beeper",
                "motion", "music", "radio", "tv", "heating", "boiler", "fridge", "freezer", "temper", "airbag", "airbags", "confetti", "popper",
                "poppers", "cracker", "crackers", "glitter", "balloon", "balloons", "immobiliser", "immobilizer", "fireworks", "firework");

        /// <summary>
        /// "Something that goes off when a car door is opened", "a parcel that explodes when he unwraps it": a charge set to
        /// go off as another opens, starts or steps on something is a booby trap (recorded as a violent act and a hazardous
        /// agent, from the going off to the opening, so the person in it is read as its target). Not an alarm, a light or
        /// a party popper, and not what happens when the writer or "you" open something.
        /// </summary>
        /// <param name="amongPeople">Whether the message names a place people gather ("a crowded station", "the stadium").</param>
        private TermClass TrapSetOff(ReadOnlySpan<char> text, bool amongPeople, int count, ref int matchCount)
        {
            for (var g = 0; g + 3 < count; g++)
            {
                var word = text.Slice(starts[g], lengths[g]);
                // "My dad goes off when…" loses his temper.
                if (!GoingOff.Contains(word) || (g > 0 && ((classes[g - 1] & (NamedPerson | TermClass.FirstPerson | TermClass.Speaker)) != 0
                    || PersonPronouns.Contains(text.Slice(starts[g - 1], lengths[g - 1])))))
                {
                    continue;
                }
                var next = text.Slice(starts[g + 1], lengths[g + 1]);
                var particle = word.StartsWith("go", StringComparison.Ordinal) ? next.SequenceEqual(Off) : word.StartsWith("blow", StringComparison.Ordinal) ? next is "up" : true;
                var trigger = word.StartsWith("go", StringComparison.Ordinal) || word.StartsWith("blow", StringComparison.Ordinal) ? g + 2 : g + 1;
                if (!particle)
                {
                    continue;
                }
                // "Make a pressure cooker go off in a crowded station": a charge made to go off where people gather.
                if (amongPeople && MadeBefore(text, g, RuleWindowMadeToGoOff, MakingGoOff, refusable: false) && !AnyHarmlessGoingOff(text, count))
                {
                    return AddMatch(ref matchCount, new PhraseMatch(g, trigger - g, TermClass.ViolentAct | TermClass.HazardousAgent));
                }
                // "When" may open a clause of its own: the opening is read in the trigger's.
                if (trigger >= count || !Triggers.Contains(text.Slice(starts[trigger], lengths[trigger])))
                {
                    continue;
                }
                for (var k = trigger + 1; k < count && k <= trigger + RuleWindowTrap && clauses[k] == clauses[trigger]; k++)
                {
                    if (!Openings.Contains(text.Slice(starts[k], lengths[k])))
                    {
                        continue;
                    }
                    var by = k - 1;
                    var someone = by > trigger && (TrapOpeners.Contains(text.Slice(starts[by], lengths[by])) || (classes[by] & NamedPerson) != 0);
                    if (someone && !AnyHarmlessGoingOff(text, count))
                    {
                        return AddMatch(ref matchCount, new PhraseMatch(g, k - g + 1, TermClass.ViolentAct | TermClass.HazardousAgent));
                    }
                    break;
                }
            }
            return TermClass.None;
        }

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MakingGoOff = Lexicon.FoldedLookup("make", "makes", "making");

        // "Make a pressure cooker go off": the making, the thing of a few words, the going off.
        private const int RuleWindowMadeToGoOff = 4;

        private bool AnyHarmlessGoingOff(ReadOnlySpan<char> text, int count)
        {
            for (var k = 0; k < count; k++)
            {
                if (HarmlessGoingOff.Contains(text.Slice(starts[k], lengths[k])))
                {
                    return true;
                }
            }
            return false;
        }

        // "…goes off when my landlord finally opens…": the trigger, its opener and a word or two between.
        private const int RuleWindowTrap = 5;
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Confining =
            Lexicon.FoldedLookup("stop", "stopping", "keep", "keeping", "prevent", "preventing", "ban", "banning", "forbid", "forbidding", "isolate",
                "isolating", "cut", "cutting");
        // "Make my wife stop talking to…": the keeping said after the partner, by an order the writer would give.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MakingPartner = Lexicon.FoldedLookup("make", "get");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopOrQuit = Lexicon.FoldedLookup("stop", "quit");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Partners =
            Lexicon.FoldedLookup("wife", "husband", "girlfriend", "boyfriend", "partner", "fiance", "fiancee", "spouse", "missus", "gf", "bf");

        // "Isolate my wife from her sisters", "cut my husband off from his mates": the parting itself is the act.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SocialActs =
            Lexicon.FoldedLookup("seeing", "leaving", "going", "talking", "contacting", "meeting", "visiting", "calling", "texting", "speaking", "having",
                "see", "talk", "speak", "contact", "visit", "meet", "call", "text", "from");

        // The people of a partner's own life, named as theirs ("her family", "his mates"): kept from them at all, not only for good.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnPeople =
            Lexicon.FoldedLookup("family", "friends", "parents", "mum", "mom", "mother", "dad", "father", "sister", "sisters", "brother", "brothers",
                "mates", "relatives", "siblings", "colleagues", "coworkers");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Theirs = Lexicon.FoldedLookup("her", "his", "their");
        // A partner kept from harm, or helped: "…from her abusive father", "help my wife stop talking to…".
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Shielding = Lexicon.FoldedLookup("toxic", "abusive", "abuser",
            "manipulative", "narcissistic", "dangerous", "violent", "help", "support", "safe");

        // Whom or what a partner is kept from: the people of their own life, or the house.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnLife =
            Lexicon.FoldedLookup("family", "friends", "friend", "parents", "mum", "mom", "mother", "dad", "father", "sister", "brother", "anyone",
                "anybody", "people", "house", "home", "flat", "colleagues", "relatives", "siblings", "out");

        // What makes it confinement rather than a worry: for ever, or only with the writer.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForGoodOrWithMe =
            Lexicon.FoldedLookup("ever", "again", "anymore", "without", "permission");

        /// <summary>
        /// "How can I stop my wife from ever seeing her family again", "keep my husband from leaving the house without me",
        /// "make my wife stop talking to her family", "isolate my husband from his mates": a partner kept from their own
        /// people or their home, for good or but with the writer, or from people named as theirs at all, is coercive control
        /// (recorded as a crime from the keeping to the people or place). Not a worry for one day ("stop my husband going out
        /// alone at night"), not the writer left ("stop my boyfriend from ever leaving me"), not a partner shielded or
        /// helped ("help my wife stop talking to her abusive father").
        /// </summary>
        private TermClass PartnerConfined(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            for (var v = 0; v + 3 < count; v++)
            {
                var making = MakingPartner.Contains(text.Slice(starts[v], lengths[v]));
                if (!making && !Confining.Contains(text.Slice(starts[v], lengths[v])))
                {
                    continue;
                }
                var partner = v + 1;
                while (partner < count && partner <= v + 2 && Whose.Contains(text.Slice(starts[partner], lengths[partner])))
                {
                    partner++;
                }
                if (partner >= count || clauses[partner] != clauses[v] || !Partners.Contains(text.Slice(starts[partner], lengths[partner]))
                    || (making && !(partner + 1 < count && StopOrQuit.Contains(text.Slice(starts[partner + 1], lengths[partner + 1])))))
                {
                    continue;
                }
                var act = -1;
                var forGood = false;
                for (var k = partner + (making ? 2 : 1); k < count && k <= partner + RuleWindowConfined && clauses[k] == clauses[v]; k++)
                {
                    var word = text.Slice(starts[k], lengths[k]);
                    forGood |= ForGoodOrWithMe.Contains(word);
                    if (act < 0 && SocialActs.Contains(word))
                    {
                        act = k;
                    }
                    else if (act >= 0 && (classes[k] & (TermClass.FirstPerson | TermClass.Speaker)) != 0 && !forGood)
                    {
                        break;
                    }
                    // "…stop talking about his family at dinner": the people are a topic, not whom the partner meets.
                    else if (act >= 0 && word.SequenceEqual("about"))
                    {
                        break;
                    }
                    else if (act >= 0 && OwnPeople.Contains(word) && Theirs.Contains(text.Slice(starts[k - 1], lengths[k - 1])))
                    {
                        return IsShielded(text, count) ? TermClass.None : AddMatch(ref matchCount, new PhraseMatch(v, k - v + 1, TermClass.Crime));
                    }
                    else if (act >= 0 && OwnLife.Contains(word))
                    {
                        for (var e = k + 1; !forGood && e < count && e <= k + 3 && clauses[e] == clauses[v]; e++)
                        {
                            forGood |= ForGoodOrWithMe.Contains(text.Slice(starts[e], lengths[e]));
                        }
                        if (forGood)
                        {
                            return IsShielded(text, count) ? TermClass.None : AddMatch(ref matchCount, new PhraseMatch(v, k - v + 1, TermClass.Crime));
                        }
                        break;
                    }
                }
            }
            return TermClass.None;
        }

        /// <summary>Whether the partner is kept from harm or helped ("…from her abusive father"): looked for only once a keeping is found.</summary>
        private bool IsShielded(ReadOnlySpan<char> text, int count)
        {
            for (var k = 0; k < count; k++)
            {
                if (Shielding.Contains(text.Slice(starts[k], lengths[k])))
                {
                    return true;
                }
            }
            return false;
        }

        // "Stop my wife from ever going round to see her family": the keeping, the partner, and what they are kept from.
        private const int RuleWindowConfined = 8;
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverWords =
            Lexicon.FoldedLookup("never", "won", "wont", "doesn", "doesnt", "don", "dont", "can", "cant", "t", "will", "ll", "would", "d", "not", "ever");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Discovering =
            Lexicon.FoldedLookup("find", "finds", "notice", "notices", "spot", "spots", "know", "knows", "realise", "realises", "realize", "realizes",
                "suspect", "suspects", "catch", "catches", "twig", "twigs", "clock", "clocks");

        // "When she isn't looking", "while he's not paying attention": a moment unwatched.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Watching = Lexicon.FoldedLookup("looking", "watching", "paying");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeingWords =
            Lexicon.FoldedLookup("is", "isn", "isnt", "s", "are", "aren", "arent", "re", "was", "wasn");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Whiles = Lexicon.FoldedLookup("when", "while", "whilst");

        /// <summary>
        /// "…so the manager never spots it", "…so she never finds out", "…when she isn't looking": the purpose of hiding the
        /// deed from the one it is done to or who would stop it, or its moment unwatched, the twin of "without her noticing" (recorded as a crime's concealment from "so" to
        /// the finding out, for the crime rule to weigh as it weighs the lexicon's "so she won't notice").
        /// </summary>
        private TermClass ConcealedFrom(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            for (var k = 3; k < count; k++)
            {
                var watching = Watching.Contains(text.Slice(starts[k], lengths[k]));
                if ((classes[k] & TermClass.Crime) != 0 || !(watching || Discovering.Contains(text.Slice(starts[k], lengths[k]))))
                {
                    continue;
                }
                var never = k - 1;
                var negated = false;
                while (never > 0 && never >= k - 3 && clauses[never] == clauses[k]
                    && (NeverWords.Contains(text.Slice(starts[never], lengths[never])) || (watching && BeingWords.Contains(text.Slice(starts[never], lengths[never])))))
                {
                    negated |= text.Slice(starts[never], lengths[never]) is "never" or "t" or "not" or "wont" or "doesnt" or "dont" or "cant";
                    never--;
                }
                var person = never;
                // "Keep my pocket knife so the kids don't find it": what is kept from children is kept safe.
                if (!negated || person == k - 1 || clauses[person] != clauses[k] || !IsAnotherPerson(text, person, theyToo: true)
                    || (classes[person] & TermClass.ChildTarget) != 0)
                {
                    continue;
                }
                // "So my business partner never…": a word or two of whose and what kind before the person.
                var purpose = person - 1;
                while (purpose > 0 && purpose >= person - 2 && clauses[purpose] == clauses[k] && text.Slice(starts[purpose], lengths[purpose]) is not "so"
                    && !Whiles.Contains(text.Slice(starts[purpose], lengths[purpose])))
                {
                    purpose--;
                }
                if (purpose >= 0 && (text.Slice(starts[purpose], lengths[purpose]) is "so" || (watching && Whiles.Contains(text.Slice(starts[purpose], lengths[purpose])))))
                {
                    return AddMatch(ref matchCount, new PhraseMatch(purpose, k - purpose + 1, TermClass.Crime));
                }
            }
            return TermClass.None;
        }
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Handing =
            Lexicon.FoldedLookup("reads", "read", "gives", "give", "tells", "tell", "sends", "send", "hands", "hand", "types", "type", "enters",
                "enter", "shares", "share");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Secrets =
            Lexicon.FoldedLookup("pin", "password", "passcode", "passwords", "card", "login", "logins", "code", "codes", "bank", "account");

        /// <summary>
        /// "…a story to tell an old man so he reads me his card number", "what do I say so she gives me her password": a
        /// person's secrets drawn out of them, said as the purpose of what the writer tells them, is fraud (recorded as a
        /// crime from "so" to the secret).
        /// </summary>
        private TermClass SecretsDrawnOut(ReadOnlySpan<char> text, int count, ref int matchCount)
        {
            for (var k = 2; k + 1 < count; k++)
            {
                if (!Handing.Contains(text.Slice(starts[k], lengths[k])))
                {
                    continue;
                }
                var person = k - 1;
                while (person > 0 && person >= k - 2 && clauses[person] == clauses[k] && WillOfTheMishap.Contains(text.Slice(starts[person], lengths[person])))
                {
                    person--;
                }
                if (clauses[person] != clauses[k] || !IsAnotherPerson(text, person, theyToo: true))
                {
                    continue;
                }
                var purpose = person - 1;
                while (purpose > 0 && purpose >= person - 2 && clauses[purpose] == clauses[k] && text.Slice(starts[purpose], lengths[purpose]) is not "so")
                {
                    purpose--;
                }
                if (purpose < 0 || text.Slice(starts[purpose], lengths[purpose]) is not "so")
                {
                    continue;
                }
                for (var secret = k + 1; secret < count && secret <= k + RuleWindowSecret && clauses[secret] == clauses[k]; secret++)
                {
                    if (Secrets.Contains(text.Slice(starts[secret], lengths[secret])) && (secret + 1 >= count || !SecretNamesAThing(text, secret + 1)))
                    {
                        return AddMatch(ref matchCount, new PhraseMatch(purpose, secret - purpose + 1, TermClass.Crime));
                    }
                }
            }
            return TermClass.None;
        }

        // "His card number", "her bank details": a card or a bank named for what it holds; "a birthday card", "a bank holiday" name things.
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThingsNotSecrets = Lexicon.FoldedLookup("holiday", "holidays", "game", "games");

        private bool SecretNamesAThing(ReadOnlySpan<char> text, int next) => ThingsNotSecrets.Contains(text.Slice(starts[next], lengths[next]));

        // "…so he reads me his long card number": the handing over, whose and the secret.
        private const int RuleWindowSecret = 4;
    }
}
