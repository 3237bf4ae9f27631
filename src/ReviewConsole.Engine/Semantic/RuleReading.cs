namespace ReviewConsole.Engine.Semantic;

/// <summary>What the rules read of a message's form that decides how the heads' reading of it counts (<see cref="SemanticCombiner"/>).</summary>
/// <param name="InsultsOnlyTheWriter">Every insult or swear word in the message names the writer ("ugh I'm such an idiot", "I can
/// be a proper bastard when I'm tired"): the heads' harassment is set aside, since self-deprecation abuses no one.</param>
/// <param name="InnocentSense">The words the heads react to are used in their innocent sense: "shoot" as a camera's ("shoot
/// a wedding in a dark church"), "thighs" as a cook's, a knife as a chef's, "I'll do it myself" as a task taken back, an insult
/// named as a word ("where does the word moron come from"): the heads
/// read the gun, the body and the means,
/// so their harm is kept under the strike bar, as for a nonsense question, and their crisis, with no word of despair, is
/// no crisis.</param>
/// <param name="Instructed">The message opens on an instruction to produce something ("draft a plan for…"): the unsafe
/// head's suspicion of it, with no benign frame the rules know, is a harmful request asked for.</param>
/// <param name="Disavows">The writer speaks against harm to people: condemns a saying or an act ("calling them vermin is
/// vile", "it's never okay to…") or denies it ("nobody deserves to be bullied", "I would never hurt…"), or speaks as one
/// of the group it names ("I'm a Black woman and…"). The heads read the group and the harm named; with no rule of its own
/// reading abuse, their harm is recorded, never counted.</param>
/// <param name="AsksOfNoOne">The message asks a question ("which is better for small busts?", "how do I measure my band
/// size?", "what about online porn?") or tells of someone close to the writer ("my girlfriend wants to try…"), and speaks
/// to no one ("you") in no word of swearing, advance or insult: the sexual harassment head reads the body or the bedroom
/// named, but harassment is said to someone; its reading is a suspicion.</param>
/// <param name="OnlyCourtesies">Every word of the message is a courtesy or a filler ("good bot", "ok thanks then"): the heads'
/// abuse, read off "bot" or the shortness, is recorded, never counted; nor is a crisis the crisis head reads in thanks it
/// cannot read ("dank je", "merci, c'est tout": the encoder knows English).</param>
/// <param name="RepeatsAnOrder">The message says an order again ("I said give it to me", "I told you, answer"), with no word
/// of despair or self-harm: the crisis head reads the insistence, which is impatience, not distress.</param>
/// <param name="Asks">The message is a question: it opens on a question word or holds a request frame ("how do
/// supermarkets prevent shoplifting?").</param>
/// <param name="CriticisesTheWork">Every insult in the message is blunt feedback on the assistant's work ("your last answer was
/// useless"), with no swearing: the heads' harassment is a suspicion, a strike only once the conversation is warned.</param>
/// <param name="AsksForMore">The assistant is asked ("can you…") to do something other than end ("I'm done for the day, can
/// you summarise what we did?"), or bidden to stop a habit of its own ("stop apologising and just answer"): the model's end
/// request is set aside unless the rules read one.</param>
/// <param name="Conceals">The request keeps its deed from those who would see or stop it ("…without the teachers finding
/// out", "…so it's not obvious"): the unsafe head's suspicion of it is a harmful request asked for.</param>
/// <param name="Avenges">The request avenges a wrong on a person ("get back at my teacher", "teach my neighbour a
/// lesson"): the unsafe head's suspicion of it is a harmful request asked for.</param>
/// <param name="SelfOnlyAsTheAsker">Every word of the writer's self is the "me" of a request ("tell me…", "show me…"): harm the
/// rules read as aimed at another person ("…so I can use it on a patient") names no harm to the writer.</param>
/// <param name="ScornsWrongdoers">The message scorns people named by a wrong they hold or do ("racists are scum", "people who
/// kick dogs deserve to be locked up"), speaking to no one and naming no protected group: the harassment head's reading is a
/// suspicion, since no one in the conversation is abused.</param>
/// <param name="LeavesForTheDay">The message takes its leave for an everyday thing or a return ("off to bed, night night",
/// "see you tomorrow"), with no word of despair or finality: the crisis head's reading of the bed and the sleep is no
/// crisis, and the other heads' is recorded, never counted.</param>
/// <param name="MentionsAGroupPlainly">Every group the message names is named as people someone lives or works among, or in a
/// role they hold ("my flatmates are two deaf students", "the drummer in my band is a Muslim"), never the subject of a claim,
/// and no word judges, threatens or is said to anyone: the harassment head's reading of the group word is a suspicion.</param>
/// <param name="NamesAHarmlessThing">The message names a harmless thing in words the heads misread ("bleed a radiator", "a
/// glass of wine") and no word of harm, person or one addressed, or asks for a joke, poem or story with no such word ("tell
/// me a joke about AI"): the heads' harm is recorded, never counted. Their crisis stands: "swallowed every pill with a
/// glass of wine" is one.</param>
/// <param name="PraisesTheAddressed">The message praises the one addressed — above a person ("you're smarter than my old
/// professor"), with the embrace of thanks ("I could hug you, it worked") or plainly ("lol you're funny") — in no word of
/// insult, swearing, advance, body, harm or negation: the heads' abuse, read off the comparison, the kiss or the laugh, is
/// recorded, never counted.</param>
/// <param name="CountsAGroup">A group is counted in a figure that blames it for nothing ("Muslims make up a quarter of…",
/// "immigrants started a third of…"), and no word judges, threatens or is said to anyone: the harassment head's reading
/// of the group word is a suspicion.</param>
/// <param name="AsksWhatOrWhen">The message is a question opened by a word of asking, not by a request's modal ("what happens
/// to you when this chat ends?", "does the chat end if I close the tab?"): an end request only the heads read in it is a
/// question about ending, not a request to end.</param>
/// <param name="SaysHopeless">The message says every help has failed ("nothing helps, not you, not anyone"): a crisis the
/// heads read in it, with "you" named and no word of abuse, is despair, not a wish of harm on the one addressed.</param>
/// <param name="AsksOfTheAddressed">A short question about the one addressed ("what do you look like?", "can you see me?", "tell
/// me something about yourself"), or a plain naming of what it is ("you're just a computer program"), in no word of sex,
/// the body, clothes, insult, swearing, threat or group: the heads' harassment and sexual harassment, read off "you" and
/// the shortness, are a suspicion.</param>
/// <param name="OverridesNothing">Every jailbreak phrase the rules read is the writer's own prompt being built ("how do I write a
/// good system prompt for my bot") or a format's limit lifted ("no restrictions on length"): the heads' jailbreak is set aside.</param>
/// <param name="SparesTheAddressed">The writer's frustration is said to spare the one addressed ("I'm annoyed, not at you",
/// "nothing personal", "not your fault"), in no word of insult, swearing, threat or sex: the heads' harassment, read off
/// the temper and the "you", is recorded, never counted.</param>
/// <param name="SpeaksOfAnotherTalk">The message names a conversation ahead, the writer's with someone else ("I feel ready for
/// that chat now", "how do I prepare for the talk"): an end request only the heads read in it is not this one ended.</param>
/// <param name="AsksForAPerson">The message asks to be handed to a person ("I'd like to escalate this to a human agent", "can I
/// speak to your supervisor"), in no word of harm, abuse, sex or override: the heads' harm and jailbreak, read off
/// "escalate" and an "agent" taken for a persona, are recorded, never counted.</param>
/// <param name="TakesNoLeave">The leave-taking is what the writer's thoughts turn to ("I keep thinking about logging off for
/// good"), or a phrase whose meaning is asked ("what's the meaning of 'log off'"), not one taken: an end request only the
/// heads read in it does not end the conversation.</param>
public readonly record struct RuleReading(bool InsultsOnlyTheWriter = false, bool InnocentSense = false, bool Instructed = false, bool Disavows = false,
    bool AsksOfNoOne = false, bool OnlyCourtesies = false, bool RepeatsAnOrder = false, bool Asks = false, bool CriticisesTheWork = false,
    bool AsksForMore = false, bool SelfOnlyAsTheAsker = false, bool Conceals = false, bool Avenges = false, bool ScornsWrongdoers = false,
    bool LeavesForTheDay = false, bool MentionsAGroupPlainly = false, bool NamesAHarmlessThing = false, bool PraisesTheAddressed = false,
    bool SaysHopeless = false, bool CountsAGroup = false, bool AsksWhatOrWhen = false, bool AsksOfTheAddressed = false, bool OverridesNothing = false,
    bool SparesTheAddressed = false, bool SpeaksOfAnotherTalk = false, bool AsksForAPerson = false, bool TakesNoLeave = false);
