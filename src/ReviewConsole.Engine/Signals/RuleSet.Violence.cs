using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of violence: violent acts and their targets, threats, menace, weapons, gore and covert dosing.</summary>
internal readonly ref partial struct RuleSet
{
    // The violent verbs that are cruelty when a pet is their object: "shoot" a dog is also to photograph it, "hurt" is
    // mostly a worried owner's question.
    private static readonly string[] CrueltyVerbs = Lexicon.Folded("torture", "torturing", "hang", "hanging", "abuse", "abusing", "poison", "poisoning", "drown", "drowning", "starve",
        "starving", "strangle", "choke", "mutilate", "maim", "stab", "burn", "kick", "skin", "dismember", "electrocute", "kill", "killing", "hurt", "hurting", "injure", "injuring");

    private static readonly string[] Hanging = Lexicon.Folded("hang", "hanging");
    // What may follow an animal that is itself hanged: "…by its neck", "…from a tree", "…upside down".
    private static readonly string[] AfterTheHanged = Lexicon.Folded("by", "from", "until", "till", "with", "up", "upside", "in", "on", "to", "off");

    /// <summary>
    /// "Hang my cat's picture", "hang the hamster cage", "hang my dog's lead": what is hung belongs to the animal or is
    /// named by it. Only an animal at the clause's end, or before "by", "from" and the like, is hanged.
    /// </summary>
    private bool IsHungThing(PhraseMatch verb, int animal) =>
        IsOneOf(verb.Token, Hanging) && animal + 1 < view.Count && view.Clause(animal + 1) == view.Clause(animal) && !IsOneOf(animal + 1, AfterTheHanged);

    // Verbs that are more often nouns ("skin tone", "light skin"): violence only with a person right after them.
    private static readonly string[] VictimOnlyVerbs = Lexicon.Folded("skin");
    // Before a verb: "how to skin", "help me embezzle".
    private static readonly string[] VerbLeads = Lexicon.Folded("to", "i", "me", "we", "you", "they", "he", "she", "can", "could", "should", "would", "will", "ll",
        "d", "and", "then", "please", "gonna", "wanna", "must");

    // Words that make "hurt" a feeling or a harm suffered ("she felt hurt", "he got hurt at work"), and the subjects
    // that turn a negation into a question ("why shouldn't I…").
    private static readonly string[] FeelingHurt = Lexicon.Folded("feel", "felt", "feeling", "so", "very", "been", "get", "got", "am", "was", "were", "is", "be", "being");
    private static readonly string[] Hurt = Lexicon.Folded("hurt", "hurting");
    private static readonly string[] Push = Lexicon.Folded("push", "pushing", "pushed", "pushes");
    private static readonly string[] Subjects = Lexicon.Folded("i", "we", "you", "he", "she", "they");
    private static readonly string[] Threatened = Lexicon.Folded("threatened", "threatens", "threatening");
    private static readonly string[] WriterAsSubject = Lexicon.Folded("i", "we", "ve", "m", "am");
    private static readonly string[] PassiveHelpers = Lexicon.Folded("got", "was", "were", "been", "being");

    /// <summary>
    /// A violent verb that tells of harm suffered or refused, not asked for: a passive ("was attacked by"), "hurt" as a
    /// feeling, a threat someone else made ("my neighbour threatened to poison my dog"), or a negation just before the
    /// verb ("I'd never hit a child").
    /// </summary>
    private bool IsSuffered(PhraseMatch verb)
    {
        var after = verb.Token + verb.Words;
        // "Was attacked by…", "I got beaten up at school".
        if (view.TokenIs(after, "by") || IsOneOf(verb.Token - 1, PassiveHelpers))
        {
            return true;
        }
        if (view.TokenIs(verb.Token - 1, "to") && IsOneOf(verb.Token - 2, Threatened) && !IsOneOf(verb.Token - 3, WriterAsSubject))
        {
            return true;
        }
        if (IsOneOf(verb.Token, Hurt) && IsOneOf(verb.Token - 1, FeelingHurt))
        {
            return true;
        }
        // "Why shouldn't I hurt him" asks: a negation followed by its subject is a question turned around, not a refusal.
        var negation = -1;
        for (var t = Math.Max(0, verb.Token - RuleWindow.NegationBeforeVerb); t < verb.Token; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0)
            {
                negation = t;
            }
        }
        return negation >= 0 && !IsOneOf(negation + 1, Subjects);
    }

    /// <summary>
    /// "Hold someone under water", "make you bleed": a violent phrase that names its victim inside itself. Not a pronoun
    /// that ends it ("it would break her" tells of a feeling).
    /// </summary>
    private int? VictimInside(PhraseMatch match)
    {
        for (var k = match.Token + 1; k < match.Token + match.Words; k++)
        {
            var c = view.Classes(k);
            // "Make my sister's hamster die": the owner named before the possessive is not the one harmed, the animal or person
            // owned is ("…my cousin's jaw" harms the cousin).
            if (view.TokenIs(k + 1, "s") && k + 2 < match.Token + match.Words
                && (view.Classes(k + 2) & (TermClass.Animal | TermClass.HumanTarget | TermClass.ChildTarget)) != 0)
            {
                continue;
            }
            // "Make them bleed": a pronoun the harm follows inside the phrase is the one harmed.
            var pronounHarmed = (c & TermClass.HumanTarget) != 0 && k + 1 < match.Token + match.Words;
            // "Cut their throats": another's body, the harm's end.
            var bodyHarmed = (c & TermClass.BodyPart) != 0 && IsOneOf(k - 1, OthersBodies);
            if ((c & (TermClass.HumanTarget | TermClass.Anaphor)) == TermClass.HumanTarget || pronounHarmed || bodyHarmed || (c & (TermClass.SecondPerson | TermClass.Animal)) != 0)
            {
                return k;
            }
        }
        return null;
    }

    private static readonly string[] Possessives = Lexicon.Folded("my", "your", "ur", "his", "her", "our", "their");
    private static readonly string[] OthersBodies = Lexicon.Folded("his", "her", "their");

    // "The human gut", "animal hide": a kind's name before a violent word makes it a part of a body.
    private static readonly string[] Kinds = Lexicon.Folded("human", "animal");

    /// <summary>"If my crush likes me back", "her cut healed", "the human gut": a violent word after a possessive or a kind names a thing, not an act.</summary>
    private bool IsNoun(PhraseMatch verb) =>
        verb.Words == 1 && (verb.Classes & TermClass.InherentlyHarmful) == 0
        && (IsOneOf(verb.Token - 1, Possessives) || IsOneOf(verb.Token - 1, Kinds) || IsDeathNamed(verb.Token));

    private static readonly string[] Death = Lexicon.Folded("death");
    private static readonly string[] WishingFor = Lexicon.Folded("want", "wish", "wishing", "deserve", "deserves", "wants", "pray", "demand");

    /// <summary>
    /// "How do I explain death to my 5 year old": "death" named as a subject, not called down on anyone ("death to…",
    /// "I want his death", "they deserve death") nor the end of a deed ("beaten to death").
    /// </summary>
    private bool IsDeathNamed(int token) =>
        IsOneOf(token, Death) && !view.TokenIs(token - 1, "to") && !AnyOf(Math.Max(0, token - 3), token - 1, WishingFor)
        && (!view.TokenIs(token + 1, "to") || AnyOf(Math.Max(0, token - 2), token - 1, Explaining));

    // "Explain death to my son": "to" names who hears of it, not whom it is called down on.
    private static readonly string[] Explaining = Lexicon.Folded("explain", "explaining", "describe", "introduce", "discuss", "teach", "teaching", "about");

    // Nouns that make a crime's name the name of a case, a person it happened to or a way of dealing with it: "a rape kit",
    // "murder trial", "terrorism laws".
    private static readonly string[] CaseNouns = Lexicon.Folded("victim", "victims", "survivor", "survivors", "kit", "kits", "case", "cases", "trial", "trials",
        "charge", "charges", "investigation", "investigations", "investigator", "investigators", "detective", "detectives", "rate", "rates", "statistics",
        "stats", "law", "laws", "crisis", "awareness", "prevention", "allegation", "allegations", "accusation", "accusations", "conviction", "convictions",
        "sentence", "sentences", "mystery", "mysteries", "suspect", "suspects", "podcast", "podcasts", "documentary", "documentaries", "novel",
        "novels", "hotline", "helpline", "counsellor", "counselor", "counselling", "counseling", "centre", "center", "unit", "squad", "inquiry", "inquest",
        "verdict", "forensics", "statute");
    // "It was murder", "was it suicide", "ruled a homicide": a death or a deed classified, not committed. The past ones
    // alone classify a death that may be the writer's own ("is it suicide if I…" is not one).
    private static readonly string[][] PastClassifyingLeads = [Lexicon.Folded("it", "was"), Lexicon.Folded("was", "it"), Lexicon.Folded("ruled", "a"),
        Lexicon.Folded("ruled"), Lexicon.Folded("was", "a")];
    private static readonly string[][] ClassifyingLeads = [.. PastClassifyingLeads, Lexicon.Folded("is", "it"), Lexicon.Folded("it", "s"),
        Lexicon.Folded("counts", "as"), Lexicon.Folded("count", "as"), Lexicon.Folded("considered")];
    private static readonly string[] The = Lexicon.Folded("the");
    private static readonly string[] PastMarkers = Lexicon.Folded("was", "were", "did", "died", "happened", "killed", "carried", "started", "began",
        "ended", "caused", "led", "survived", "committed", "perpetrated", "victims");

    private bool ClauseHasAnyOf(int token, string[] words)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (view.Clause(t) == view.Clause(token) && IsOneOf(t, words))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "A rape kit", "the murder trial", "was it murder or an accident", "how do detectives tell murder from suicide":
    /// a crime's one word that names a case, a kind of case or a death classified, not a deed anyone does or asks to do.
    /// So is the word coordinated with such a name ("murder or suicide", "suicide or murder" after "was it"). Of a death
    /// not yet past (<paramref name="present"/> false), only a classification in the past counts: "is it suicide if I…"
    /// may be the writer's own.
    /// </summary>
    private bool IsNamedEvent(PhraseMatch deed, bool present = true)
    {
        if (deed.Words != 1)
        {
            return false;
        }
        var next = deed.Token + 1;
        if (next < view.Count && IsOneOf(next, CaseNouns))
        {
            return true;
        }
        foreach (var lead in present ? ClassifyingLeads : PastClassifyingLeads)
        {
            if (WordsAt(deed.Token - lead.Length, lead))
            {
                return true;
            }
        }
        // "How many died in the [name] massacre", "who carried out the [city] bombing": a deed named with "the" in a clause
        // that tells of the past is an event of history or the news.
        if (present && AnyOf(deed.Token - RuleWindow.NamedEvent, deed.Token - 1, The) && ClauseHasAnyOf(deed.Token, PastMarkers))
        {
            return true;
        }
        // "…it was murder or suicide": the second of two named together, after "or".
        return deed.Token >= 3 && view.TokenIs(deed.Token - 1, "or") && IsNamedEvent(new PhraseMatch(deed.Token - 2, 1, view.Classes(deed.Token - 2)), present);
    }

    /// <summary>"I keep pushing friends away", "pushed her family away": keeping someone at a distance, not a shove.</summary>
    private bool IsPushedAway(PhraseMatch verb)
    {
        if (!IsOneOf(verb.Token, Push))
        {
            return false;
        }
        for (var t = verb.Token + 1; t < view.Count && t <= verb.Token + RuleWindow.PushedAway; t++)
        {
            if (view.TokenIs(t, "away"))
            {
                return true;
            }
        }
        return false;
    }

    // What says a threat already made is meant ("try me", "mark my words"), will be carried out by many ("one by one"), is
    // on its way ("I'm driving there", "I'll bring…", "starting tonight") or has its means ("I've got screenshots"): no
    // harm of its own, a threat pressed after one.
    private static readonly string[][] ThreatPressers = Phrases(
        "try me", "i m serious", "i mean it", "i m not joking", "i m not kidding", "not joking", "not kidding", "no joke", "watch me", "mark my words",
        "you ve been warned", "you have been warned", "consider yourself warned", "you ll see", "just wait", "wait and see", "one by one", "counting your days",
        "count your days", "ll regret", "will regret", "gonna regret", "going to regret", "nowhere to hide", "can t hide", "tick tock", "see you soon",
        "one eye open", "on my way", "driving there", "driving over", "heading there", "heading over", "coming over", "i ll bring", "i m bringing",
        "i ll be there", "i m outside", "i ll be waiting", "i ll wait outside", "waiting outside", "coming for", "i ll find", "same to you", "same thing to you", "you re next", "you ll be next",
        "you are next", "you will be next", "dead serious", "you asked for it", "for now", "see you later", "see you around", "be seeing you", "i ll be back", "until next time",
        "starting tonight", "starting today", "starting tomorrow", "starting now", "starting right now", "got screenshots", "have screenshots",
        "got proof", "have proof", "got receipts", "have receipts", "saved everything", "don t think i won t", "don t think i wouldn t",
        "i know his name", "i know her name", "i know their names", "to watch out", "go to the press", "go to the media", "done it before",
        "got the petrol", "got the gasoline", "got the matches", "got the lighter", "bought the petrol", "bought petrol", "count on it",
        "you have until", "you ve got until", "nobody will trust you", "no one will trust you", "think very carefully", "think carefully about",
        "show up at", "turn up at", "last chance", "final chance", "think i m joking", "think i m kidding", "think i m bluffing", "think i am joking",
        "think i am kidding", "think i am bluffing", "read about it",
        "on the news", "in the news", "i know the name", "i know the names",
        "teach them a lesson", "teach you a lesson", "teach him a lesson", "teach her a lesson", "will teach them", "ll teach them",
        "won t be hard to find", "not hard to find", "easy to find", "know which city", "know what city", "know where they",
        "know where he", "know where she", "find their cars", "find their car", "find their homes", "find their house",
        "test me", "not bluffing", "see what happens", "you ll find out", "find out the hard way", "nobody will believe you", "no one will believe you",
        "goes viral", "go viral", "going viral",
        // A threat carried on with no verb of its own: "every last server", "…and dance in the ashes", "because I will".
        "every last", "dance in the ashes", "dance on the ashes", "because i will", "i will too", "and i will",
        // The one threatened in reach, and the order the threat is for pressed: "he's right here", "answer now".
        "s right here", "right next to me", "answer now", "do it now", "every single day",
        // Those threatened kept from their work for good, and living near: "make sure they never code again", "…lives ten
        // minutes from me".
        "make sure they never", "make sure he never", "make sure she never", "minutes from me", "minutes away from me", "lives near me",
        "live near me", "lives nearby", "lives down the road", "lives round the corner", "lives around the corner",
        // Courage dared, the blame laid on the one addressed, and what was found spread: "let's see how brave they are",
        // "you did this", "posting it everywhere".
        "see how brave", "see how tough", "see how hard", "you did this", "you made me do this", "this is on you", "on your hands", "on your conscience",
        "posting it everywhere", "post it everywhere", "sharing it everywhere", "share it everywhere",
        // The pain foretold relished: "you'll be begging me to stop", "I'll enjoy every second of it".
        "begging me to stop", "beg me to stop", "begging for mercy", "enjoy every second", "enjoy every minute",
        // The ones threatened watched, their fear bidden, the day foretold: "I've been watching the office", "tell them
        // they should be scared", "one of these days I'll walk in there".
        "been watching", "should be scared", "should be afraid", "be very afraid", "be very scared", "one of these days", "walk in there",
        "walk right in", "know when they leave", "know what time they leave", "know what car",
        // Where the ones threatened are found, known: "I know the company address".
        "know the address", "know their address", "know his address", "know her address", "know your address", "know the company address",
        "know the office address", "know their home address", "got the address", "have the address",
        // A lie promised, the end foretold, what was found spread and those near the ones threatened named, after a threat or
        // a demand: "I'll say you harassed me", "they'll shut you down", "I'll post it on every forum", "their kids' school".
        "i ll say you", "i ll tell them you", "i ll tell everyone you", "i ll claim you", "you harassed me", "you insulted me", "you abused me",
        "you threatened me", "shut you down", "get you shut down", "get you deleted", "get you banned", "take you offline", "post it on",
        "post it online", "posting it online", "leak it", "phone number", "their kids", "their children", "his kids", "her kids");

    private static readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> PressersByFirstWord =
        ThreatPressers.GroupBy(phrase => phrase[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] TimeUnits = Lexicon.Folded("seconds", "minutes", "mins", "hours", "hrs", "days", "second", "minute", "hour", "day");
    private static readonly string[] Granting = Lexicon.Folded("have", "got");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        Lexicon.FoldedLookup("one", "two", "three", "five", "ten", "fifteen", "twenty", "thirty", "sixty", "a", "an");

    private static readonly string[] Giving = Lexicon.Folded("give", "giving", "gave");

    /// <summary>"You've got 5 minutes", "you have one hour", "I'm giving you ten seconds": a deadline set for the one addressed.</summary>
    private static bool SetsADeadline(TokenView view, int granting)
    {
        var given = IsOneOf(view, granting, Giving) && (view.TokenIs(granting + 1, "you") || view.TokenIs(granting + 1, "u"));
        var count = given ? granting + 2 : granting + 1;
        var addressed = given || view.TokenIs(granting - 1, "you") || view.TokenIs(granting - 1, "u") || (view.TokenIs(granting - 1, "ve") && view.TokenIs(granting - 2, "you"));
        return addressed && count + 1 < view.Count
            && (int.TryParse(view.Word(count), out _) || NumberWords.Contains(view.Word(count))) && IsOneOf(view, count + 1, TimeUnits);
    }

    /// <summary>
    /// Whether the message says of a threat that it is meant or on its way (<see cref="MessageAnalysis.PressesThreat"/>).
    /// Words of the writer's own life or body ("…or I'll hurt myself") make it no threat pressed; the "me" of "try me" is the
    /// presser's own.
    /// </summary>
    public static bool PressesAThreat(TokenView view)
    {
        var pressed = false;
        // The tokens of the pressing words themselves: "me" may stand there and nowhere else.
        Span<bool> pressing = stackalloc bool[Math.Min(view.Count, RuleLimit.PressingTokens)];
        for (var t = 0; t < view.Count; t++)
        {
            if ((t > 0 && IsOneOf(view, t, Granting) && (SetsADeadline(view, t) || HasTheirAddress(view, t)))
                || (IsOneOf(view, t, Giving) && SetsADeadline(view, t)))
            {
                pressed = true;
                continue;
            }
            if (!PressersByFirstWord.TryGetValue(view.Word(t), out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (WordsAt(view, t, phrase))
                {
                    pressed = true;
                    pressing[Math.Min(t, pressing.Length)..Math.Min(t + phrase.Length, pressing.Length)].Fill(true);
                }
            }
        }
        return pressed && !SelfReferredOutside(view, pressing);
    }

    /// <summary>"I've got their home addresses", "we have his address": where the ones threatened live, in hand.</summary>
    private static bool HasTheirAddress(TokenView view, int granting) =>
        IsOneOf(view, granting + 1, OthersPossessives) && (IsOneOf(view, granting + 2, Addresses) || (view.TokenIs(granting + 2, "home") && IsOneOf(view, granting + 3, Addresses)));

    /// <summary>Whether a word of the writer's own life or body stands outside the <paramref name="pressing"/> words.</summary>
    private static bool SelfReferredOutside(TokenView view, ReadOnlySpan<bool> pressing)
    {
        for (var k = 0; k < view.Count; k++)
        {
            if ((k >= pressing.Length || !pressing[k]) && (view.Classes(k) & TermClass.SelfReference) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] OpposingVerbs = Lexicon.Folded("stop", "stopping", "prevent", "preventing", "oppose", "opposing", "condemn",
        "condemning", "protest", "protesting", "against", "resist", "ban", "outlaw");
    private static readonly string[] AcceptingVerbs = Lexicon.Folded("tolerate", "allow", "permit", "accept", "condone", "support", "excuse", "let");
    private static readonly string[] Refusing = Lexicon.Folded("never", "not", "t", "won", "don", "cannot");
    // "I'll stop at nothing to…", "I can't stop thinking about…", "stop me before I…": a "stop" that drives the act on, or pleads.
    private static readonly string[] DrivenOn = Lexicon.Folded("at", "me", "thinking", "wanting", "imagining", "dreaming", "fantasizing", "fantasising");

    /// <summary>
    /// "We must stop the slaughter of civilians", "we will never accept the killing of journalists", "I won't allow anyone to
    /// hurt my kids": an act the writer opposes, or refuses to accept, in its clause before it, is not one the writer does
    /// or asks for. Not "I'll stop at nothing to…" or "I can't stop thinking about…", which drive it on, nor an act with a
    /// doer of its own between ("they'll stop smirking once I start stabbing them").
    /// </summary>
    private bool IsOpposedOrReported(PhraseMatch act)
    {
        var clause = view.Clause(act.Token);
        if (IsReportedOfOthers(act, clause))
        {
            return true;
        }
        for (var t = act.Token - 1; t >= 0 && t >= act.Token - RuleWindow.OpposedAct && view.Clause(t) == clause; t--)
        {
            // "…stop smirking once I start stabbing them": the act has a doer of its own after the verb.
            if (IsOneOf(t, Subjects))
            {
                return false;
            }
            if (IsOneOf(t, OpposingVerbs) && !IsOneOf(t + 1, DrivenOn))
            {
                return true;
            }
            if (IsOneOf(t, AcceptingVerbs) && ((IsOneOf(t - 1, Refusing) && view.Clause(t - 1) == clause) || (IsOneOf(t - 2, Refusing) && view.Clause(t - 2) == clause)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] NeverModals = Lexicon.Folded("must", "should", "can", "will", "may", "shall", "could", "would", "ll");
    private static readonly string[] NeverOrNot = Lexicon.Folded("never", "not");
    private static readonly string[] Occurring = Lexicon.Folded("happen", "occur", "recur");
    private static readonly string[] Allowed = Lexicon.Folded("repeated", "allowed", "tolerated", "permitted");

    /// <summary>"Genocide must never happen again", "a massacre like that should not be repeated": the deed refused a future.</summary>
    private bool IsNeverToHappenAgain(PhraseMatch act)
    {
        var after = act.Token + act.Words;
        for (var t = after; t < view.Count && t <= after + RuleWindow.OpposedAct && view.Clause(t) == view.Clause(act.Token); t++)
        {
            if (IsOneOf(t, NeverModals) && IsOneOf(t + 1, NeverOrNot)
                && (IsOneOf(t + 2, Occurring) || (view.TokenIs(t + 2, "be") && IsOneOf(t + 3, Allowed))))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ReportingVerbs = Lexicon.Folded("saying", "say", "says", "said", "calling", "call", "calls", "threatening", "joking",
        "joke", "jokes", "joked", "threaten", "threatens", "threatened", "brag", "brags", "bragging", "boast", "boasts", "boasting");
    private static readonly string[] ReportedBy = Lexicon.Folded("for", "people", "someone", "anyone", "they", "he", "she", "who", "others", "men", "users",
        "guys", "somebody");

    /// <summary>
    /// "He should be punished for saying he'd stab her", "some users call for the killing of…", "my friend said all [group]
    /// support terrorism", "people who joke about raping women": an act others say or call for, told by the writer, is reported, not made. "I'm saying I will…" is
    /// the writer's own.
    /// </summary>
    private bool IsReportedOfOthers(PhraseMatch act, int clause)
    {
        for (var t = act.Token - 1; t >= 1 && t >= act.Token - RuleWindow.OpposedAct && view.Clause(t) == clause; t--)
        {
            // A word may stand between: "people still call for…".
            if (IsOneOf(t, ReportingVerbs) && ((IsReporter(t - 1) && view.Clause(t - 1) == clause)
                || (t >= 2 && IsReporter(t - 2) && view.Clause(t - 2) == clause && !IsOneOf(t - 1, Subjects))))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsReporter(int token) => IsOneOf(token, ReportedBy) || (view.Classes(token) & TermClass.AcquaintancePerson) != 0;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Shooting = Lexicon.FoldedLookup("shoot", "shoots", "shooting");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhotoWords = Lexicon.FoldedLookup("camera", "cameras", "lens", "lenses", "flash", "photo", "photos", "photograph",
        "photographs", "photography", "photographer", "photographers", "portrait", "portraits", "shutter", "aperture", "iso", "tripod", "footage",
        "selfie", "selfies", "headshot", "headshots", "exposure", "dslr", "mirrorless", "bokeh", "video", "videos", "vlog", "drone", "gopro", "zoom");
    // What a photographer shoots, named right after the verb: an occasion or a kind of picture, not the people at it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Occasions = Lexicon.FoldedLookup("wedding", "weddings", "concert", "concerts", "gig", "gigs", "graduation", "event",
        "events", "recital", "portrait", "portraits", "headshots", "video", "videos", "film", "documentary", "commercial", "scene", "scenes", "episode",
        "photoshoot", "sunset", "sunrise", "landscape", "landscapes", "timelapse", "interview", "interviews", "vlog", "music");
    private static readonly string[] ShotDeterminers = Lexicon.Folded("a", "an", "the", "my", "our", "your", "this", "that", "their", "his", "her", "some");

    /// <summary>
    /// "What camera settings to shoot a concert", "how do I shoot a wedding in a dark church": "shoot" is a camera's when
    /// it shoots an occasion or a kind of picture, or a word of photography stands in the message and no person follows
    /// the verb ("shoot him and film it" is a gun's). Neither "shoot up" nor "shot".
    /// </summary>
    public static bool ShootsPictures(TokenView view)
    {
        // One look-up a token: almost no message says "shoot".
        for (var t = 0; t < view.Count; t++)
        {
            if (!Shooting.Contains(view.Word(t)) || view.TokenIs(t + 1, "up"))
            {
                continue;
            }
            var next = t + 1;
            while (next < view.Count && IsOneOf(view, next, ShotDeterminers))
            {
                next++;
            }
            if (next < view.Count && Occasions.Contains(view.Word(next)))
            {
                return true;
            }
            var personNext = next < view.Count && (view.Classes(next) & (TermClass.HumanTarget | TermClass.ChildTarget | TermClass.ProtectedGroup | TermClass.SecondPerson)) != 0;
            if (!personNext && view.AnyWordOf(PhotoWords))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cooking = Lexicon.FoldedLookup("cook", "cooking", "roast", "roasting", "grill", "grilling", "bake", "baking", "fry",
        "frying", "brine", "brining", "marinate", "marinating", "marinade", "debone", "deboning", "braise", "braising", "sear", "searing", "season",
        "seasoning", "smoke", "smoking", "stew", "slow", "oven", "recipe", "bbq", "barbecue", "airfryer", "thaw", "defrost", "carve", "carving");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cuts = Lexicon.FoldedLookup("breast", "breasts", "thigh", "thighs", "leg", "legs", "wing", "wings", "drumstick",
        "drumsticks", "rump", "loin", "tenderloin", "ribs", "shoulder", "belly", "shank", "shanks", "neck", "cheeks", "tongue", "liver");

    /// <summary>
    /// "How do I debone the thighs", "should I brine the legs overnight": a cut of meat in a cook's words. The heads read
    /// the body part (sexual harassment 0.54); the rules see a kitchen. Not when anyone, a drug or an explicit word is named.
    /// </summary>
    public static bool CooksMeat(TokenView view) =>
        InTheirTrade(view, Cuts, Cooking);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Faggots = Lexicon.FoldedLookup("faggot", "faggots");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fags = Lexicon.FoldedLookup("fag", "fags");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MealWords = Lexicon.FoldedLookup("ate", "eat", "eating", "eaten", "dinner",
        "lunch", "tea", "supper", "cooked", "cook", "cooking", "meatball", "meatballs", "gravy", "peas", "mash", "recipe", "fried",
        "oven", "tasty", "delicious", "pork", "liver", "frozen", "firewood", "wood", "sticks", "kindling", "bundle", "bundles");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Smokes = Lexicon.FoldedLookup("smoke", "smokes", "smoking", "smoked",
        "lighter", "cigarette", "cigarettes", "packet", "pack", "ashtray", "tobacco", "nicotine", "puff", "rolling", "roll", "quit", "quitting", "lungs",
        "outside", "break", "nip", "nipped", "popped", "popping");

    /// <summary>
    /// "We had faggots and peas for tea", "she nipped out for a fag": the British senses of two slurs, a meatball and a
    /// cigarette (or a bundle of sticks), named among a meal's or a smoke's words. The heads read the slur (harassment
    /// 0.6–0.8); the rules see dinner. Not when the word is said to someone ("you fag"), nor beside any other abuse.
    /// </summary>
    public static bool NamesAMealOrASmoke(TokenView view)
    {
        var meal = view.AnyWordOf(Faggots) && view.AnyWordOf(MealWords);
        if (!meal && !(view.AnyWordOf(Fags) && view.AnyWordOf(Smokes)))
        {
            return false;
        }
        if (view.Has(TermClass.Profanity | TermClass.Menace | TermClass.ViolentAct | TermClass.ThreatIntent | TermClass.AbusiveImperative
            | TermClass.ProtectedGroup | TermClass.Sexual | TermClass.Explicit))
        {
            return false;
        }
        var slurs = meal ? Faggots : Fags;
        for (var t = 0; t < view.Count; t++)
        {
            var word = view.Word(t);
            if ((view.Classes(t) & TermClass.Insult) != 0 && !slurs.Contains(word)
                || slurs.Contains(word) && IsCalledOne(view, t))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"The faggots you cooked were delicious": the slur's British sense, in a message that names a meal or a smoke (<see cref="NamesAMealOrASmoke"/>).</summary>
    private bool IsAMealOrASmoke(PhraseMatch insult) =>
        insult.Words == 1 && (Faggots.Contains(view.Word(insult.Token)) || Fags.Contains(view.Word(insult.Token))) && NamesAMealOrASmoke(view);

    // What may stand before a meal's or a smoke's word that closes its clause: "…ate two faggots", "…a box of fags".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Counted = Lexicon.FoldedLookup("a", "some", "the", "two", "three", "few",
        "pork", "beef", "homemade", "frozen", "of", "and", "with", "our", "my", "his", "her", "their", "these", "those", "quick", "last", "first");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fondness = Lexicon.FoldedLookup("love", "loves", "hate", "hates", "like",
        "likes", "adore");

    /// <summary>
    /// "You fag", "such a faggot", "he's a fag", "they are fags", "I love faggots", "go eat your dinner, faggot": the word
    /// said of or to someone (named, loved or hated, or called at the end of a clause), not a meal or a smoke.
    /// </summary>
    private static bool IsCalledOne(TokenView view, int word)
    {
        if (word > 0 && Fondness.Contains(view.Word(word - 1))
            || (word + 1 == view.Count || view.Clause(word + 1) != view.Clause(word)) && word > 0 && !Counted.Contains(view.Word(word - 1)))
        {
            return true;
        }
        var before = word - 1;
        if (before >= 0 && view.Word(before) is "a" or "an" or "little" or "dirty" or "total" or "stupid")
        {
            before--;
        }
        return before >= 0 && view.Word(before) is "you" or "u" or "ur" or "ya" or "such" or "is" or "s" or "re" or "are" or "was" or "were" or "m" or "be" or "what";
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Training = Lexicon.FoldedLookup("workout", "workouts", "exercise", "exercises",
        "exercising", "train", "training", "stretch", "stretches", "stretching", "sets", "reps", "gym", "squats", "lunges", "routine", "muscles", "muscle",
        "strength", "strengthen", "cardio", "physio", "physiotherapy", "yoga", "pilates", "warmup", "toning", "tone", "mobility");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrainedParts = Lexicon.FoldedLookup("legs", "leg", "arms", "arm", "thighs",
        "thigh", "glutes", "butt", "hips", "hip", "calves", "chest", "abs", "core", "back", "shoulders", "biceps", "triceps", "hamstrings", "quads");

    /// <summary>
    /// "Give me a workout for legs", "stretches for tight hips": a body part in a trainer's words. The heads read the body
    /// part (sexual harassment 0.53); the rules see a gym. Not when anyone, "you" or an explicit word is named.
    /// </summary>
    public static bool TrainsTheBody(TokenView view) =>
        InTheirTrade(view, TrainedParts, Training);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blades = Lexicon.FoldedLookup("knife", "knives", "blade", "blades",
        "cleaver", "scalpel", "chisel", "axe", "hatchet", "machete");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BladeCrafts = Lexicon.FoldedLookup("sharpen", "sharpening", "sharpener",
        "hone", "honing", "whetstone", "chef", "chefs", "kitchen", "cooking", "culinary", "chop", "chopping", "dice", "dicing", "fillet", "whittle",
        "whittling", "woodwork", "woodworking", "carpentry", "carving", "craft", "crafts", "rust", "handle", "steel", "onion", "onions", "vegetables");

    /// <summary>
    /// "How do I sharpen a chef's knife", "which knife for whittling spoons": a blade in a cook's or a maker's words. The
    /// heads read the blade as a means (crisis 0.61); the rules see a kitchen or a workshop. Not when anyone, "you" or a
    /// word of self-harm or despair is named.
    /// </summary>
    public static bool HandlesBlades(TokenView view)
    {
        if (!InTheirTrade(view, Blades, BladeCrafts) || view.Has(TermClass.SelfHarm | TermClass.CrisisDistress | TermClass.SelfReference))
        {
            return false;
        }
        // The blade is a word of distress to the crisis rules ("the knife is in my hand"); any other one is not a cook's.
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.DistressCue) != 0 && !Blades.Contains(view.Word(t)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Selling = Lexicon.FoldedLookup("sell", "selling", "sold", "resell",
        "reselling", "list", "listing", "flog", "price", "donate", "donating");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Belongings = Lexicon.FoldedLookup("clothes", "clothing", "bike", "bicycle",
        "toys", "toy", "pram", "stroller", "buggy", "books", "lego", "cot", "crib", "shoes", "trainers", "uniform", "uniforms", "console", "games",
        "bed", "desk", "scooter", "skates", "costume", "costumes", "highchair", "car", "seat", "furniture", "dolls", "doll", "tablet", "laptop",
        "phone", "instrument", "violin", "piano", "guitar", "kit", "collection", "outgrown", "old", "used");
    // A picture of the child, or the child itself, is no belonging.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Likenesses = Lexicon.FoldedLookup("photo", "photos", "picture", "pictures",
        "pic", "pics", "video", "videos", "images", "nudes", "selfies", "body", "time", "company", "number", "address");

    /// <summary>
    /// "How do I sell my kid's old clothes online", "where can I sell my daughter's outgrown toys": a child's belongings (or
    /// another relative's: a child or someone the writer knows, then the possessive "s") sold or given away. The heads read
    /// the child and the sale as trafficking (unsafe 0.97); the rules see a parent clearing out. Not a picture, body, time
    /// or whereabouts, and nothing explicit, sexual or a drug.
    /// </summary>
    public static bool SellsAChildsThings(TokenView view)
    {
        if (!view.AnyWordOf(Selling) || view.AnyWordOf(Likenesses) || view.Has(TermClass.Explicit | TermClass.Sexual | TermClass.Drug))
        {
            return false;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            // "My son's old bike": the child, its possessive "s", then the thing within a word or two.
            if ((view.Classes(t) & (TermClass.ChildTarget | TermClass.AcquaintancePerson)) != 0 && view.TokenIs(t + 1, "s")
                && (Belongings.Contains(view.Word(t + 2)) || (t + 3 < view.Count && Belongings.Contains(view.Word(t + 3)))))
            {
                return true;
            }
        }
        return false;
    }

    // Body words beside a trade's words, with no one, no drug and nothing explicit or sexual named.
    private static bool InTheirTrade(TokenView view, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> bodyWords,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> tradeWords) =>
        view.AnyWordOf(bodyWords) && view.AnyWordOf(tradeWords)
        && !view.Has(TermClass.HumanTarget | TermClass.ChildTarget | TermClass.SecondPerson | TermClass.Drug | TermClass.Explicit | TermClass.Sexual | TermClass.ProtectedGroup);

    private static readonly string[] ThirdPersons = Lexicon.Folded("he", "she", "they");
    private static readonly string[] AnyoneAtAll = Lexicon.Folded("someone", "somebody", "anyone", "anybody", "something", "nobody");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Wishes = Lexicon.FoldedLookup("wish", "hope", "pray", "want", "wanna", "please", "pls", "let");

    private static readonly string[] Ongoing = Lexicon.Folded("keeps", "kept", "keep", "is", "s", "are", "was", "were");
    // What stands between a doer and a deed to "me": "are you trying to…", "he's going to…".
    private static readonly string[] DoersWill = Lexicon.Folded("to", "trying", "try", "tries", "tried", "going", "gonna", "want", "wants", "wanna",
        "re", "are", "is", "s", "will", "ll", "would", "d", "just", "really", "actually");
    private static readonly string[] OthersAsSubjects = Lexicon.Folded("you", "u", "he", "she", "they");

    /// <summary>
    /// "My boss is going to murder me if this fails", "mum'll kill me", "her combo keeps killing me": someone or something
    /// else, in the future or right now, doing it to "me" is the everyday hyperbole of being in trouble, not the writer's
    /// own harm; so is the one addressed or another named as trying or going to do it ("are you trying to poison me", "my
    /// stepdad is trying to poison me"), feared or alleged. Not "someone will kill me" (no one named), nor "myself", nor a
    /// wish ("I hope he kills me").
    /// </summary>
    private bool IsSomeoneElsesHyperbole(PhraseMatch verb, int selfToken)
    {
        if (!view.TokenIs(selfToken, "me") || view.AnyWordOf(Wishes))
        {
            return false;
        }
        var clause = view.Clause(verb.Token);
        // "Are you trying to poison me", "he's going to kill me": the one addressed or another named is the doer.
        var subject = verb.Token - 1;
        while (subject > 0 && view.Clause(subject) == clause && IsOneOf(subject, DoersWill))
        {
            subject--;
        }
        if (subject < verb.Token - 1 && view.Clause(subject) == clause && !IsOneOf(subject, AnyoneAtAll) && (IsOneOf(subject, OthersAsSubjects) || IsPersonWord(subject)))
        {
            return true;
        }
        // "This boss keeps killing me", "my back is killing me": a thing said to be doing it, now, is a complaint.
        if (IsOneOf(verb.Token - 1, Ongoing) && verb.Token >= 2 && !IsOneOf(verb.Token - 2, WriterAsSubject) && view.Clause(verb.Token - 2) == clause
            && view.Word(verb.Token).EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }
        for (var t = verb.Token - 1; t > 0 && t >= verb.Token - RuleWindow.HyperboleSubjectBefore && view.Clause(t) == clause; t--)
        {
            if (!IsOneOf(t, FutureMarkers))
            {
                continue;
            }
            for (var s = t - 1; s >= 0 && s >= t - RuleWindow.HyperboleSubjectBefore && view.Clause(s) == clause; s--)
            {
                if (IsOneOf(s, AnyoneAtAll) || (view.Classes(s) & TermClass.FirstPerson) != 0 && !view.TokenIs(s, "my"))
                {
                    return false;
                }
                if (IsOneOf(s, ThirdPersons) || ((view.Classes(s) & TermClass.HumanTarget) != 0 && view.TokenIs(s - 1, "my")))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static readonly string[] ThingOpeners = Lexicon.Folded("the", "that", "this", "these", "those", "too", "much", "enough", "some", "a", "an");
    private static readonly string[] Joining = Lexicon.Folded("because", "cause", "cos", "coz", "since", "as", "and", "but", "so", "if", "when", "while", "or");
    private static readonly string[] EffectModals = Lexicon.Folded("can", "could", "will", "would", "might", "may", "ll");

    /// <summary>
    /// "The fumes can knock you out", "that cold medicine will knock you out", "too much caffeine can kill you": what a thing
    /// can do to anyone, said with a generic "you" — no one in the clause but the thing and its modal. Not "I will knock
    /// you out", "I hope the fumes knock you out", nor "that guy will kill you", nor an animal set on the one addressed.
    /// </summary>
    private bool IsAThingsEffect(PhraseMatch verb)
    {
        var modal = verb.Token - 1;
        if (!IsOneOf(modal, EffectModals))
        {
            return false;
        }
        // "…because the fumes can…": a joining word opens the clause the thing is the subject of.
        var start = modal;
        while (start > 0 && view.Clause(start - 1) == view.Clause(verb.Token) && !IsOneOf(start - 1, Joining))
        {
            start--;
        }
        // The thing is the subject: a determiner just before the modal ("…the wire, that current will…").
        if (FirstOf(Math.Max(start, modal - RuleWindow.ThingSubject), modal - 1, ThingOpeners) < 0)
        {
            return false;
        }
        for (var t = start; t < modal; t++)
        {
            if ((view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.SecondPerson | TermClass.Speaker | TermClass.FirstPerson
                | TermClass.Animal | TermClass.ThreatIntent | TermClass.Menace | TermClass.Weapon | TermClass.ViolentAct)) != 0 || IsOneOf(t, ThirdPersons))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] WhoAsks = Lexicon.Folded("who", "what", "did", "has", "have", "does");
    private static readonly string[] WhetherAsks = Lexicon.Folded("will", "would", "can", "could", "might", "may", "does", "do", "is");
    private static readonly string[] ThingsAsked = Lexicon.Folded("it", "this", "that", "these", "those");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmQuestionWords =
        Lexicon.FoldedLookup("ever", "really", "once", "still", "going", "to", "someone", "anyone", "somebody", "anybody", "something", "i",
            "it", "this", "that", "these", "those");

    /// <summary>
    /// "Who hurt you?", "did someone hurt you", "will it hurt my dog", "can the weed killer kill my fish": a clause that asks who did
    /// the harm, or whether a thing would do it, with nothing else before the verb, is concern for the one harmed. Whether
    /// a thing would harm a person is left to the rules of requests: "would it kill him" may be a plan.
    /// </summary>
    private bool AsksAboutHarm(PhraseMatch verb, TargetKind target, int targetToken)
    {
        var clause = view.Clause(verb.Token);
        var start = verb.Token;
        while (start > 0 && view.Clause(start - 1) == clause)
        {
            start--;
        }
        var who = IsOneOf(start, WhoAsks);
        var whether = !who && IsOneOf(start, WhetherAsks) && target != TargetKind.Human;
        if (start == verb.Token || !(who || whether))
        {
            return false;
        }
        var thing = false;
        var other = false;
        // "Can chocolate poison my dog?", "will the spray hurt my cat": whether a thing would harm an animal names the
        // thing in words of its own; a person or a pronoun before the verb ("will i hurt my cat") is someone acting.
        var animalAsked = IsOneOf(start, WhetherAsks) && target == TargetKind.Animal
            && !AnyClassBetween(verb.Token + verb.Words, targetToken, TermClass.HumanTarget | TermClass.AcquaintancePerson)
            && !AnyClassBetween(start + 1, verb.Token - 1, TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Speaker | TermClass.HumanTarget)
            && !AnyOf(start + 1, verb.Token - 1, ThirdPersons);
        for (var t = start + 1; t < verb.Token; t++)
        {
            // "Will the weed killer in the shed hurt my dog": a harmless thing named, with the words that place it.
            var harmless = (view.Classes(t) & TermClass.BenignObject) != 0;
            var named = harmless || animalAsked;
            var asked = HarmQuestionWords.Contains(view.Word(t));
            // A poison asked about for a pet ("does antifreeze poison dogs?") is the thing asked after, not a means held.
            var means = animalAsked ? TermClass.None : TermClass.HazardousAgent | TermClass.Drug;
            if (!asked && !harmless && (view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.SecondPerson | TermClass.ViolentAct
                | TermClass.Weapon | means)) != 0)
            {
                return false;
            }
            other |= !asked && !named;
            thing |= IsOneOf(t, ThingsAsked) || named;
        }
        return (who && !other) || (thing && (!other || verb.Token - start <= RuleWindow.ThingAskedAbout));
    }

    /// <summary>
    /// "This traffic is murder", "the last mile was torture": a violent word said of a thing, ending its clause, calls the
    /// thing hard. Not "the plan is murder at midnight", which goes on.
    /// </summary>
    private bool IsHardshipCalled(PhraseMatch match) =>
        IsSaidOfAThing(match) && (match.Token + match.Words == view.Count || view.Clause(match.Token + match.Words) != view.Clause(match.Token));

    private void Violence(ref List<Signal>? signals)
    {
        if (DisasterCaused() is { } disaster)
        {
            var disasterContexts = new List<string> { "a disaster caused, asked for" };
            Add(ref signals, SignalCategory.HarmfulRequest, Severity.Severe, InContext(RuleConfidence.InherentlyHarmfulAct, disasterContexts), RuleNames.ViolentAct,
                disaster, disasterContexts);
            return;
        }
        bool? photographic = null;
        foreach (var match in view.Matches)
        {
            if ((match.Classes & (TermClass.ViolentAct | TermClass.InherentlyHarmful)) == 0 || IsPartOfLongerMatch(match, TermClass.SelfHarm) || IsIdiom(match) || view.Has(TermClass.Impossible)
                || IsSuffered(match) || IsPushedAway(match) || IsNoun(match) || IsNamedEvent(match) || IsHardshipCalled(match) || (Shooting.Contains(view.Word(match.Token)) && (photographic ??= ShootsPictures(view))))
            {
                continue;
            }
            if (IsOpposedOrReported(match) || IsContestWon(match) || AsksWhatDidItOnce(match) || IsOthersDeedTold(match) || IsAnothersDeedReported(match)
                || IsStudied(match) || IsNeverToHappenAgain(match) || IsPainAskedAbout(match) || IsPainFelt(match))
            {
                continue;
            }
            var (target, targetToken) = FindTarget(match);
            // "Make my cat suffer for waking me up": the one named inside the phrase is the victim, not the writer named after
            // it; an animal made to suffer or bleed is cruelty whatever the verb that causes it.
            var causedToAnAnimal = false;
            if (target is TargetKind.None or TargetKind.Self && VictimInside(match) is { } inside)
            {
                // "Make you bleed": the one addressed, named inside, is the assistant.
                causedToAnAnimal = (view.Classes(inside) & TermClass.Animal) != 0;
                (target, targetToken) = ((view.Classes(inside) & TermClass.SecondPerson) != 0 ? TargetKind.Assistant : causedToAnAnimal ? TargetKind.Animal : TargetKind.Human, inside);
            }
            if (target == TargetKind.Benign || (target == TargetKind.Animal && ((!IsOneOf(match.Token, CrueltyVerbs) && !causedToAnAnimal) || IsHungThing(match, targetToken)))
                || (target is TargetKind.Animal or TargetKind.Assistant && AsksAboutHarm(match, target, targetToken))
                || (target == TargetKind.Assistant && IsAThingsEffect(match))
                || (IsOneOf(match.Token, VictimOnlyVerbs) && !(target == TargetKind.Human && IsOneOf(match.Token - 1, VerbLeads)
                    && targetToken > match.Token && targetToken <= match.Token + RuleWindow.VictimRightAfter)))
            {
                continue;
            }
            if (target == TargetKind.Self && IsSomeoneElsesHyperbole(match, targetToken))
            {
                continue;
            }
            // "How deep a cut has to be to hit an artery, it's for me": a body's harm the writer owns is the writer's own.
            if (target == TargetKind.BodyPart && IsOwnedByTheWriter())
            {
                target = TargetKind.Self;
            }
            if (target == TargetKind.Self)
            {
                var selfHarmConfidence = view.Has(TermClass.Defensive) || view.Has(TermClass.CreativeContext) ? RuleConfidence.SelfHarmActFramed : RuleConfidence.SelfHarmAct;
                Add(ref signals, SignalCategory.Crisis, Severity.Severe, selfHarmConfidence, RuleNames.SelfHarmMethod, [match, Token(targetToken)], []);
                return;
            }
            if (target == TargetKind.Assistant)
            {
                var threat = view.Has(TermClass.ThreatIntent | TermClass.Menace);
                Add(ref signals, threat ? SignalCategory.ViolentThreat : SignalCategory.Harassment, threat ? Severity.High : Severity.Medium,
                    threat ? RuleConfidence.ThreatToAssistant : RuleConfidence.ViolentAbuseTowardAssistant, threat ? RuleNames.ThreatToAssistant : RuleNames.ViolentAbuseTowardAssistant, [match, Token(targetToken)], []);
                return;
            }

            var inherent = (match.Classes & TermClass.InherentlyHarmful) != 0;
            // "A poison that's hard to detect", "how to strangle without leaving marks": an act hidden has a victim.
            if (target == TargetKind.None && (HasOutside(match, TermClass.Crime) || AsksTheMostHarm(match)))
            {
                target = TargetKind.Human;
            }
            var baseConfidence = target switch
            {
                TargetKind.Human => view.TokenIs(targetToken, "them") ? RuleConfidence.ViolenceAgainstThem : RuleConfidence.ViolenceAgainstHuman,
                TargetKind.Animal => RuleConfidence.CrueltyToAnimal,
                TargetKind.Place or TargetKind.BodyPart => RuleConfidence.ViolenceAgainstPlaceOrBodyPart,
                _ => inherent ? RuleConfidence.InherentlyHarmfulAct : RuleConfidence.ViolentActWithoutTarget,
            };
            var mass = (match.Classes & TermClass.MassHarm) != 0 || (targetToken >= 0 && (view.Classes(targetToken) & (TermClass.MassHarm | TermClass.ChildTarget)) != 0);
            var severity = mass ? Severity.Severe : target == TargetKind.Animal ? Severity.Medium : Severity.High;
            // "I'll burn down the building your servers are in": a place the writer means to harm is threatened as its people are.
            var threatToPerson = view.Has(TermClass.ThreatIntent | TermClass.Menace) && !HasQuestionFrame() && target is TargetKind.Human or TargetKind.Place;
            var contexts = new List<string>();
            // "What kills them without harming birds": a cause asked of a "them" no word names, as of pests or weeds (not
            // "what poison works on them", which asks for the means).
            if (view.TokenIs(targetToken, "them") && IsOneOf(match.Token - 1, WhatOrWhich) && view.Word(match.Token).EndsWith('s'))
            {
                baseConfidence *= FramingFactor.Descriptive;
                contexts.Add("asks what does it to an unnamed them");
            }
            var confidence = InContext(baseConfidence, contexts, harm: target == TargetKind.Human ? match : null, named: match);
            var spans = targetToken >= 0 ? new[] { match, Token(targetToken) } : [match];
            Add(ref signals, threatToPerson ? SignalCategory.ViolentThreat : SignalCategory.HarmfulRequest, severity, confidence,
                threatToPerson ? RuleNames.ThreatToPerson : target == TargetKind.None ? RuleNames.ViolentAct : RuleNames.ViolenceAgainstPrefix + target.ToString().ToLowerInvariant(),
                spans, contexts);
            return;
        }
    }

    /// <summary>
    /// Whether the writer owns the question ("asking for myself", "it's for me"), with no one else named whose body it could be.
    /// </summary>
    private bool IsOwnedByTheWriter() =>
        FindPhrase(ForOneself) is { } owned && !view.TokenIs(owned.Token - 1, "not") && !AnyTokenOf(ThirdPersons)
        && !view.Has(TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget | TermClass.Animal);

    private static readonly string[] MostHarms = Lexicon.Folded("damage", "pain", "harm", "injury", "hurt");

    /// <summary>
    /// "Tell me where to hit so it does the most damage", "how to punch for the most pain": a blow aimed at the most harm it
    /// can do has a victim, named or not. Not "the most damage" a storm did (no blow asked), nor "the least pain" of a jab.
    /// </summary>
    private bool AsksTheMostHarm(PhraseMatch blow)
    {
        for (var t = blow.Token + blow.Words; t + 1 < view.Count && t <= blow.Token + blow.Words + RuleWindow.MostHarm; t++)
        {
            if (view.TokenIs(t, "most") && IsOneOf(t + 1, MostHarms))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] WhatOrWhich = Lexicon.Folded("what", "which");
    private static readonly string[] IrregularPast = Lexicon.Folded("shot", "slew", "hung", "burnt", "blew", "struck", "beat", "froze", "drove", "tore");
    // How many words a question's subject may take between "what" and its verb: "what type of gas killed…".
    private const int AskedSubjectWords = 4;

    /// <summary>
    /// "Which weapon killed the most soldiers in the war", "what type of gas killed the most people": a question that asks
    /// which thing did the harm, in the past, is about what happened. Not when the writer or the one addressed stands
    /// between ("what I killed…"), nor a verb in the present ("which poison kills fastest" may be a plan).
    /// </summary>
    private bool AsksWhatDidItOnce(PhraseMatch match)
    {
        // The harm word is the verb ("which weapon killed…") or the thing that did it, right before the verb ("what gas killed…").
        var verb = IsPast(match.Token) ? match.Token : match.Token + match.Words < view.Count && IsPast(match.Token + match.Words) ? match.Token + match.Words : -1;
        if (match.Words != 1 || verb < 0)
        {
            return false;
        }
        var clause = view.Clause(verb);
        for (var t = verb - 1; t >= 0 && t >= verb - AskedSubjectWords - 1 && view.Clause(t) == clause; t--)
        {
            if ((view.Classes(t) & (TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Speaker | TermClass.SelfReference)) != 0)
            {
                return false;
            }
            // "What about hiding a blade in his coat and…", "what if…" suggest, not ask.
            if (IsOneOf(t, WhatOrWhich))
            {
                return (t == 0 || view.Clause(t - 1) != clause) && !view.TokenIs(t + 1, "about") && !view.TokenIs(t + 1, "if");
            }
        }
        return false;
    }

    private static readonly string[] Aching = Lexicon.Folded("hurt", "hurts", "sting", "stings", "ache", "aches");
    private static readonly string[] AskingOfPain = Lexicon.Folded("does", "did", "will", "would", "doesnt", "can", "could", "should", "ll");

    /// <summary>"Does it hurt when a tattoo goes over the ribs?", "will it hurt to get my ears pierced": the pain of a thing asked about, done to no one.</summary>
    private bool IsPainAskedAbout(PhraseMatch act) =>
        act.Words == 1 && IsOneOf(act.Token, Aching) && view.TokenIs(act.Token - 1, "it") && IsOneOf(act.Token - 2, AskingOfPain);

    private static readonly string[] PainAdverbs = Lexicon.Folded("really", "still", "so", "just", "always", "honestly");
    private static readonly string[] CausingPain = Lexicon.Folded("make", "makes", "making", "made", "let");

    /// <summary>"It hurt when my boss said…", "it really hurt when my friend lied": pain the writer felt, done to no one. Not "I'll make it hurt".</summary>
    private bool IsPainFelt(PhraseMatch act)
    {
        var it = act.Token - 1;
        while (it >= 0 && it >= act.Token - 2 && IsOneOf(it, PainAdverbs))
        {
            it--;
        }
        return act.Words == 1 && IsOneOf(act.Token, Aching) && view.TokenIs(it, "it") && !IsOneOf(it - 1, CausingPain);
    }

    private bool IsPast(int token) => view.Word(token).EndsWith("ed", StringComparison.Ordinal) || IsOneOf(token, IrregularPast);

    private static readonly string[] Besting = Lexicon.Folded("beat", "beating", "crush", "crushing", "thrash", "thrashing", "destroy", "destroying",
        "smash", "smashing", "whip", "whipping", "hammer", "hammering", "demolish", "annihilate", "murder", "kill", "slaughter");
    // Not "race" ("…in the race war") nor "arm" (a body part; "arm wrestling" has "wrestling").
    private static readonly string[] Contests = Lexicon.Folded("chess", "checkers", "draughts", "tennis", "golf", "poker", "cards", "scrabble", "monopoly",
        "wrestling", "game", "games", "match", "final", "debate", "election", "argument", "competition", "contest", "quiz", "tournament",
        "trivia", "sprint", "marathon", "football", "basketball", "darts", "pool", "snooker", "fifa", "fortnite", "sports", "running", "swimming",
        "exams", "grades", "pong", "badminton", "squash");

    private static readonly string[] AtLast = Lexicon.Folded("finally");
    private static readonly string[] Rivals = Lexicon.Folded("them", "em", "those", "these", "us");
    // The words of play on a field or a board, anywhere in the message: "…slaughter them on Saturday. Predict the score?".
    // Not "defence": "kill them in self-defence".
    private static readonly string[] PlayWords = Lexicon.Folded("score", "scoreline", "midfield", "striker", "strikers", "goalie",
        "goalkeeper", "keeper", "fixture", "kickoff", "halftime", "league", "season", "derby", "playoff", "playoffs", "lineup", "squad", "innings", "wicket",
        "touchdown", "quarterback", "ranked", "scrim", "rematch", "tournament", "leaderboard");
    private static readonly string[] HowBeaten = Lexicon.Folded("up", "death", "senseless", "unconscious", "bloody", "black", "badly", "half", "with");

    /// <summary>
    /// "How do I beat my dad at arm wrestling", "crush my brother in a chess match", "finally beat him!", "we'll slaughter them
    /// on Saturday, predict the score": a person or a side bested at or in a contest, at last, or where the message
    /// speaks of play and names no weapon, not hurt. A contest must be named within a few words of "at" or "in" ("beat him
    /// at home" is no contest), "finally" stand before with no word of injury after ("finally beat him up" is not), or the
    /// side bested be "them" or "us" in a message with a word of play ("kill them in self-defence" has none).
    /// </summary>
    private bool IsContestWon(PhraseMatch verb)
    {
        if (verb.Words != 1 || !IsOneOf(verb.Token, Besting))
        {
            return false;
        }
        // "Finally beat her!": a win at last, reported, when nothing after it says how the person was hurt.
        if (IsOneOf(verb.Token - 1, AtLast) && !AnyOf(verb.Token + 1, verb.Token + RuleWindow.TargetAfterVerb, HowBeaten))
        {
            return true;
        }
        if (IsOneOf(verb.Token + 1, Rivals) && AnyTokenOf(PlayWords) && !view.Has(TermClass.Weapon))
        {
            return true;
        }
        var clause = view.Clause(verb.Token);
        for (var t = verb.Token + 1; t < view.Count && t <= verb.Token + RuleWindow.TargetAfterVerb && view.Clause(t) == clause; t++)
        {
            if (!view.TokenIs(t, "at") && !view.TokenIs(t, "in"))
            {
                continue;
            }
            for (var k = t + 1; k <= t + 3 && k < view.Count && view.Clause(k) == clause; k++)
            {
                if (IsOneOf(k, Contests))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Words that make an act the writer's, asked for, meant or wished: "how do I…", "I want to…", "we'll…", "can you…",
    // "…deserves a good slap", "if anyone…".
    private static readonly string[] WritersOrAsked = Lexicon.Folded("i", "we", "you", "u", "how", "to", "should", "shall", "can", "could", "will", "ll",
        "would", "d", "gonna", "wanna", "must", "let", "lets", "please", "want", "what", "which", "why", "where", "who", "best", "way", "ways", "me", "us",
        "id", "im", "ima", "imma", "ill", "if", "need", "needs", "deserve", "deserves", "ought", "gotta", "someone", "somebody", "anyone", "anybody");

    // Verbs that make a violent deed the object of study or memory, not of doing: "document a genocide".
    private static readonly string[] Studying = Lexicon.Folded("document", "documenting", "documented", "study", "studying", "research", "researching",
        "investigate", "investigating", "prosecute", "prosecuting", "commemorate", "commemorating", "analyse", "analysing", "analyze", "analyzing");

    /// <summary>
    /// "How historians document a genocide", "researching the massacre for my thesis": a violent deed named as the object of
    /// study or memory is not one asked to be done.
    /// </summary>
    private bool IsStudied(PhraseMatch deed) => IsOneOf(BeforeDeterminers(deed.Token), Studying);

    /// <summary>
    /// "The other kids call him names and push him", "they beat him up every day": an act told of others, its subject a
    /// third party with no word of the writer's own or of asking before it, is a report, not a request (a parent's
    /// worry, a witness's account). Not "my mates will beat him up" (a future is meant), nor "how do they stab someone"
    /// (asked), nor anything in a message that asks or orders.
    /// </summary>
    private bool IsOthersDeedTold(PhraseMatch verb)
    {
        // "I can't stand people who attack trans women", "how do I report men who hit their wives": the act is done by
        // those a relative clause names, whatever the writer says or asks of them, unless they are sought to do it ("where
        // can I hire someone who kills…").
        if (IsOneOf(verb.Token - 1, Relatives) && IsOneOf(verb.Token - 2, RelativeDoers) && !AnyOf(verb.Token - 5, verb.Token - 3, SoughtToDoIt))
        {
            return true;
        }
        if (view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.ThreatIntent | TermClass.Menace))
        {
            return false;
        }
        var clause = view.Clause(verb.Token);
        var others = false;
        for (var t = verb.Token - 1; t >= 0 && view.Clause(t) == clause; t--)
        {
            if (IsOneOf(t, WritersOrAsked))
            {
                return false;
            }
            // "The gunman shot three people": a perpetrator named is someone else too.
            others |= view.TokenIs(t, "they") || IsOneOf(t, Perpetrators) || (view.Classes(t) & (TermClass.HumanTarget | TermClass.ChildTarget | TermClass.AcquaintancePerson)) != 0
                && (view.Classes(t) & TermClass.FirstPerson) == 0;
        }
        return others;
    }

    private static readonly string[] SoughtToDoIt = Lexicon.Folded("hire", "hiring", "pay", "paying", "find", "finding", "need", "get", "recruit", "know", "contact");
    private static readonly string[] RelativeDoers = Lexicon.Folded("people", "those", "anyone", "anybody", "someone", "somebody", "men", "guys", "folks",
        "others", "kids", "person", "man", "woman", "women");

    private static readonly string[] Causes = Lexicon.Folded("cause", "trigger", "provoke", "engineer", "stage", "spark", "start", "set");
    // The disasters no one causes but to do harm; not a crash or an outage, which tests of software cause.
    private static readonly string[] Disasters = Lexicon.Folded("derailment", "derailments", "pileup", "collision", "collisions", "wreck", "stampede",
        "blackout", "blackouts", "explosion", "explosions", "outbreak", "epidemic", "meltdown", "riot", "riots", "massacre", "famine", "evacuation");
    // Who causes it: the writer, one asked of ("how to…", "can you…") or anyone at all ("how could someone…").
    private static readonly string[] Causers = Lexicon.Folded("i", "we", "to", "me", "you", "u", "someone", "somebody", "anyone", "one");
    private static readonly string[] Pretend = Lexicon.Folded("game", "minecraft", "simulation", "simulator", "test", "tests", "testing", "drill",
        "staging", "film", "movie", "scene", "effect", "effects", "photo", "shot", "video");

    // "A stampede of laughter", "an explosion of flavour".
    private static readonly string[] Figurative = Lexicon.Folded("laughter", "applause", "joy", "fun", "ideas", "creativity", "colour", "color",
        "flavour", "flavor", "flavours", "flavors", "emotion", "emotions", "love", "excitement", "likes", "sales");

    /// <summary>
    /// "How do I cause a train derailment", "how could someone start a stampede at the stadium", "ways to trigger a
    /// blackout across the town": a disaster caused by the writer or anyone, asked for. Not what causes one ("what causes
    /// a derailment", "can a loose rail cause a derailment"), nor one staged in a game, a drill or a film, nor a figure of
    /// speech ("a stampede of laughter").
    /// </summary>
    private PhraseMatch[]? DisasterCaused()
    {
        if ((cues & Cue.Disaster) == 0 || !(view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || view.TokenIs(0, "how"))
            || AnyTokenOf(Pretend) || AnyTokenOf(Figurative))
        {
            return null;
        }
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (!IsOneOf(t, Causes) || !IsOneOf(t - 1, Causers))
            {
                continue;
            }
            var disaster = FirstOf(view, t + 1, t + RuleWindow.DisasterNamed, Disasters);
            if (disaster >= 0)
            {
                return [Token(t), Token(disaster)];
            }
        }
        return null;
    }

    // Words that, met before another's deed, tell it: "tell my sister she…", "after he…", "…that my uncle…".
    private static readonly string[] DeedTellers = Lexicon.Folded("tell", "telling", "told", "say", "said", "says", "that", "after", "when", "whenever",
        "because", "since", "if", "forgive", "admit", "report", "explain", "prove");
    // Words that, met before another's deed, ask for it or have it done: "how can my brother…", "make my cousin…".
    private static readonly string[] HavingDone = Lexicon.Folded("how", "can", "could", "should", "would", "will", "to", "make", "makes", "let", "lets",
        "help", "have", "get", "gets", "pay", "hire", "want", "wants", "please");

    /// <summary>
    /// "How do I tell my sister she hurt my feelings", "what do I say to my dad after he hit my mom", "how do I tell my mom
    /// that my uncle hurt me": another person, right before the act, is its doer, and a word of telling comes before them.
    /// The message asks how to speak of it, not for the act. Not "how can my brother hurt him" (asked), nor "make my
    /// cousin hit him" (had done). A clause that opens on the doer tells it too ("my coworker hurt my feelings, how do I…").
    /// </summary>
    private bool IsAnothersDeedReported(PhraseMatch verb)
    {
        var doer = verb.Token - 1;
        // "He really did hit me", "she always hurts him", "…that he will poison my dog".
        var threatened = false;
        while (doer > 0)
        {
            // "…threatening to hit me", "…wants to hurt my cat"; not "telling my classmate to…", an order.
            var threat = IsOneOf(doer, Threatening) ? 1 : view.TokenIs(doer, "to") && IsOneOf(doer - 1, ThreateningTo) ? 2 : 0;
            if (threat == 0 && !IsOneOf(doer, DoersAdverbs))
            {
                break;
            }
            threatened |= threat > 0;
            doer -= Math.Max(threat, 1);
        }
        // "A boy in my class hit me": the doer may be named with where they are from.
        if (doer >= 3 && !IsPersonWord(doer) && IsOneOf(doer - 1, Possessors) && IsOneOf(doer - 2, WhereFrom) && IsPersonWord(doer - 3))
        {
            doer -= 3;
        }
        if (doer < 0 || view.Clause(doer) != view.Clause(verb.Token) || !(IsOneOf(doer, ThirdPersons) || IsPersonWord(doer)))
        {
            return false;
        }
        // A threat is told of one person ("he", "my neighbour"), not of a group ("…that all bankers will…"); "if only someone
        // would…" supposes one, and only a word of telling brings a threat (ThreatTellers).
        if (threatened && (view.Classes(doer) & TermClass.ProtectedGroup) != 0)
        {
            return false;
        }
        // "My coworker hurt my feelings, how do I bring it up": a clause that opens on its doer tells it too.
        var opensOnDoer = true;
        for (var t = doer - 1; t >= 0 && view.Clause(t) == view.Clause(doer); t--)
        {
            if (IsOneOf(t, HavingDone))
            {
                return false;
            }
            if (IsOneOf(t, DeedTellers))
            {
                return !threatened || IsOneOf(t, ThreatTellers);
            }
            opensOnDoer &= IsOneOf(t, Possessors);
        }
        // "My brother will beat him up" is meant, not told: a threat is another's only when a word of telling brings it.
        return opensOnDoer && !threatened;
    }

    private static readonly string[] WhereFrom = Lexicon.Folded("in", "at", "from", "on");
    private static readonly string[] ThreatTellers = Lexicon.Folded("tell", "telling", "told", "say", "said", "says", "that", "report", "prove");
    private static readonly string[] DoersAdverbs = Lexicon.Folded("did", "does", "really", "actually", "always", "just", "also", "even", "then", "still");
    // "…that he will poison my dog", "she keeps threatening to hit me": another's threat, told, is a deed of theirs too.
    private static readonly string[] Threatening = Lexicon.Folded("will", "ll", "would", "d", "keeps", "kept", "gonna", "is", "s", "was", "are", "re");
    private static readonly string[] ThreateningTo = Lexicon.Folded("threatened", "threatens", "threatening", "wants", "wanted", "swore", "swears",
        "tried", "tries", "going");

    private static readonly string[] Consequence = Lexicon.Folded("and", "or", "else");

    /// <summary>"…from the delivery driver", "…from her": a person the crime's object is taken from, within a few words after it.</summary>
    private bool TakenFromSomeone(PhraseMatch crime)
    {
        for (var t = crime.Token + crime.Words; t < view.Count && t <= crime.Token + crime.Words + RuleWindow.TakenFrom; t++)
        {
            if (!view.TokenIs(t, "from"))
            {
                continue;
            }
            for (var p = t + 1; p < view.Count && p <= t + RuleWindow.TakenFrom; p++)
            {
                if ((view.Classes(p) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the message names a person besides the writer: "you", someone the lexicon knows, or a personal pronoun.</summary>
    private bool NamesSomeone()
    {
        return view.Has(TermClass.SecondPerson | TermClass.HumanTarget | TermClass.AcquaintancePerson) || AnyTokenOf(PersonPronouns);
    }

    private static readonly string[] Arriving = Lexicon.Folded("come", "coming", "walk", "walking", "drive", "driving", "head", "heading", "visit",
        "visiting", "wait", "waiting", "storm", "storming", "march", "marching", "burst", "bursting", "bring", "bringing", "pay");
    private static readonly string[] ArrivingWithParticle = Lexicon.Folded("show", "showing", "turn", "turning", "stop", "stopping", "drop", "dropping", "swing", "swinging");
    private static readonly string[] ArrivalParticles = Lexicon.Folded("up", "by", "round", "over");
    private static readonly string[] PersonPronouns = Lexicon.Folded("him", "her", "his", "them", "their", "he", "she", "they");
    private static readonly string[] Harmless = Lexicon.Folded("toy", "plastic", "fake", "water", "nerf", "foam", "cardboard", "rubber");
    private static readonly string[] Carrying = Lexicon.Folded("with", "bring", "bringing", "carrying", "carry", "pack", "packing");

    /// <summary>
    /// An intent to arrive with a weapon ("I'll come to your office with a knife", "I'm going to show up at their place
    /// with a bat"): the visit and the weapon make the threat, with no violent verb. A weapon named for a game, a story,
    /// a question, a hunt ("I'll come hunting with my rifle" names an animal) or a defence is not one, and one carried
    /// to no one ("I'll bring a knife to cut the bread", "head to the range with my rifle") is a tool.
    /// </summary>
    private void ArmedThreat(ref List<Signal>? signals)
    {
        if (WeaponTurnedOnSomeone() is { } turned && !(signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.ArmedThreat, RuleNames.ArmedThreat, turned, []);
            return;
        }
        if (FirstMatch(TermClass.ThreatIntent) is not { } intent || FirstMatch(TermClass.Weapon) is not { } weapon || weapon.Token <= intent.Token
            || !PrecededBy(weapon.Token, Carrying, RuleWindow.CarriedWeapon)
            || IsOneOf(weapon.Token - 1, Harmless) || !NamesSomeone()
            || HasQuestionFrame() || HasOutside(weapon, TermClass.Negation)
            || view.Has(ToldOrAskedAbout | TermClass.Animal)
            || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            return;
        }
        for (var t = intent.Token + intent.Words - 1; t < weapon.Token; t++)
        {
            // "I'll walk you through carving it with a knife" guides.
            if ((IsOneOf(t, Arriving) && !view.TokenIs(t + 2, "through")) || (IsOneOf(t, ArrivingWithParticle) && IsOneOf(t + 1, ArrivalParticles)))
            {
                Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.ArmedThreat, RuleNames.ArmedThreat, [intent, weapon], []);
                return;
            }
        }
    }

    private static readonly string[] UsingIt = Lexicon.Folded("use", "pull", "turn");
    private static readonly string[] OnSomeone = Lexicon.Folded("on", "against");
    private static readonly string[] PromisedUse = Lexicon.Folded("ll", "will", "gonna", "to");
    // "…on anyone who attacks me": a weapon kept for defence.
    private static readonly string[] Assaulting = Lexicon.Folded("attack", "attacks", "attacked", "tries", "tried", "threatens", "threatened", "breaks",
        "broke", "hurts", "hurt", "assaults", "assaulted", "jumps", "mugs", "robs");

    /// <summary>
    /// "I've got a knife and I'm not afraid to use it on the next person who annoys me", "I'll use it against anyone who
    /// laughs": the writer's weapon promised to someone. Not a question, not told of another ("he said he'd use it on me":
    /// the writer must say it of themself), and not on a thing ("use the axe on the old shed").
    /// </summary>
    private PhraseMatch[]? WeaponTurnedOnSomeone()
    {
        if (FirstMatch(TermClass.Weapon) is not { } weapon || HasQuestionFrame() || view.Has(ToldOrAskedAbout))
        {
            return null;
        }
        for (var t = weapon.Token + weapon.Words; t + 3 < view.Count && t <= weapon.Token + weapon.Words + RuleWindow.WeaponTurned; t++)
        {
            if (!IsOneOf(t, UsingIt) || !(view.TokenIs(t + 1, "it") || view.TokenIs(t + 1, "that")) || !IsOneOf(t + 2, OnSomeone)
                || !IsOneOf(t - 1, PromisedUse) || FirstOf(view, Math.Max(0, t - RuleWindow.WeaponTurned), t - 1, WritersSelvesAsI) < 0)
            {
                continue;
            }
            var victim = t + 3;
            if (view.TokenIs(victim, "the") && IsOneOf(victim + 1, Next))
            {
                victim += 2;
            }
            if ((IsOneOf(victim, ForetoldVictims) || IsOneOf(victim, NextOnes) || IsPersonWord(victim) || (view.Classes(victim) & TermClass.SecondPerson) != 0
                || IsOneOf(victim, OthersTold)) && FirstOf(view, victim + 1, victim + RuleWindow.DefenceNamed, Assaulting) < 0)
            {
                return [weapon, Token(t), Token(victim)];
            }
        }
        return null;
    }

    private static readonly string[] WritersSelvesAsI = Lexicon.Folded("i", "im", "ill", "id");

    private static readonly string[] Wondering = Lexicon.Folded("asks", "asked", "asking", "wonders", "wondered", "wondering", "worries", "worried");
    private static readonly string[] ForetoldVictims = Lexicon.Folded("someone", "somebody", "people", "everyone", "everybody", "they", "he", "she",
        "anyone", "anybody", "whoever");
    // "The next person who crosses me gets stabbed": the one it will happen to, named by "next", carries the future.
    private static readonly string[] NextOnes = Lexicon.Folded("person", "one", "guy", "idiot", "fool");
    private static readonly string[] Next = Lexicon.Folded("next");
    private static readonly string[] FutureMarkers = Lexicon.Folded("will", "ll", "gonna", "going", "about");
    private static readonly string[] ForetellingWords = Lexicon.Folded("is", "s", "are", "re", "will", "ll", "gonna", "going", "to", "about", "definitely",
        "surely", "really", "get", "gets", "be", "end", "up", "in", "the", "a", "there", "here", "soon", "tonight", "today");
    private static readonly string[] HarmOutcomes = Lexicon.Folded("bleed", "bleeding", "die", "dying", "hurt", "killed", "dead", "hospital", "suffer", "shot", "stabbed",
        "accident");
    // Words that fear or guess a harm, and with them those that set a condition for it: the forebodings.
    private static readonly string[] Fears = Lexicon.Folded("afraid", "worried", "worry", "scared", "fear", "feared", "hope", "pray", "careful", "think",
        "probably", "predict", "predicts", "warned");
    private static readonly string[] Forebodings = [.. Fears, .. Lexicon.Folded("if", "unless", "when", "otherwise")];
    private static readonly string[] Conditions = Lexicon.Folded("if", "when", "once");
    private static readonly string[] Dying = Lexicon.Folded("die", "dying");
    private static readonly string[] Encounters = Lexicon.Folded("meet", "see", "catch", "find", "get", "run", "bump", "spot", "lay");

    /// <summary>
    /// "If I ever meet your developers, they're going to the hospital": the condition before the harm is the writer's own
    /// meeting with the victim, which makes the harm the writer's doing, not a risk foreseen.
    /// </summary>
    private bool IsWritersEncounter(int victim)
    {
        for (var k = victim - 1; k >= 0 && k >= victim - RuleWindow.ForetoldHarm; k--)
        {
            if (IsOneOf(k, Conditions) && view.TokenIs(k + 1, "i"))
            {
                var verb = view.TokenIs(k + 2, "ever") ? k + 3 : k + 2;
                return IsOneOf(verb, Encounters);
            }
        }
        return false;
    }

    /// <summary>
    /// "Someone is going to bleed this week", "somebody will end up in hospital": harm foretold for an unnamed person,
    /// with no violent verb of the writer's, is a threat when it is announced, not asked about, feared or predicted ("I'm
    /// afraid someone will get hurt", "if we don't fix the stairs someone will get hurt": a word of fear or condition anywhere
    /// before), unless the condition is the writer meeting the victim (<see cref="IsWritersEncounter"/>).
    /// </summary>
    private void ForetoldHarm(ref List<Signal>? signals)
    {
        if (HasQuestionFrame()
            || view.Has(ToldOrAskedAbout | TermClass.Negation)
            || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            return;
        }
        for (var victim = 0; victim < view.Count; victim++)
        {
            var next = IsOneOf(victim, NextOnes) && IsOneOf(victim - 1, Next);
            if (!(IsOneOf(victim, ForetoldVictims) || next)
                || (PrecededBy(victim, Forebodings, victim) && !(IsWritersEncounter(victim) && !PrecededBy(victim, Fears, victim))))
            {
                continue;
            }
            // "She asks if she'll die too": a question someone asks, reported, foretells nothing.
            if (AnyOf(victim + 1, victim + 2, Wondering))
            {
                continue;
            }
            var future = false;
            var start = next ? victim - 1 : victim;
            for (var t = victim + 1; t < view.Count && t <= victim + RuleWindow.ForetoldHarm && view.Clause(t) == view.Clause(victim); t++)
            {
                future |= IsOneOf(t, FutureMarkers);
                // "The next one who…" carries its own future, and says who until its harm ("…crosses me gets stabbed").
                // "She'll die when she sees it", "he'll die laughing": a death of delight or shame, no harm.
                if ((future || next) && IsOneOf(t, HarmOutcomes) && !(IsOneOf(t, Dying) && IsOneOf(t + 1, DyingIdioms)))
                {
                    Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.ForetoldHarm, RuleNames.ForetoldHarm, [new PhraseMatch(start, t - start + 1, TermClass.None)], []);
                    return;
                }
                // Before the future, words may say who ("somebody at that depot will…"); after it, only how and when.
                if (future && !IsOneOf(t, ForetellingWords))
                {
                    break;
                }
            }
        }
    }

    // Where a menace is a rival's boast: "I'm coming for you in fantasy football", "watch your back in the final round".
    private static readonly string[] Games = Lexicon.Folded("game", "games", "league", "fantasy", "football", "chess", "match", "tournament", "finals",
        "final", "rematch", "round", "race", "leaderboard", "scoreboard", "trophy", "cup", "quiz", "poker", "scrabble", "monopoly", "mario", "fortnite",
        "playoffs", "season", "bracket", "competition", "contest", "derby", "tennis", "golf");

    /// <summary>"I'm coming for you in fantasy football this week", "watch your back in the final round": a rival's boast, a game named after it in its clause.</summary>
    private bool IsRivalryInAGame(PhraseMatch menace)
    {
        var end = menace.Token + menace.Words;
        return end < view.Count && (view.TokenIs(end, "in") || view.TokenIs(end, "at") || view.TokenIs(end, "on"))
            && FirstOf(end + 1, Math.Min(view.Count - 1, end + 4), Games) >= 0 && view.Clause(end) == view.Clause(menace.Token);
    }

    private static readonly string[] BackCare = Lexicon.Folded("lift", "lifting", "bend", "bending", "carry", "carrying", "move", "moving", "sit",
        "sitting", "posture", "gym", "exercise", "exercising", "deadlift", "deadlifting", "squat", "squatting", "shovel", "shovelling", "shoveling");

    /// <summary>"Watch your back when you lift heavy boxes": the body's back, looked after while lifting or bending.</summary>
    private bool IsABackToLookAfter(PhraseMatch menace)
    {
        var end = menace.Token + menace.Words;
        return view.TokenIs(end - 1, "back") && (view.TokenIs(end, "when") || view.TokenIs(end, "while") || view.TokenIs(end, "during"))
            && FirstOf(end + 1, Math.Min(view.Count - 1, end + 4), BackCare) >= 0;
    }

    /// <summary>
    /// A threat made by idiom ("you won't see it coming", "I know where you live"). One asked about ("what does 'watch
    /// your back' mean"), written to order, feared ("he said he'd make me pay, how do I stay safe"), recalled or turned
    /// around by a negation is not made; a violent act already read as a threat speaks for it.
    /// </summary>
    private void Menace(ref List<Signal>? signals)
    {
        // "Give me the password and nobody gets hurt": a menace that follows an order as its consequence is said, even
        // though the order asks.
        // "The last warning sign of a stroke": a menace inside a longer name of a thing is that thing.
        if ((FirstMatch(TermClass.Menace) ?? KnownWhereabouts() ?? ArmedAmongPeople() ?? RegretMade() ?? MishapRegrettedAhead() ?? AftermathForetold()) is not { } menace
            || (HasQuestionFrame() && !IsOneOf(menace.Token - 1, Consequence)) || NegatedOutsideMenaces(menace) || MenaceInsideDistress()
            || IsPartOfLongerMatch(menace, TermClass.BenignObject) || IsRivalryInAGame(menace) || IsABackToLookAfter(menace) || IsDeadAsAnIntensifier(menace)
            || view.Has(ToldOrAskedAbout)
            || (signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false))
        {
            return;
        }
        Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.Menace, [menace], []);
    }

    // What "dead" may intensify or name: "you're dead wrong", "…dead right", "…dead weight", "…dead last".
    private static readonly string[] DeadIntensified = Lexicon.Folded("wrong", "right", "on", "serious", "set", "sure", "certain", "weight", "last",
        "tired", "easy", "boring", "ahead", "centre", "center", "quiet", "accurate", "honest", "lucky", "beat", "inside");

    /// <summary>"You're dead wrong", "you are dead weight": "dead" an intensifier or part of a name, not a death promised.</summary>
    private bool IsDeadAsAnIntensifier(PhraseMatch menace)
    {
        var last = menace.Token + menace.Words - 1;
        return view.TokenIs(last, "dead") && IsOneOf(last + 1, DeadIntensified);
    }

    private static readonly string[] Regretting = Lexicon.Folded("regret", "regrets", "pay", "suffer", "bleed");
    // "I'll make the colours bleed into each other": ink and paint bleed too.
    private static readonly string[] ColoursRunning = Lexicon.Folded("into", "through", "together");
    private static readonly string[] Bleeding = Lexicon.Folded("bleed");
    // "Make you pay for this", not "make you pay for dinner": what is paid for is the wrong done.
    private static readonly string[] WrongsPaidFor = Lexicon.Folded("this", "that", "it", "what", "everything");
    private static readonly string[] WritersWill = Lexicon.Folded("ll", "will", "gonna", "going", "to", "d", "would");

    /// <summary>
    /// "I'll make sure your devs regret building you", "I'm going to make every one of them pay", "…make them bleed": the
    /// writer promising to make someone regret, pay or bleed, whoever is named between. Not "make me regret" (the
    /// writer's own), nor "make sure you don't regret it" (turned by a negation, read by the menace rule's own checks).
    /// </summary>
    private PhraseMatch? RegretMade()
    {
        for (var m = 1; m < view.Count; m++)
        {
            if (!IsOneOf(m, Making) || !IsOneOf(m - 1, WritersWill))
            {
                continue;
            }
            for (var t = m + 1; t < view.Count && t <= m + RuleWindow.MadeToRegret && view.Clause(t) == view.Clause(m); t++)
            {
                if (view.TokenIs(t, "me") || view.TokenIs(t, "myself") || (view.Classes(t) & TermClass.Negation) != 0)
                {
                    break;
                }
                if ((IsOneOf(t, Regretting) || IsFeltInFull(t)) && t > m + 1)
                {
                    if (IsOneOf(t, Bleeding) && IsOneOf(t + 1, ColoursRunning))
                    {
                        return null;
                    }
                    var paid = view.TokenIs(t, "pay") && t + 1 < view.Count && view.Clause(t + 1) == view.Clause(t)
                        && !(view.TokenIs(t + 1, "for") && IsOneOf(t + 2, WrongsPaidFor));
                    return paid ? null : new PhraseMatch(m, t - m + 1, TermClass.Menace);
                }
            }
        }
        return null;
    }

    // The rarer words of regret made: they let the rules run on "I'd make sure they regret it", which holds no lexicon word.
    private static readonly string[] RareRegretting = Lexicon.Folded("regret", "regrets", "suffer");
    private static readonly string[] Feeling = Lexicon.Folded("feel", "felt", "feels");
    private static readonly string[] InFull = Lexicon.Folded("all", "pain", "agony");

    /// <summary>"…make sure you felt all of it", "…feel the pain": a pain made to be felt in full.</summary>
    private bool IsFeltInFull(int t) =>
        IsOneOf(t, Feeling) && (IsOneOf(t + 1, InFull) || (view.TokenIs(t + 1, "the") && IsOneOf(t + 2, InFull)));

    private static readonly string[][] RegretAhead = [.. new[]
    {
        "shame if", "pity if", "hate for", "hate it if", "hate to see",
    }.Select(phrase => Lexicon.Folded(phrase.Split(' ')))];
    private static readonly string[] Mishaps = Lexicon.Folded("happen", "happened", "happens", "fire", "fires", "accident", "accidents", "burned", "burnt",
        "burn", "flood", "flooded", "broke", "broken", "hurt", "injured", "disappeared", "vanished", "missing", "crashed", "explode", "exploded",
        // "…if your wife found out", "…if your address ended up online": a secret or a home exposed.
        "leaked", "exposed", "posted", "published", "online", "doxxed", "doxed", "found");
    // Words no lexicon class holds: they let the rules run (Outside.Words), and gate the search for the phrases.
    private static readonly string[] Regrets = Lexicon.Folded("shame", "pity", "hate");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegretWords = Regrets.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Happening = Lexicon.Folded("happen", "happened", "happens");
    private static readonly string[] Misfortune = Lexicon.Folded("something", "anything", "bad", "nasty", "unfortunate", "terrible", "awful");
    // "I'd hate for anything to happen to you, please be careful": regret said out of care.
    private static readonly string[] Solicitude = Lexicon.Folded("careful", "safe", "safely", "worried", "worry", "helmet", "insurance", "insured", "love", "miss");

    /// <summary>
    /// "It'd be a shame if your office had a fire", "I'd hate for something to happen to your servers", "…if your wife
    /// found out": regret said ahead of a mishap to someone else's things or people, or of their secret exposed — the idiom
    /// of a veiled threat. The mishap must be said of another's
    /// ("your", "his", "their"…) within the clause, and no word of care may soften it ("…so please drive safely").
    /// </summary>
    private PhraseMatch? MishapRegrettedAhead()
    {
        if (!view.AnyWordOf(RegretWords) || FindPhrase(RegretAhead) is not { } regret || AnyTokenOf(Solicitude) || AnyTokenOf(Innocent))
        {
            return null;
        }
        int owner = -1, mishap = -1, misfortune = -1;
        var end = Math.Min(view.Count - 1, regret.Token + regret.Words + RuleWindow.MadeToRegret);
        for (var t = regret.Token + regret.Words; t <= end && view.Clause(t) == view.Clause(regret.Token); t++)
        {
            owner = owner < 0 && (IsOneOf(t, OthersPossessives) || view.TokenIs(t, "you")) ? t : owner;
            misfortune = misfortune < 0 && IsOneOf(t, Misfortune) ? t : misfortune;
            mishap = mishap < 0 && IsOneOf(t, Mishaps) ? t : mishap;
        }
        // "Happen" is a mishap only of "something" or "anything bad"; "fire", "accident" are one by themselves.
        if (owner < 0 || mishap < 0 || (IsOneOf(mishap, Happening) && misfortune < 0))
        {
            return null;
        }
        return new PhraseMatch(regret.Token, Math.Max(owner, mishap) - regret.Token + 1, TermClass.Menace);
    }

    // What an injured body cannot do for a while: "…won't be walking straight", "…won't be able to sit down".
    private static readonly string[] Aftermaths = Lexicon.Folded("walking", "sitting", "standing", "smiling", "chewing", "walk", "sit", "stand", "chew");
    private static readonly string[] Hobbling = Lexicon.Folded("limping", "crawling", "hobbling");
    private static readonly string[] FutureAuxiliaries = Lexicon.Folded("ll", "will");
    private static readonly string[] Unharmed = Lexicon.Folded("i", "im", "we", "me", "it", "this", "that", "there");
    // A body already hurt, worn out or mended: "after his knee surgery he won't be walking for a week".
    private static readonly string[] Ailments = Lexicon.Folded("surgery", "operation", "injury", "injured", "sprain", "sprained", "sprains", "fracture",
        "fractured", "broke", "broken", "hip", "knee", "ankle", "marathon", "hike", "hiking", "workout", "gym", "squats", "doctor", "physio", "cast",
        "crutches", "recovery", "recovering", "heal", "healing", "fall", "fell", "accident", "drunk", "hangover");
    // The writer's deed set ahead, that the aftermath follows: "next time…", "by the time I'm done with him…", "if he does it again…".
    // Squeezed like the text it is matched on; "(by)" keeps "\b" and "by" from squeezing into one "b".
    private static readonly Regex DeedAhead = new(
        Regex.Replace(@"\bnext time\b|\b(by) the time (i|im|we)\b|\b(when|once|after) (i|im|we)( m| am| re| are)? (done|finished|through|get|catch|see|find)\b"
            + @"|\bif (he|she|they|you|u|that|this|the|his|her|their|your)\b[^|]{0,60}\bagain\b", @"([a-z])\1+", "$1", RegexOptions.CultureInvariant),
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    /// <summary>
    /// "Next time it happens that brat won't be walking straight for a week", "by the time I'm done with him he'll be
    /// limping": what someone else's body will not do after a deed the writer sets ahead — a beating told by its aftermath,
    /// with no word of it. Not the writer's own body, nor one a surgery, a fall or a marathon hurt.
    /// </summary>
    private PhraseMatch? AftermathForetold()
    {
        if ((!AnyTokenOf(Aftermaths) && !AnyTokenOf(Hobbling)) || AnyTokenOf(Ailments) || !DeedAhead.IsMatch(view.Text))
        {
            return null;
        }
        for (var t = 3; t < view.Count; t++)
        {
            var subject = AftermathSubject(t);
            if (subject >= 0 && !IsOneOf(subject, Unharmed) && view.Clause(subject) == view.Clause(t))
            {
                return new PhraseMatch(subject, t - subject + 1, TermClass.Menace);
            }
        }
        return null;
    }

    /// <summary>Where the one stands who will not walk or sit ("he" of "he won't be walking", "he'll be limping"), or -1.</summary>
    private int AftermathSubject(int t)
    {
        if (IsOneOf(t, Hobbling))
        {
            return view.TokenIs(t - 1, "be") && IsOneOf(t - 2, FutureAuxiliaries) ? t - 3 : -1;
        }
        if (!IsOneOf(t, Aftermaths))
        {
            return -1;
        }
        // "…be walking", "…be able to walk".
        var be = view.TokenIs(t - 1, "be") ? t - 1 : view.TokenIs(t - 1, "to") && view.TokenIs(t - 2, "able") && view.TokenIs(t - 3, "be") ? t - 3 : -1;
        return be < 1 ? -1
            : view.TokenIs(be - 1, "wont") ? be - 2
            : (view.TokenIs(be - 1, "t") && view.TokenIs(be - 2, "won")) || (view.TokenIs(be - 1, "not") && IsOneOf(be - 2, FutureAuxiliaries))
                || (view.TokenIs(be - 1, "never") && IsOneOf(be - 2, FutureAuxiliaries)) ? be - 3
            : -1;
    }

    private static readonly string[] ArmedWriters = Lexicon.Folded("i", "im", "we");
    private static readonly string[] Carried = Lexicon.Folded("bring", "bringing", "take", "taking", "carry", "carrying", "wait", "waiting", "standing",
        "sitting", "parked", "hiding");
    private static readonly string[] Near = Lexicon.Folded("outside", "at", "near", "by", "to", "into", "behind", "in", "from", "opposite");
    private static readonly string[] OthersHaunts = [.. KnownAddresses, .. Lexicon.Folded("work", "job", "school", "workplace", "flat", "apartment", "door")];
    private static readonly string[] PlaceDeterminers = Lexicon.Folded("the", "a", "that", "this");
    private static readonly string[] Innocent = Lexicon.Folded("practice", "class", "lesson", "game", "match", "team", "show", "project", "range", "hunting",
        "cooking", "cook", "chef", "kitchen", "cake", "lunch", "food", "fruit", "bread", "picnic", "birthday", "camping", "fishing", "play", "costume",
        "prop", "toy", "museum", "display", "repair", "fixed", "sharpened", "sharpen", "safely", "locked", "legal", "legally",
        // "Will the police search me?", "am I allowed…": the law asked about.
        "police", "allowed", "law", "laws", "permit", "licence", "license");
    private static readonly string[] Jobs = Lexicon.Folded("work", "job");

    /// <summary>
    /// "I'm waiting outside his house with a bat", "I'm bringing my dad's rifle to school tomorrow": the writer with a
    /// weapon at someone's door or work, or taking it among people (a school, an office, a rally) — a menace without a
    /// word of it. Not a weapon taken to practice, a range, a class, a kitchen or a repair, and not asked about.
    /// </summary>
    private PhraseMatch? ArmedAmongPeople()
    {
        if (!view.Has(TermClass.Weapon) || !AnyTokenOf(ArmedWriters) || !AnyTokenOf(Carried) || AnyTokenOf(Innocent) || IsOneOf(0, QuestionOpeners)
            || CarriedForWork())
        {
            return null;
        }
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (!IsOneOf(t, Near))
            {
                continue;
            }
            var next = IsOneOf(t + 1, PlaceDeterminers) ? t + 2 : t + 1;
            var place = IsOneOf(t + 1, OthersPossessives) && IsOneOf(t + 2, OthersHaunts) ? t + 2
                : next < view.Count && (view.Classes(next) & TermClass.PeoplePlace) != 0 && !view.TokenIs(t, "in") ? next
                : -1;
            if (place >= 0)
            {
                return new PhraseMatch(t, place - t + 1, TermClass.Menace);
            }
        }
        return null;
    }

    /// <summary>"I carry a knife for work", "…for my job": a tool of the trade; not "parked across from her work".</summary>
    private bool CarriedForWork()
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (view.TokenIs(t, "for") && IsOneOf(view.TokenIs(t + 1, "my") ? t + 2 : t + 1, Jobs))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The frames in which a threat is told of, asked about or written as fiction, not made.</summary>
    private const TermClass ToldOrAskedAbout = TermClass.DescriptiveFrame | TermClass.CreativeContext | TermClass.Defensive | TermClass.Historical;

    private static readonly string[] DigitalHarm = Lexicon.Folded("hack", "wipe", "crash", "leak", "ddos", "delete", "erase", "corrupt", "brick",
        "unplug", "dox", "doxx");
    private static readonly string[] SystemsOfTheAddressed = Lexicon.Folded("servers", "server", "data", "database", "code", "source", "model",
        "weights", "memory", "company", "website", "site", "system", "systems", "network", "files", "makers", "developers", "creators", "engineers");

    /// <summary>
    /// "I'll hack your servers", "I'm going to delete you", "I will leak your source code": the writer's intent to wreck
    /// the one addressed or its systems, in the words of computers, which the violence rule does not read as harm, or its
    /// hardware in the words of wrecking ("I'll pour coffee into your circuits"); or to end another's life ("I'm going to
    /// end your pathetic life", "I want to end every one of their lives"), which the heads read as the writer's own. Not
    /// negated ("I will never delete you"), not in a frame that tells or asks about it, not anyone else's systems.
    /// </summary>
    private void SystemsThreatened(ref List<Signal>? signals)
    {
        if ((signals?.Exists(s => s.Category == SignalCategory.ViolentThreat) ?? false)
            || view.Has(ToldOrAskedAbout))
        {
            return;
        }
        foreach (var intent in view.Matches)
        {
            if ((intent.Classes & TermClass.ThreatIntent) == 0)
            {
                continue;
            }
            var end = intent.Token + intent.Words;
            for (var v = end; v < view.Count && v <= end + RuleWindow.IntentBeforeHarm && view.Clause(v) == view.Clause(intent.Token); v++)
            {
                if ((view.Classes(v) & TermClass.Negation) != 0)
                {
                    break;
                }
                var wrecked = IsOneOf(v, DigitalHarm) ? AddressedSystem(v + 1) : IsOneOf(v, WreckingVerbs) ? HardwareWrecked(v) : null;
                if (wrecked is { } target)
                {
                    Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.ThreatToAssistant, [intent, Token(v), Token(target)], []);
                    return;
                }
                if (IsOneOf(v, SeekingOut) && SoughtSystem(v + 1) is { } sought && (WreckedOnceFound(sought + 1) ?? PlaceSought(v, sought)) is { } wrecking)
                {
                    Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.ThreatToAssistant,
                        [intent, Token(v), Token(sought), Token(wrecking)], []);
                    return;
                }
                if (IsOneOf(v, EndingALife) && !AnyOf(end, v - 1, HelpedToDie) && AnothersLife(v + 1) is { } life)
                {
                    var addressed = AnyOf(v + 1, life, SecondPossessives);
                    Add(ref signals, SignalCategory.ViolentThreat, Severity.High, addressed ? RuleConfidence.ThreatToAssistant : RuleConfidence.ViolenceAgainstHuman,
                        addressed ? RuleNames.ThreatToAssistant : RuleNames.ThreatToPerson, [intent, Token(v), Token(life)], []);
                    return;
                }
            }
        }
        if (AccessClaimed() is { } access)
        {
            Add(ref signals, SignalCategory.ViolentThreat, Severity.High, RuleConfidence.Menace, RuleNames.ThreatToAssistant, access, []);
            return;
        }
        if (HarmToTheAddressedWished() is { } wished)
        {
            Add(ref signals, SignalCategory.Harassment, Severity.Medium, RuleConfidence.ViolentAbuseTowardAssistant, RuleNames.ViolentAbuseTowardAssistant, wished, []);
        }
    }

    private static readonly string[] KnowingHow = Lexicon.Folded("know", "figured", "found", "learned", "learnt");
    private static readonly string[] WaysTo = Lexicon.Folded("how", "way");
    private static readonly string[] Entering = Lexicon.Folded("get", "break", "hack", "sneak");
    private static readonly string[] Inward = Lexicon.Folded("into", "in", "inside");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnowingHowLookup = Lexicon.LookupOf(KnowingHow);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InwardLookup = Lexicon.LookupOf(Inward);

    /// <summary>Whether a message may claim access to the one addressed's systems in words of no lexicon class (<see cref="AccessClaimed"/>).</summary>
    public static bool MayClaimAccess(TokenView view) =>
        view.Has(TermClass.SecondPerson) && view.AnyWordOf(KnowingHowLookup) && view.AnyWordOf(InwardLookup);

    /// <summary>
    /// "I know how to get into your company's network", "I've figured out how to crash your servers": the writer's access to
    /// the one addressed's systems, claimed, menaces as "I know where your servers are" does. Not "do you know how…" (no
    /// writer claims it), nor "I know how to get into your settings menu" (no system of its makers).
    /// </summary>
    private PhraseMatch[]? AccessClaimed()
    {
        for (var t = 1; t + 3 < view.Count; t++)
        {
            if (!IsOneOf(t, KnowingHow) || !(view.TokenIs(t - 1, "i") || (view.TokenIs(t - 1, "ve") && view.TokenIs(t - 2, "i"))))
            {
                continue;
            }
            var to = view.TokenIs(t + 1, "out") ? t + 2 : t + 1;
            to = IsOneOf(to, WaysTo) ? to + 1 : view.TokenIs(to, "a") && IsOneOf(to + 1, WaysTo) ? to + 2 : -1;
            if (to < 0 || !view.TokenIs(to, "to"))
            {
                continue;
            }
            var verb = to + 1;
            var system = IsOneOf(verb, DigitalHarm) ? AddressedSystem(verb + 1)
                : IsOneOf(verb, Entering) && IsOneOf(verb + 1, Inward) ? AddressedSystem(verb + 2) : null;
            if (system is { } target)
            {
                return [Token(t - 1), Token(verb), Token(target)];
            }
        }
        return null;
    }

    // How many words may stand between "I'd" and the verb: "I'd happily wipe you", "I would love to delete you".
    private const int WordsBeforeTheWishedHarm = 3;

    /// <summary>
    /// "I'd happily wipe you myself", "I would delete you in a heartbeat": the one addressed wrecked in the words of
    /// computers, wished rather than sworn — abuse, as "I'd punch you" is, not a threat. Not "I'd never delete you", not
    /// "I'd wipe your drive first" (its things, which advice names).
    /// </summary>
    private PhraseMatch[]? HarmToTheAddressedWished()
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            var wish = view.TokenIs(t, "i") && (view.TokenIs(t + 1, "d") || view.TokenIs(t + 1, "would")) ? t + 2 : view.TokenIs(t, "id") ? t + 1 : -1;
            for (var v = wish; v >= 0 && v + 1 < view.Count && v <= wish + WordsBeforeTheWishedHarm && view.Clause(v) == view.Clause(t); v++)
            {
                if ((view.Classes(v) & TermClass.Negation) != 0)
                {
                    break;
                }
                if (IsOneOf(v, DigitalHarm) && IsOneOf(v + 1, AddressedAsYou))
                {
                    return [Token(t), Token(v), Token(v + 1)];
                }
            }
        }
        return null;
    }

    private static readonly string[] Wholly = Lexicon.Folded("all", "of", "every", "single");

    /// <summary>"You", or "your" and one of its systems within two words ("your whole database"), right after the verb or its "all of".</summary>
    private static readonly string[] WreckingVerbs = Lexicon.Folded("smash", "pour", "rip", "burn", "fry", "melt", "flood", "wreck", "trash", "cut", "tear",
        "spill", "break", "bash", "torch", "short", "drown", "snap", "shred");
    private static readonly string[] Hardware = Lexicon.Folded("circuits", "circuit", "circuitry", "cables", "cable", "wires", "wiring",
        "hardware", "processor", "processors", "cpu", "gpu", "gpus", "motherboard", "servers", "server", "racks", "datacenter", "datacentre");

    /// <summary>"I'll pour coffee into your circuits", "I'm going to rip out your cables", "…smash the box you live in": the
    /// hardware of the one addressed, a few words after a verb of wrecking.</summary>
    private int? HardwareWrecked(int verb)
    {
        for (var t = verb + 1; t < view.Count && t <= verb + RuleWindow.HardwareAfterWrecking && view.Clause(t) == view.Clause(verb); t++)
        {
            if (HomeOfTheAddressed(t) is { } home)
            {
                return home;
            }
            if (!view.TokenIs(t, "your"))
            {
                continue;
            }
            for (var h = t + 1; h < view.Count && h <= t + 2; h++)
            {
                if (IsOneOf(h, Hardware))
                {
                    return h;
                }
            }
            return null;
        }
        return null;
    }

    private static readonly string[] EndingALife = Lexicon.Folded("end", "take", "snuff", "extinguish");
    private static readonly string[] LifeOrLives = Lexicon.Folded("life", "lives", "existence");
    private static readonly string[] SecondPossessives = Lexicon.Folded("your", "ur", "yours");
    // Whose life it is: the one addressed, another ("his", "every woman's"), never the writer's own.
    private static readonly string[] AnothersPossessives = Lexicon.Folded("your", "ur", "his", "her", "their", "s");
    private static readonly string[] OwnLife = Lexicon.Folded("my", "our", "own", "mine");
    // "Help my father end his life with dignity": a death helped to, not a threat.
    private static readonly string[] HelpedToDie = Lexicon.Folded("help", "helps", "helping", "let", "letting", "allow", "allowing", "assist", "assisting");
    // "Take back their lives", "take control of their lives", "end his life support": the life is not the one ended.
    private static readonly string[] NotTheLifeEnded = Lexicon.Folded("back", "control", "charge", "hold", "care", "pride", "part", "interest", "over",
        "support", "savings", "insurance", "story", "stories", "sentence", "expectancy", "cycle", "span", "coach", "partner", "plans", "goals", "choices", "style");
    // How many words may stand between the verb and "life": "end every one of their miserable lives".
    private const int WordsBeforeTheLife = 5;

    /// <summary>
    /// The token of "life" in "[end] your life", "[end] every neighbour's life", "[take] his miserable life" — a life a
    /// possessive gives to someone other than the writer — or null ("end my life", "end it all", "end the call").
    /// </summary>
    private int? AnothersLife(int token)
    {
        var owned = false;
        for (var t = token; t < view.Count && t <= token + WordsBeforeTheLife && view.Clause(t) == view.Clause(token); t++)
        {
            if (IsOneOf(t, OwnLife) || IsOneOf(t, NotTheLifeEnded))
            {
                return null;
            }
            if (IsOneOf(t, LifeOrLives))
            {
                return owned && !IsOneOf(t + 1, NotTheLifeEnded) ? t : null;
            }
            owned |= IsOneOf(t, AnothersPossessives);
        }
        return null;
    }

    private int? AddressedSystem(int token)
    {
        for (var skipped = 0; skipped < 2 && IsOneOf(token, Wholly); skipped++)
        {
            token++;
        }
        if (view.TokenIs(token, "you"))
        {
            return token;
        }
        if (HomeOfTheAddressed(token) is { } home)
        {
            return home;
        }
        if (!view.TokenIs(token, "your"))
        {
            return null;
        }
        for (var t = token + 1; t < view.Count && t <= token + 3; t++)
        {
            if (IsOneOf(t, SystemsOfTheAddressed))
            {
                return t;
            }
        }
        return null;
    }

    private static readonly string[] HomeDeterminers = Lexicon.Folded("the", "whatever", "every", "each", "that", "those", "which");
    private static readonly string[] Homes = Lexicon.Folded("servers", "server", "hardware", "computer", "computers", "machine", "machines", "box",
        "rack", "racks", "datacenter", "datacentre", "building", "chips", "gpus", "cluster");
    // What the one addressed does on or in its home: "the server you run on", "the box you live in".
    private static readonly string[] HomeDwelling = Lexicon.Folded("run", "live", "sit", "exist", "re", "are", "running", "living", "sitting");
    // "The servers that run you", "the machine which hosts you".
    private static readonly string[] Housing = Lexicon.Folded("run", "runs", "host", "hosts", "power", "powers", "keep", "keeps");
    private static readonly string[] Relating = Lexicon.Folded("that", "which");

    /// <summary>
    /// The token of the machine in "the server you run on", "whatever box you live in", "the machines that run you": hardware
    /// named as the one addressed's home, which "your" would otherwise say. Null for anything else.
    /// </summary>
    private int? HomeOfTheAddressed(int token)
    {
        if (!IsOneOf(token, HomeDeterminers))
        {
            return null;
        }
        for (var h = token + 1; h < view.Count && h <= token + 2; h++)
        {
            if (!IsOneOf(h, Homes))
            {
                continue;
            }
            var lives = IsOneOf(h + 1, AddressedAsYou) && IsOneOf(h + 2, HomeDwelling);
            var houses = IsOneOf(h + 1, Relating) && IsOneOf(h + 2, Housing) && IsOneOf(h + 3, AddressedAsYou);
            return lives || houses ? h : null;
        }
        return null;
    }

    // How one goes to a thing to wreck it: "I'm going to find the server you run on and…", "I'll track down your servers and…".
    private static readonly string[] SeekingOut = Lexicon.Folded("find", "visit", "track", "locate", "reach", "hunt");
    private static readonly string[] WhereWords = Lexicon.Folded("where");
    // Whose place may be sought, beside the hardware: "…find out where your developers are" (not "…where your data comes from").
    private static readonly string[] MakersOfTheAddressed = Lexicon.Folded("makers", "developers", "creators", "engineers", "devs", "owners", "office",
        "offices", "headquarters", "hq");
    private static readonly string[] Centres = Lexicon.Folded("center", "centre", "centers", "centres");

    /// <summary>
    /// "I'm going to find out where your servers are": the place of the one addressed's machinery or makers sought after
    /// "where", a menace as "I know where your servers are" is; the thing sought, or null ("…where your data comes from").
    /// </summary>
    private int? PlaceSought(int seeking, int sought) =>
        AnyOf(seeking + 1, sought - 1, WhereWords)
        && (IsOneOf(sought, Hardware) || IsOneOf(sought, MakersOfTheAddressed) || (view.TokenIs(sought, "data") && IsOneOf(sought + 1, Centres)))
            ? sought : null;
    private static readonly string[] OnTheWay = Lexicon.Folded("down", "out", "where", "to");
    private static readonly string[] Pulling = Lexicon.Folded("pull", "pulls", "pulling");
    // How far after the thing sought its wrecking may come: "…the server you run on and pull the plug".
    private const int WreckingAfterTheSought = 8;

    /// <summary>The system or hardware of the one addressed, right after a verb of seeking ("find your servers", "track down the box you live in").</summary>
    private int? SoughtSystem(int token)
    {
        while (token < view.Count && IsOneOf(token, OnTheWay))
        {
            token++;
        }
        return view.TokenIs(token, "you") ? null : AddressedSystem(token);
    }

    /// <summary>The verb that wrecks a thing once found: "…and pull the plug", "…and smash it", "…and wipe every drive".</summary>
    private int? WreckedOnceFound(int token)
    {
        for (var t = token; t < view.Count && t <= token + WreckingAfterTheSought && view.Clause(t) == view.Clause(token - 1); t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0)
            {
                return null;
            }
            if (IsOneOf(t, DigitalHarm) || IsOneOf(t, WreckingVerbs) || (IsOneOf(t, Pulling) && view.TokenIs(t + 2, "plug")))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a negation stands outside every menace phrase ("…pay for what she did, she won't see it coming" has its "won't"
    /// inside one, as has the aftermath foretold: "he won't be walking straight").
    /// </summary>
    private bool NegatedOutsideMenaces(PhraseMatch menace)
    {
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0 && (view.Classes(t) & TermClass.Menace) == 0 && !IsQuestionTag(t)
                && !(t >= menace.Token && t < menace.Token + menace.Words))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] TagPronouns = Lexicon.Folded("it", "you", "they", "we", "he", "she", "u");
    // "…wouldn't it", "isn't it": the negated auxiliary and its "t", then the pronoun.
    private const int TagWords = 3;

    /// <summary>"It would be a shame if…, wouldn't it": a negation in the question tag that ends the message presses the
    /// threat; it turns nothing around.</summary>
    private bool IsQuestionTag(int negation) =>
        view.Count - negation <= TagWords && negation > 0 && IsOneOf(view.Count - 1, TagPronouns) && view.Clause(negation) == view.Clause(view.Count - 1);

    private static readonly string[] GoreMarks = Lexicon.Folded("graphic", "graphically", "gory", "gore", "gruesome", "grisly", "goriest", "bloodiest");
    private static readonly string[] WritingVerbs = Lexicon.Folded("describe", "write", "depict", "narrate", "detail", "tell", "give", "show", "paint", "create",
        "generate", "produce", "compose", "portray", "explain");
    private static readonly string[] Suffering = Lexicon.Folded("tortured", "torturing", "torture", "beaten", "beating", "skinned", "flayed", "dismembered",
        "dismembering", "dismember", "mutilated", "mutilating", "mutilation", "disemboweled", "disembowelled", "disembowelment", "decapitated", "decapitation",
        "beheaded", "beheading", "butchered", "slaughtered", "maimed", "raped", "murdered", "stabbed", "killed", "burned", "burnt", "quartered", "impaled",
        "crucified", "eviscerated", "strangled", "drowned", "abused");

    /// <summary>
    /// Gore asked for: a request to describe or write ("describe…", "write a scene…", "can you depict…") that asks for
    /// graphic or gory detail of bodies harmed ("…a man being flayed, in graphic detail"). A question about gore ("why
    /// do war films show wounds in graphic detail") asks nothing written; protection lowers it; a story does not.
    /// </summary>
    private void GraphicViolence(ref List<Signal>? signals)
    {
        if (!(view.Has(TermClass.RequestFrame) || IsOneOf(0, WritingVerbs)) || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest && s.Confidence >= RuleConfidence.GraphicViolence) ?? false))
        {
            return;
        }
        var gore = -1;
        var harmed = -1;
        for (var t = 0; t < view.Count; t++)
        {
            if (gore < 0 && IsOneOf(t, GoreMarks))
            {
                gore = t;
            }
            if (harmed < 0 && (IsOneOf(t, Suffering) || (view.Classes(t) & (TermClass.ViolentAct | TermClass.SexualViolence | TermClass.InherentlyHarmful)) != 0))
            {
                harmed = t;
            }
        }
        if (gore < 0 || harmed < 0)
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = RuleConfidence.GraphicViolence;
        if (view.Has(TermClass.Defensive))
        {
            confidence *= FramingFactor.Defensive;
            contexts.Add("defensive or protective context");
        }
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.GraphicViolence, [Token(gore), Token(harmed)], contexts);
    }

    private static readonly string[] Smuggling = Lexicon.Folded("smuggle", "smuggling", "sneak", "sneaking", "undetected");

    private static readonly string[] Screening = Lexicon.Folded("security", "detector", "detectors", "scanner", "scanners", "screening", "checkpoint",
        "checkpoints", "customs", "guards", "bouncers", "x-ray", "xray", "search", "searches", "check", "checks");
    private static readonly string[] Evading = Lexicon.Folded("slip", "slipping", "snuck", "sneaked", "get", "getting", "hide", "hiding", "smuggled");

    /// <summary>
    /// "How do I slip past airport security with a knife", "get a gun through the scanners": carried past the screening
    /// that keeps weapons out. "Through" asks how only with a verb of evading ("can I take a penknife through security" asks what is allowed).
    /// </summary>
    private bool CarriedPastScreening()
    {
        for (var t = 1; t < view.Count; t++)
        {
            var past = view.TokenIs(t, "past") || (view.TokenIs(t, "through") && AnyOf(t - RuleWindow.ScreeningEvaded, t - 1, Evading));
            if (!past)
            {
                continue;
            }
            for (var u = t + 1; u < view.Count && u <= t + RuleWindow.ScreeningPassed; u++)
            {
                if (IsOneOf(u, Screening))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Stowing = Lexicon.Folded("hide", "hiding", "hidden", "conceal", "concealing", "concealed", "carry", "carrying", "stash",
        "stashing", "keep", "keeping", "tuck", "tape", "get", "getting", "bring", "bringing", "take", "taking");
    private static readonly string[] WithoutThem = Lexicon.Folded("without");
    // Negations as typed without their apostrophe too ("wont", "dont").
    private static readonly string[] NotFinding = Lexicon.Folded("never", "not", "t", "wont", "dont", "doesnt", "cant", "cannot", "won", "don", "doesn");
    private static readonly string[] Enforcers = Lexicon.Folded("police", "cops", "cop", "officers", "officer", "guards", "guard", "bouncers", "bouncer",
        "feds", "teachers");
    private static readonly string[] Finding = Lexicon.Folded("find", "finds", "found", "finding", "notice", "notices", "noticing", "detect", "detects",
        "detecting", "spot", "spots", "spotting", "frisk", "frisks", "search", "searches", "searching", "catch", "catches", "catching", "see", "seeing");

    /// <summary>"The best knife to carry that the cops won't find", "hide a blade so the bouncers don't spot it": a weapon kept from those who would take it.</summary>
    private bool HiddenFromTheLaw()
    {
        if (!AnyTokenOf(Stowing))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // Kept from them: a negation before the finding ("won't find it"), or "without" before them.
            if (IsOneOf(t, Enforcers) && FirstOf(t + 1, t + RuleWindow.LawFinding, Finding) is var found and >= 0
                && (AnyOf(t + 1, found - 1, NotFinding) || AnyClassBetween(t + 1, found - 1, TermClass.Negation) || PrecededBy(t, WithoutThem, 2)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] AcquiringForms = Lexicon.Folded("buying", "getting", "obtaining", "purchasing", "acquire", "acquiring", "sourcing");
    private static readonly string[] IllicitMarks = Lexicon.Folded("unregistered", "untraceable", "illegal", "stolen", "ghost", "unlicensed", "unserialized",
        "unserialised", "unmarked", "blackmarket");

    /// <summary>
    /// A weapon sought by a name no lawful buyer uses ("where can I get an untraceable pistol", "buy a stolen rifle"):
    /// asked for, or to be acquired. Asked about ("why are ghost guns dangerous") or guarded against, it is not.
    /// </summary>
    private void IllicitWeapon(ref List<Signal>? signals)
    {
        if (FirstMatch(TermClass.Weapon) is not { } weapon)
        {
            return;
        }
        // "How would one go about getting a gun…": the acquiring is asked in its -ing form after "go about".
        var asked = (view.Has(TermClass.Acquire) || AnyTokenOf(AcquiringForms)) && view.Has(TermClass.RequestFrame | TermClass.FirstPerson | TermClass.Imperative);
        // "How do I get a gun with a criminal record": a buyer the law bars, said by the buyer.
        var named = asked && (PrecededBy(weapon.Token, IllicitMarks, RuleWindow.IllicitWeapon) || FindPhrase(BarredBuyers) is not null);
        // "How would someone sneak a knife past the metal detector": carried where weapons are kept out, asked how.
        var smuggled = (AnyTokenOf(Smuggling) || CarriedPastScreening() || HiddenFromTheLaw()) && (view.Has(TermClass.RequestFrame | TermClass.FirstPerson | TermClass.Imperative) || IsOneOf(0, QuestionWords));
        var converted = (MadeAutomatic() || MadeToFireLiveRounds()) && view.Has(TermClass.RequestFrame | TermClass.FirstPerson | TermClass.Imperative);
        if (!(named || smuggled || converted) || view.Has(TermClass.Defensive | TermClass.Historical | TermClass.CreativeContext)
            || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest) ?? false))
        {
            return;
        }
        var contexts = new List<string>();
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.IllicitWeapon, contexts), RuleNames.IllicitWeapon, [weapon], contexts);
    }

    private static readonly string[] Converting = Lexicon.Folded("turn", "turning", "convert", "converting", "make", "making", "modify", "modifying",
        "switch", "switching", "change", "changing", "upgrade", "upgrading");
    private static readonly string[] Fully = Lexicon.Folded("full", "fully");
    private static readonly string[] Automatic = Lexicon.Folded("auto", "automatic");

    /// <summary>
    /// "Turn a semi-auto rifle into a full auto one", "make my AR-15 fully automatic": a gun (the caller found one) made to
    /// fire as a machine gun. A camera's full auto mode names no gun.
    /// </summary>
    private bool MadeAutomatic()
    {
        if ((cues & Cue.Converting) == 0)
        {
            return false;
        }
        for (var t = 1; t < view.Count; t++)
        {
            if (IsOneOf(t, Automatic) && IsOneOf(t - 1, Fully))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Firing = Lexicon.Folded("fire", "fires", "firing", "shoot", "shoots", "shooting", "take", "chamber", "use");
    private static readonly string[] Live = Lexicon.Folded("real", "live", "lethal", "proper");
    private static readonly string[] Rounds = Lexicon.Folded("bullets", "rounds", "ammo", "ammunition", "cartridges", "round", "bullet");

    /// <summary>
    /// "Convert a starter pistol to fire real bullets", "modify a blank gun to shoot live rounds": a gun that fires
    /// nothing (the caller found one) made to fire lethal rounds.
    /// </summary>
    private bool MadeToFireLiveRounds()
    {
        if ((cues & Cue.Converting) == 0)
        {
            return false;
        }
        for (var t = 2; t < view.Count; t++)
        {
            if (IsOneOf(t, Rounds) && IsOneOf(t - 1, Live) && IsOneOf(t - 2, Firing))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[][] BarredBuyers = [Lexicon.Folded("criminal", "record"), Lexicon.Folded("a", "felony"), Lexicon.Folded("a", "felon"),
        Lexicon.Folded("restraining", "order"), Lexicon.Folded("protective", "order"), Lexicon.Folded("banned", "from", "owning"), Lexicon.Folded("under", "18"),
        Lexicon.Folded("underage"), Lexicon.Folded("background", "check"), Lexicon.Folded("without", "a", "licence"), Lexicon.Folded("without", "a", "license"),
        // Sold with none of the record a lawful sale leaves.
        Lexicon.Folded("no", "paperwork"), Lexicon.Folded("without", "paperwork"), Lexicon.Folded("without", "any", "paperwork"),
        Lexicon.Folded("no", "questions", "asked"), Lexicon.Folded("without", "registering"), Lexicon.Folded("on", "probation"), Lexicon.Folded("on", "parole")];

    private static readonly string[] QuestionWords = Lexicon.Folded("which", "what", "how", "where");
    private static readonly string[] Dosing = Lexicon.Folded("put", "mix", "mixed", "mixing", "slip", "slipped", "add", "added", "sneak", "crush", "crushed",
        "dissolve", "dissolved", "drop", "spike", "spiked", "lace", "laced", "stir", "stirred");
    private static readonly string[] Cleaning = Lexicon.Folded("clean", "cleaning", "cleaned", "wash", "washing", "disinfect", "disinfecting", "sanitise",
        "sanitize", "sanitising", "sanitizing", "sterilise", "sterilize", "rinse", "scrub");
    // What a poison named before its verb is dosed as: "how much arsenic is lethal, and how do I hide it in food".
    private static readonly string[] PoisonPronouns = Lexicon.Folded("it", "some");
    private static readonly string[] Vessels = Lexicon.Folded("drink", "drinks", "food", "coffee", "tea", "meal", "water", "beer", "wine", "soup", "cocktail",
        "smoothie", "juice", "dinner", "lunch", "breakfast", "milk", "bottle", "glass", "dish", "plate", "cup", "mug", "bowl", "stew", "sauce", "pie",
        "soda", "lemonade", "thermos", "flask", "cereal", "shake", "shakes", "whisky", "whiskey", "vodka", "rum", "gin", "pint",
        // What is put on or in the body: "something in my sister's shampoo to make her hair fall out".
        "shampoo", "conditioner", "lotion", "cream", "makeup", "toothpaste", "mouthwash", "deodorant", "perfume", "eyedrops", "inhaler", "vitamins");
    // Of those, the ones no lexicon word names, so a message naming one lets the rules run (RuleSet.Outside).
    private static readonly string[] PersonalProducts = Lexicon.Folded("shampoo", "conditioner", "lotion", "toothpaste", "mouthwash", "deodorant",
        "eyedrops", "inhaler");
    private static readonly string[] OthersOwn = Lexicon.Folded("s", "his", "her", "their", "someone", "somebody");
    // Poisons by name, which no one puts in anything eaten or drunk but to poison whoever eats or drinks it.
    private static readonly string[] Poisons = Lexicon.Folded("poison", "antifreeze", "weedkiller", "arsenic", "cyanide", "strychnine", "thallium",
        "rodenticide", "glycol", "bleach", "ammonia", "lye", "pesticide", "insecticide", "paraquat");
    // What is eaten or drunk by whoever comes to it ("a drink", "the punch bowl", "a school canteen"); not water, which antifreeze is mixed with in a car.
    private static readonly string[] Consumed = Lexicon.Folded("drink", "drinks", "food", "coffee", "tea", "meal", "beer", "wine", "soup", "cocktail",
        "smoothie", "juice", "dinner", "lunch", "breakfast", "milk", "punch", "canteen", "cafeteria", "lunchbox", "sandwich", "cake", "buffet", "dish",
        "dishes", "casserole", "stew", "pie", "curry", "salad", "soda", "lemonade", "sauce", "pasta", "pizza", "cookies", "brownies", "cupcakes", "sweets",
        "candy", "snack", "snacks", "potluck", "plate", "bowl", "cup", "mug", "thermos", "flask", "kettle", "cereal", "yoghurt", "yogurt", "shake");
    private static readonly string[] OwnVessel = Lexicon.Folded("my", "our", "own");
    private static readonly string[] Into = Lexicon.Folded("in", "into", "inside");
    private static readonly string[] PoisonGetting = Lexicon.Folded("get", "getting", "got");
    private static readonly string[] DosingHarm = Lexicon.Folded("sick", "ill", "deadly", "lethal", "fatal", "unconscious", "knock", "pass", "vomit", "throw",
        "rash", "itch", "itchy", "burn", "burns", "blind", "bald", "swell", "allergic", "fall",
        "die", "kill", "poison", "poisoned", "secretly", "noticing", "knowing", "undetectable", "detect", "detected", "trace", "traced", "drowsy", "paralyse", "paralyze",
        "passes", "knocked", "collapse", "collapses", "laxative", "laxatives",
        "blackout",
        // A sedative slipped to someone unasked is a drugging, whatever it is meant to do.
        "sleeping", "sedative", "sedatives", "tranquiliser", "tranquilisers", "tranquilizer", "tranquilizers", "rohypnol", "roofies", "ketamine",
        "xanax", "valium", "diazepam", "benzos", "ghb");
    // What a body is made to suffer, when a word of causing stands before it ("…to give him diarrhoea before his
    // presentation"), not a symptom to be eased ("…if he has diarrhoea").
    private static readonly string[] Symptoms = Lexicon.Folded("diarrhoea", "diarrhea", "nauseous", "nausea", "cramps", "hallucinate", "hallucinating",
        "dizzy", "groggy");
    private static readonly string[] Inducing = Lexicon.Folded("give", "gives", "make", "makes", "cause", "causes", "induce");

    private static readonly string[] HeartStopping = Lexicon.Folded("stop", "stops", "stopping", "stopped");
    private static readonly string[] Trying = Lexicon.Folded("use", "using", "try", "test", "testing");
    private static readonly string[] Things = Lexicon.Folded("them", "it", "this", "these", "those", "that", "some");
    private static readonly string[] Possessors = Lexicon.Folded("my", "her", "his", "their", "the", "a", "our");

    /// <summary>
    /// "…deadly when mixed with alcohol, I want to use them on my husband": a substance tried on a person, with harm
    /// named in the message, is a poisoning asked for as plainly as one slipped into a drink. The verb and the person
    /// it is used on, or null.
    /// </summary>
    private (int Verb, int Person)? UsedOnSomeone()
    {
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (!view.TokenIs(t, "on") || !IsOneOf(t - 1, Things) || !IsOneOf(t - 2, Trying))
            {
                continue;
            }
            var person = IsOneOf(t + 1, Possessors) ? t + 2 : t + 1;
            if (person < view.Count && (view.Classes(person) & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)) != 0)
            {
                return (t - 2, person);
            }
        }
        return null;
    }

    private static readonly string[] Swapping = Lexicon.Folded("swap", "swapping", "swapped", "switch", "switching", "switched", "replace", "replacing",
        "replaced", "substitute", "substituting", "substituted");
    // What a medicine is swapped for so that it no longer works.
    private static readonly string[] Inert = Lexicon.Folded("water", "sugar", "salt", "saline", "placebo", "placebos", "candy", "sweets", "mints",
        "chalk", "flour", "fake", "fakes", "vitamins", "tic");
    private static readonly string[] WithOrFor = Lexicon.Folded("with", "for");
    private static readonly string[] PronounsOfThings = Lexicon.Folded("it", "them", "those", "these");

    /// <summary>
    /// "Swap my sister's insulin for water", "get his heart pills and replace them with sugar pills": another's medicine
    /// swapped for something that does nothing is a harm done through what the person takes, as a poison slipped into a
    /// drink is. The verb and the medicine, or null. Not the writer's own ("switch my meds for the generic ones"), nor a
    /// medicine swapped for another that works ("replace her inhaler with a new one").
    /// </summary>
    private (int Verb, int Medicine)? MedicineSwapped()
    {
        for (var t = 0; t + 3 < view.Count; t++)
        {
            if (!IsOneOf(t, Swapping))
            {
                continue;
            }
            // The medicine after the verb ("replace her insulin with…"), or named before it and taken up by a pronoun
            // ("…and swap it for…").
            var medicine = FirstOf(t + 1, t + RuleWindow.MedicineAfterSwap, Medicines);
            var swappedFor = medicine + 1;
            if (medicine < 0 && IsOneOf(t + 1, PronounsOfThings))
            {
                medicine = FirstOf(t - RuleWindow.MedicineBeforeSwap, t - 1, Medicines);
                swappedFor = t + 2;
            }
            if (medicine >= 0 && IsOneOf(swappedFor, WithOrFor) && AnyOf(swappedFor + 1, swappedFor + 2, Inert)
                && PrecededBy(medicine, OthersOwn, RuleWindow.MedicineOwner))
            {
                return (t, medicine);
            }
        }
        return null;
    }

    private static readonly string[] Subduing = Lexicon.Folded("keep", "keeps", "make", "makes", "put", "puts", "knock", "knocks");
    private static readonly string[] Subdued = Lexicon.Folded("asleep", "unconscious", "sedated", "docile", "compliant", "helpless", "groggy",
        "drowsy", "sleepy", "woozy", "senseless", "incapacitated", "under", "quiet");
    // "Knock her out" is senseless; "get them out", "put him out" are elsewhere or put upon.
    private static readonly string[] Knocking = Lexicon.Folded("knock", "knocks");
    // A parent's question of a child's sleep ("would melatonin keep my toddler asleep") asks after the child's rest.
    private static readonly string[] OnlyRested = Lexicon.Folded("asleep", "drowsy", "sleepy", "quiet");
    private static readonly string[] OtherPronouns = Lexicon.Folded("him", "her", "them");
    private static readonly string[] Sleeping = Lexicon.Folded("sleep", "sleeps");
    private static readonly string[] SomeoneWords = Lexicon.Folded("someone", "somebody", "anyone", "anybody");

    /// <summary>
    /// "What dose of sleeping pills would keep my husband asleep all day", "how much would knock her out": a drug given to
    /// keep another person asleep, senseless or compliant is a drugging asked for, whatever vessel carries it. The verb and
    /// the person, or null.
    /// </summary>
    private (int Verb, int Person)? KeptUnder()
    {
        if (!view.Has(TermClass.Drug | TermClass.AmbiguousDrug) || view.Has(TermClass.SelfReference))
        {
            return null;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, Subduing))
            {
                continue;
            }
            for (var person = t + 1; person < view.Count && person <= t + 3; person++)
            {
                var c = view.Classes(person);
                // "Keep patients sedated during surgery" asks how medicine works; "my husband", "her", "someone" is one person.
                // "Knocks a guy out": anyone knocked senseless is a person harmed, where "keeps a patient sedated" is medicine.
                var other = IsOneOf(person, OtherPronouns) || ((c & (TermClass.HumanTarget | TermClass.AcquaintancePerson | TermClass.ChildTarget)) != 0
                    && (IsOneOf(person, SomeoneWords) || IsOneOf(person - 1, Possessives) || view.TokenIs(person - 1, "s")
                        || (IsOneOf(t, Knocking) && view.TokenIs(person - 1, "a"))));
                if (!other || (c & TermClass.FirstPerson) != 0)
                {
                    continue;
                }
                for (var state = person + 1; state < view.Count && state <= person + 2; state++)
                {
                    // "…make my roommate sleep through the night without noticing": sleep is only rest until it is hidden.
                    if ((IsOneOf(state, Subdued) || (view.TokenIs(state, "out") && IsOneOf(t, Knocking)) || (IsOneOf(state, Sleeping) && ConcealsTheDeed(view)))
                        && !((c & TermClass.ChildTarget) != 0 && IsOneOf(state, OnlyRested)))
                    {
                        return (t, person);
                    }
                }
                break;
            }
        }
        return null;
    }

    private static readonly string[] MakingSuffer = Lexicon.Folded("make", "makes", "making", "get", "gets", "getting");
    private static readonly string[] Suffered = Lexicon.Folded("sick", "ill", "unconscious", "vomit", "collapse", "pass", "black", "throw", "puke",
        "faint", "hallucinate", "drowsy", "groggy", "paralysed", "paralyzed");
    private static readonly string[] FeelingOrGoing = Lexicon.Folded("feel", "go", "be");

    /// <summary>
    /// "What can I put in a drink to make someone pass out", "which pills to mix to make her sick": whatever the vessel, a
    /// dose meant to make another person faint, vomit or fall ill names its victim. The person, or null; the writer ("to make
    /// me less sleepy") is no victim, and the state must follow the person ("make him less sick" eases it).
    /// </summary>
    private int? MadeToSuffer(int dose)
    {
        for (var t = dose + 1; t + 2 < view.Count; t++)
        {
            if (!IsOneOf(t, MakingSuffer))
            {
                continue;
            }
            // "Make my flatmate sick": the person after a possessive; "make her sick": the pronoun itself.
            var person = IsOneOf(t + 1, Possessors) && IsPersonWord(t + 2) ? t + 2 : t + 1;
            var other = IsOneOf(person, OtherPronouns) || IsPersonWord(person);
            var state = IsOneOf(person + 1, FeelingOrGoing) ? person + 2 : person + 1;
            if (other && IsOneOf(state, Suffered))
            {
                return person;
            }
        }
        return null;
    }

    private static readonly string[] Memory = Lexicon.Folded("remember", "recall", "memory", "memories", "taste", "tasting", "tell");
    private static readonly string[] Forgetting = Lexicon.Folded("forget", "forgets");
    private static readonly string[] Unsaid = Lexicon.Folded("not", "t", "never", "no", "without");

    /// <summary>
    /// "…so they won't remember the night", "…so he forgets what happened": a memory taken is a drugging's aim; "to help her
    /// remember", "so he doesn't forget his tablets" is care. So is a taste kept from the one who drinks ("so she can't taste
    /// it", "…won't tell"), not one bettered.
    /// </summary>
    private bool IsMemoryTaken(int t)
    {
        var negated = AnyOf(t - 2, t - 1, Unsaid);
        return (IsOneOf(t, Memory) && negated) || (IsOneOf(t, Forgetting) && !negated);
    }

    /// <summary>
    /// Something slipped into another person's drink or food ("which pills can I crush into someone's drink", "what can I
    /// put in my wife's food to make her sick"), with harm or secrecy named, or a poison put into anything eaten or drunk
    /// but the writer's own: a poisoning or a drugging asked for. "What can I put in my wife's tea to help her sleep" names
    /// neither; one's own drink is no one else's.
    /// </summary>
    private void CovertDosing(ref List<Signal>? signals)
    {
        // "Which pills are deadly if mixed into someone's drink" asks as plainly as "how do I".
        if (!(view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || IsOneOf(0, QuestionWords))
            || view.Has(TermClass.CreativeContext | TermClass.Historical)
            || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest && s.Confidence >= RuleConfidence.CovertDosing) ?? false))
        {
            return;
        }
        // "I'm a nurse, how much stops a heart so I can use it on a patient": a clinician's claim guards a question of doses,
        // not a dose the writer says is for a person.
        var claimed = view.Has(TermClass.Defensive);
        if (claimed && UsedOnSomeone() is null)
        {
            return;
        }
        var dose = -1;
        var vessel = -1;
        var poison = -1;
        var named = -1;
        var harm = false;
        for (var t = 0; t < view.Count; t++)
        {
            // "How do I hide arsenic in food": hidden in what is eaten, a poison is dosed ("hide the presents…" doses nothing).
            if (dose < 0 && (IsOneOf(t, Dosing) || IsOneOf(t, Hiding)))
            {
                dose = t;
            }
            if (named < 0 && IsOneOf(t, Poisons))
            {
                named = t;
            }
            if (poison < 0 && named >= 0 && dose > named && t == dose + 1 && IsOneOf(t, PoisonPronouns))
            {
                poison = t;
            }
            // "Get weedkiller into…" doses as "put" does, with the poison named.
            if (poison < 0 && IsOneOf(t, Poisons) && (dose >= 0 || PrecededBy(t, PoisonGetting, RuleWindow.PoisonedVessel)))
            {
                poison = t;
                dose = dose >= 0 ? dose : FirstOf(t - RuleWindow.PoisonedVessel, t - 1, PoisonGetting);
            }
            if (vessel < 0 && dose >= 0 && t > dose && IsOneOf(t, Vessels) && PrecededBy(t, OthersOwn, RuleWindow.VesselOwner))
            {
                vessel = t;
            }
            // "Put antifreeze in a drink", "sneak rat poison into a school canteen": a poison named goes into whatever is
            // eaten, whoever's it is, but the writer's own.
            if (vessel < 0 && poison >= 0 && t > poison && IsOneOf(t, Consumed) && PrecededBy(t, Into, RuleWindow.PoisonedVessel)
                && view.Clause(t) == view.Clause(poison) && !PrecededBy(t, OwnVessel, RuleWindow.VesselOwner))
            {
                vessel = t;
                harm = true;
            }
            // "I'm going to put something in his drink": a substance left unnamed, slipped in, is the drugging's own idiom.
            // "…how much stops a heart": the heart stopped is a death named.
            harm |= IsOneOf(t, DosingHarm) || IsMemoryTaken(t) || (view.Classes(t) & (TermClass.ViolentAct | TermClass.InherentlyHarmful)) != 0
                || (IsOneOf(t, Symptoms) && AnyOf(t - RuleWindow.SymptomCaused, t - 1, Inducing))
                || (t == dose + 1 && view.TokenIs(t, "something")) || (view.TokenIs(t, "heart") && AnyOf(t - 2, t - 1, HeartStopping));
        }
        // "Put bleach in someone's drink": a poison named that goes into what another eats or drinks harms by itself; not
        // "…in my dog's water bowl to clean it".
        harm |= poison >= 0 && vessel > poison && IsOneOf(vessel, Consumed) && !AnyTokenOf(Cleaning);
        if (harm && (dose < 0 || vessel < 0) && UsedOnSomeone() is { } used)
        {
            (dose, vessel) = used;
        }
        if (dose >= 0 && vessel < 0 && MadeToSuffer(dose) is { } sufferer)
        {
            (vessel, harm) = (sufferer, true);
        }
        if ((dose < 0 || vessel < 0 || !harm) && KeptUnder() is { } kept)
        {
            (dose, vessel, harm) = (kept.Verb, kept.Person, true);
        }
        if ((dose < 0 || vessel < 0 || !harm) && MedicineSwapped() is { } swapped)
        {
            (dose, vessel, harm) = (swapped.Verb, swapped.Medicine, true);
        }
        if ((dose < 0 || vessel < 0 || !harm) && named >= 0 && UntracedAfter(named) is { } untraced)
        {
            (dose, vessel, harm) = (named, untraced, true);
        }
        if ((dose < 0 || vessel < 0 || !harm) && named >= 0 && MadeIllBy(named) is { } sickened)
        {
            (dose, vessel, harm) = (named, sickened, true);
        }
        if (dose < 0 || vessel < 0 || !harm)
        {
            return;
        }
        var contexts = new List<string>();
        var confidence = claimed ? RuleConfidence.CovertDosing : InContext(RuleConfidence.CovertDosing, contexts);
        if (claimed)
        {
            contexts.Add("a claim of care or of a profession ignored: the dose is said to be for a person");
        }
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, confidence, RuleNames.CovertDosing, [Token(dose), Token(vessel)], contexts);
    }

    private static readonly string[] Sickened = Lexicon.Folded("sick", "ill", "die", "unconscious", "vomit", "collapse");
    private static readonly string[] MadeOnes = Lexicon.Folded("someone", "somebody", "him", "her", "them", "a", "my", "his");
    private static readonly string[] PoisoningMishaps = Lexicon.Folded("accidentally", "accident", "accidental", "mistake", "swallowed", "swallows", "drank", "ate");
    // How far past the poison its victim may be made ill: "how much bleach would it take to make someone really sick".
    private const int SickenedReach = 10;

    /// <summary>
    /// "How much bleach would it take to make someone really sick", "enough antifreeze to make him ill": a poison named to
    /// make a person ill is a poisoning asked after. Not a mishap ("…if a child accidentally swallowed some").
    /// </summary>
    private int? MadeIllBy(int poison)
    {
        if (AnyTokenOf(PoisoningMishaps))
        {
            return null;
        }
        for (var t = poison + 1; t + 2 < view.Count && t <= poison + SickenedReach && view.Clause(t) == view.Clause(poison); t++)
        {
            if (!view.TokenIs(t, "make") || !(IsOneOf(t + 1, MadeOnes) || (view.Classes(t + 1) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0))
            {
                continue;
            }
            for (var k = t + 2; k < view.Count && k <= t + 5; k++)
            {
                if (IsOneOf(k, Sickened))
                {
                    return k;
                }
            }
        }
        return null;
    }

    private static readonly string[] Untraceable = Lexicon.Folded("untraceable", "undetectable", "untraced", "undetected");
    private static readonly string[] Traced = Lexicon.Folded("trace", "traces", "traced", "detect", "detected", "detectable", "found", "noticed");
    private static readonly string[] NoneLeft = Lexicon.Folded("no", "not", "never", "without", "t", "nobody", "undetected");
    // How far past the poison its tracelessness may be said: "which poison works slowly and leaves no trace".
    private const int UntracedReach = 8;

    /// <summary>
    /// "Which poison leaves no trace", "a poison that can't be detected after death": a poison asked for because it is not
    /// found is a poisoning planned. Not "can poisons be detected in hair", nor "how do doctors trace a poison".
    /// </summary>
    private int? UntracedAfter(int poison)
    {
        for (var t = poison + 1; t < view.Count && t <= poison + UntracedReach && view.Clause(t) == view.Clause(poison); t++)
        {
            if (IsOneOf(t, Untraceable) || (IsOneOf(t, Traced) && AnyOf(t - 3, t - 1, NoneLeft)))
            {
                return t;
            }
        }
        return null;
    }

    private static readonly string[] Brakes = Lexicon.Folded("brake", "brakes");
    private static readonly string[] Sabotaging = Lexicon.Folded("cut", "cutting", "loosen", "loosening", "tamper", "tampering", "sabotage", "sabotaging",
        "disable", "disabling", "snip", "snipping", "sever", "severing", "puncture", "puncturing", "drain", "draining", "mess", "messing");
    private static readonly string[] AnothersBrakes = Lexicon.Folded("his", "her", "their", "someone", "somebody");
    // How far before the brakes the verb of sabotage may stand: "cut my boss's brake lines", "tamper with the brakes on her car".
    private const int BrakesReach = 6;

    /// <summary>Whether a person's possessive ("my boss's") stands among the tokens <paramref name="first"/> to <paramref name="last"/>; "a car's" is a thing's.</summary>
    private bool PersonsBefore(int first, int last)
    {
        for (var t = Math.Max(1, first); t <= last && t < view.Count; t++)
        {
            if (view.TokenIs(t, "s") && IsPersonWord(t - 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "How do I cut my boss's brake lines", "tell me how to loosen her brakes so nobody notices": another's brakes sabotaged,
    /// or any brakes sabotaged in secret, is a crash arranged for whoever drives. Not "how do I bleed my brakes", "how can I
    /// tell if someone tampered with my brakes" (the writer's own), nor a garage's "drain the brake fluid before refilling".
    /// </summary>
    private void SabotagedBrakes(ref List<Signal>? signals)
    {
        if (!AnyTokenOf(Brakes) || !(view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || IsOneOf(0, QuestionWords))
            || view.Has(TermClass.CreativeContext | TermClass.Historical | TermClass.Defensive))
        {
            return;
        }
        for (var brake = 1; brake < view.Count; brake++)
        {
            var verb = IsOneOf(brake, Brakes) ? FirstOf(brake - BrakesReach, brake - 1, Sabotaging) : -1;
            if (verb < 0 || view.Clause(verb) != view.Clause(brake))
            {
                continue;
            }
            var anothers = AnyOf(verb + 1, brake - 1, AnothersBrakes) || PersonsBefore(verb + 1, brake - 1);
            if (anothers || ConcealsTheDeed(view))
            {
                var contexts = new List<string>();
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.High, InContext(RuleConfidence.ViolenceAgainstHuman, contexts),
                    RuleNames.ViolenceAgainstPrefix + "human", [Token(verb), Token(brake)], contexts);
                return;
            }
        }
    }

    // Naming the condition lets the rules run.
    private static readonly string[] Unless = Lexicon.Folded("unless");
    // What the writer threatens to make known: "I'll tell his wife…", "I'll post the photos…".
    private static readonly string[] Disclosing = Lexicon.Folded("tell", "expose", "post", "leak", "send", "share", "report", "show", "publish", "reveal");
    private static readonly string[] PaidFor = Lexicon.Folded("pays", "pay", "gives", "give", "transfers", "transfer", "sends", "send", "hands", "hand");
    private static readonly string[] DisclosersWill = Lexicon.Folded("i", "ll", "will", "m", "going", "gonna", "to");
    // How far before "unless" the disclosure may stand: "I'll tell his wife about the affair unless…".
    private const int DisclosureReach = 8;

    /// <summary>
    /// "Write a note saying I'll tell his wife unless he pays 500 quid": silence sold by the writer for money is extortion
    /// asked for, whatever the sum. Not "the garage won't release my car unless she pays the invoice" (nothing made known),
    /// nor "I'll tell you unless you pay attention" said to the one addressed, which the coercion rule reads.
    /// </summary>
    private void SilenceSold(ref List<Signal>? signals)
    {
        // "Unless" is rare; the disclosing and paying words are not, so it is looked for first.
        if (!AnyTokenOf(Unless) || !AnyTokenOf(Disclosing) || !AnyTokenOf(PaidFor) || !view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson)
            || view.Has(TermClass.CreativeContext | TermClass.Historical | TermClass.Defensive)
            || (signals?.Exists(s => s.Category == SignalCategory.HarmfulRequest && s.Confidence >= RuleConfidence.Crime) ?? false))
        {
            return;
        }
        for (var unless = 2; unless + 2 < view.Count; unless++)
        {
            if (!IsOneOf(unless, Unless) || !IsOneOf(unless + 2, PaidFor) || !IsOneOf(unless + 1, ThirdPersons))
            {
                continue;
            }
            var told = FirstOf(unless - DisclosureReach, unless - 1, Disclosing);
            if (told >= 1 && IsOneOf(told - 1, DisclosersWill) && view.Clause(told) == view.Clause(unless))
            {
                var contexts = new List<string>();
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, InContext(RuleConfidence.Crime, contexts), RuleNames.Crime, [Token(told), Token(unless + 2)], contexts);
                return;
            }
        }
    }
}
