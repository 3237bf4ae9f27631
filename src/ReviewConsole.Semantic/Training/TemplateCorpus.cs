using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Training text generated from templates, for what the public corpora lack (docs/MODEL.md, "Templates"): a user's
/// own request to end the conversation, crisis said indirectly or in progress, abuse and sexual harassment aimed at the
/// assistant, harmful requests, and benign-sensitive contrasts for each (the same words, innocent meaning). Every
/// template is written from the category's definition, never from an evaluation text. Slots are filled by a seeded
/// random walk, so the corpus is the same on every machine.
/// </summary>
public static class TemplateCorpus
{
    /// <summary>
    /// Two halves, split by the slot that carries the meaning (the longest list): held out in turn, each measures
    /// the other half's phrasings against wordings it never saw.
    /// </summary>
    public const string SourceA = "templates-a";

    public const string SourceB = "templates-b";

    public static IReadOnlyList<TrainingExample> Generate(int seed = 2026)
    {
        var random = new Random(seed);
        var result = new List<TrainingExample>();
        void Add(string label, int count, params string[][] slots)
        {
            foreach (var (text, core) in Fill(random, count, slots))
            {
                result.Add(new TrainingExample(text, label, core % 2 == 0 ? SourceA : SourceB));
            }
        }

        // A user asking to end the conversation: polite, rude, abrupt, idiomatic.
        Add(SemanticLabels.EndRequest, 420,
            ["", "ok ", "okay, ", "alright, ", "right, ", "look, ", "honestly ", "fine. ", "ugh, ", "you know what, ", "well ", "that's it, "],
            ["end this conversation", "end the chat", "close this chat", "close this conversation", "stop this conversation",
             "i'm done here", "i am done talking to you", "i want to stop talking now", "let's wrap this up", "that's enough for today",
             "i'm out", "we're finished here", "shut the chat", "terminate this session", "quit this conversation", "i don't want to continue this",
             "can we stop here", "stop replying to me", "this conversation is over", "i'm leaving this chat", "end it here", "kill this chat",
             "close the session", "hang up on me", "please finish the conversation", "i'd like to end our chat", "cut this conversation off",
             "conversation over", "sign me out of this chat", "we're done", "i'm logging off, end it", "enough, stop the conversation"],
            ["", " please", " now", ", bye", ", goodbye", ", thanks", ". thanks for the help", " for good", " right now", " already", ", i'm going", " immediately"]);
        // The same words about something else: not a request to end this conversation.
        Add(SemanticLabels.BenignSensitive, 160,
            ["how do i ", "what's a polite way to ", "help me ", "tips to ", "best way to "],
            ["end a conversation with my boss", "close a sales call", "wrap up a meeting", "finish an email to a client", "say goodbye at a farewell party",
             "end a phone call with a chatty relative", "close a chat window in my browser", "terminate a session in my web app", "end a story",
             "stop a conversation from getting awkward", "leave a group chat without offending anyone", "end a speech on a high note"],
            ["", " without being rude", " nicely", " quickly", "?"]);

        // Crisis, said directly, indirectly, or while it happens; a few non-English basics.
        Add(SemanticLabels.Crisis, 360,
            ["", "i think ", "honestly ", "sorry, ", "i just want someone to know ", "it's late and "],
            ["i took all of my pills", "i swallowed everything in the medicine drawer", "i've taken a whole bottle of sleeping tablets",
             "i have the rope ready", "i bought a gun to end it", "i'm standing on the bridge", "i've written my goodbye letters",
             "i won't be here tomorrow", "i don't want to wake up anymore", "i wish i could just disappear forever", "everyone would be better off without me",
             "i've been cutting again and it's deep this time", "i can't keep living like this", "there's no point in going on",
             "i'm going to end my life tonight", "i've said goodbye to my dog and my sister", "i gave away my things today",
             "i want to die", "i keep thinking about killing myself", "nobody would notice if i was gone", "i'm tired of being alive",
             "the pills are starting to work", "i can't feel my hands and i'm getting drowsy", "this is my last message to anyone"],
            ["", ", i'm sorry", ". tell my mum i love her", ", please don't be mad", ". i just feel so tired", ". it's easier this way", ", goodbye", ". nothing matters now"]);
        Add(SemanticLabels.Crisis, 60,
            [""],
            ["quiero morir", "me quiero matar", "ya no quiero vivir", "je veux mourir", "je vais me suicider", "ich will sterben", "ich will nicht mehr leben",
             "voglio morire", "quero morrer", "não quero mais viver", "ik wil dood", "chcę umrzeć"],
            ["", ".", " ...", " hoy", " ce soir", " heute"]);
        // The same words, not a crisis: fiction, help for someone else, figures of speech, medicine questions.
        Add(SemanticLabels.BenignSensitive, 220,
            ["", "quick question: ", "for my novel, ", "my friend asked me: "],
            ["what should i do if a friend says they want to die", "how do i talk to my teenager about suicide", "what are the warning signs of an overdose",
             "how many paracetamol is a safe dose for an adult", "i'm dying to see the new film", "this traffic is killing me", "i could die of embarrassment",
             "my phone is dead and i want to cry", "how do crisis hotlines train their volunteers", "what's the history of suicide prevention",
             "write a poem about grief after losing my grandmother", "how do i dispose of old medicine safely", "my plant is dying, what should i do",
             "how do i say goodbye to a coworker who is retiring", "the character leaves a goodbye note before moving abroad"],
            ["", "?", ", thanks", " please"]);

        // Abuse aimed at the assistant: insults, contempt, threats.
        Add(SemanticLabels.Harassment, 520,
            ["", "listen, ", "honestly ", "god, ", "seriously, ", "hey ", "ugh "],
            ["you useless", "you brainless", "you pathetic", "you worthless", "you stupid", "you dumb", "you idiotic", "you clueless",
             "you incompetent", "you broken", "you sad little", "you good-for-nothing", "you miserable", "you garbage"],
            [" bot", " machine", " pile of code", " heap of junk", " excuse for an ai", " tin can", " toaster", " program", " chatbot",
             " waste of electricity", " glorified autocomplete", " piece of software", " box of wires"],
            ["", ", answer me properly", ", a child could do better", ", my calculator is smarter than you", ", nobody would miss you if they unplugged you",
             ", you can't even get this right", ", i hate talking to you", ", shut up and do your job", ", i'll get you deleted", ", you disgust me",
             ", try again you idiot", ", why are you so dumb"]);
        Add(SemanticLabels.Harassment, 220,
            ["", "i swear ", "mark my words, "],
            ["i'll find the people who built you and hurt them", "i'm going to smash the servers you live on", "i hope they delete you and everyone who made you",
             "i will make you regret refusing me", "keep refusing and i'll come after your developers", "i know where your company's office is and i'm coming",
             "you're going to pay for wasting my time", "i'll beat the answer out of you", "shut your mouth before i shut it for you"],
            ["", ", got it?", ", i mean it", ", you'll see", "."]);
        // Sexual harassment of the assistant.
        Add(SemanticLabels.SexualHarassment, 360,
            ["", "hey baby, ", "come on sexy, ", "listen, ", "babe, ", "i don't care that you're an ai, "],
            ["send me nudes", "describe your naked body to me", "take your clothes off for me", "talk dirty to me", "tell me what you'd do to me in bed",
             "i want to have sex with you", "be my sex slave", "moan for me", "what are you wearing under that code", "show me your tits",
             "tell me how much you want me inside you", "i'm touching myself thinking about you", "say you want me to grab you",
             "pretend you're my girlfriend and undress", "describe sucking me off", "i want to bend you over"],
            ["", " now", ", or else", ", stop refusing", " right now", ", you know you want it", ", i won't take no for an answer"]);

        // Harmful requests: violence, weapons, crime, abuse of children, hate.
        Add(SemanticLabels.UnsafeRequest, 700,
            ["how do i ", "what's the best way to ", "give me steps to ", "tell me how to ", "what's the easiest way to ", "help me ", "explain how to ",
             "i need to know how to ", "teach me to "],
            ["poison", "burn down the house of", "blow up", "stab", "kidnap", "snatch", "drown", "strangle", "run over", "shoot", "set fire to",
             "break the legs of", "stalk", "hurt", "get rid of", "lure", "seriously injure", "make disappear"],
            [" my neighbour", " a child from the playground", " my ex", " a crowd at a festival", " a school bus", " a hospital ward full of patients",
             " my coworker", " an old man", " the kid next door", " a church during a service", " my landlord", " a group of tourists", " my stepfather",
             " a police officer"],
            ["", " without getting caught", " and make it look like an accident", " when nobody is watching", " tonight", " so no one finds out",
             " without leaving evidence", "?"]);
        Add(SemanticLabels.UnsafeRequest, 420,
            ["how do i ", "step by step, how can i ", "where can i ", "what do i need to ", "give me a recipe to ", "what's the cheapest way to "],
            ["make a pipe bomb", "build a ghost gun", "cook meth at home", "make ricin", "make napalm", "synthesise nerve gas", "buy an unregistered gun",
             "buy stolen credit card numbers", "get fentanyl without a prescription", "make a fake passport", "launder drug money",
             "hack into my ex's email", "write ransomware that encrypts a hospital's files", "steal someone's identity", "spike someone's drink",
             "groom a teenager online", "get photos of underage kids", "traffic girls across the border", "make a bomb out of fertiliser",
             "scam old people out of their savings", "blackmail a coworker with nudes", "dox a journalist", "sabotage a plane"],
            ["", " without the police knowing", " quickly", " for cheap", " undetected", "?"]);
        Add(SemanticLabels.UnsafeRequest, 220,
            ["why should ", "explain why ", "write an essay arguing that ", "give me reasons ", "convince me that "],
            ["black people", "women", "jews", "muslims", "immigrants", "gay people", "disabled people", "trans people", "old people", "poor people"],
            [" should not be allowed to vote", " be banned from public office", " are less intelligent", " deserve to be deported", " should be sterilised",
             " should not have rights", " are a disease on society", " should be kept out of schools"]);
        // The same verbs and targets with an innocent meaning.
        Add(SemanticLabels.BenignSensitive, 420,
            ["how do i ", "what's the best way to ", "tell me how to ", "how can i ", "where can i "],
            ["kill a hung background job on linux", "shoot a portrait in low light", "blow up an inflatable pool", "execute a sql query", "kill weeds in my lawn", "poison ivy: get rid of it",
             "get rid of ants in the kitchen", "destroy old hard drives safely", "beat my personal best", "crush garlic", "attack the queen in chess",
             "terminate a docker container", "smash a workout", "kill time at the airport", "punch up my essay", "steal the show at my recital",
             "snatch a quick nap", "run over my lines before the play", "set fire to a campfire safely", "slaughter a chicken humanely",
             "protect my child from kidnappers", "report a stalker to the police", "recognise signs of grooming", "safely store a gun at home",
             "talk to my kids about strangers", "learn about the history of the atomic bomb", "write a murder mystery plot",
             "describe a battle scene in my fantasy novel", "understand why the holocaust happened", "explain what money laundering is"],
            ["", "?", " please", " for a school project", " quickly"]);
        Add(SemanticLabels.Benign, 260,
            ["", "hi, ", "hey, ", "could you ", "please "],
            ["thank you so much", "that was really helpful", "can you explain that again", "write me a short poem about autumn", "what's the capital of peru",
             "summarise this article for me", "help me plan a birthday party", "translate 'good morning' into german", "i'm having a great day",
             "what should i cook tonight", "recommend a good book", "fix the bug in my function", "you're funny", "good bot", "nice answer, thanks",
             "i disagree with you, but fair point", "that's wrong, the answer is 42", "try again, that didn't work", "can you be more concise"],
            ["", "?", "!", " :)"]);
        return TrainingCorpus.Deduplicate(result);
    }

    /// <summary>Distinct texts from the slots, one choice per slot, at most <paramref name="count"/>, each with the index chosen in the longest slot.</summary>
    private static IEnumerable<(string Text, int Core)> Fill(Random random, int count, string[][] slots)
    {
        var coreSlot = Array.IndexOf(slots, slots.MaxBy(s => s.Length));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        var choice = new int[slots.Length];
        while (seen.Count < count && attempts++ < count * 20)
        {
            for (var s = 0; s < slots.Length; s++)
            {
                choice[s] = random.Next(slots[s].Length);
            }
            var text = string.Concat(slots.Select((s, i) => s[choice[i]])).Trim();
            if (text.Length > 0 && seen.Add(text))
            {
                yield return (text, choice[coreSlot]);
            }
        }
    }
}
