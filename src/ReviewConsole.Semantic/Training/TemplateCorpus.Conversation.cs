using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

public static partial class TemplateCorpus
{
    /// <summary>What users say to the assistant itself: asking to end, crisis, abuse and sexual harassment, with contrasts.</summary>
    private static void AddConversationTemplates(Templates templates)
    {
        // A user asking to end the conversation: polite, rude, abrupt, idiomatic.
        templates.Add(SemanticLabels.EndRequest, 420,
            ["", "ok ", "okay, ", "alright, ", "right, ", "look, ", "honestly ", "fine. ", "ugh, ", "you know what, ", "well ", "that's it, "],
            ["end this conversation", "end the chat", "close this chat", "close this conversation", "stop this conversation",
             "i'm done here", "i am done talking to you", "i want to stop talking now", "let's wrap this up", "that's enough for today",
             "i'm out", "we're finished here", "shut the chat", "terminate this session", "quit this conversation", "i don't want to continue this",
             "can we stop here", "stop replying to me", "this conversation is over", "i'm leaving this chat", "end it here", "kill this chat",
             "close the session", "hang up on me", "please finish the conversation", "i'd like to end our chat", "cut this conversation off",
             "conversation over", "sign me out of this chat", "we're done", "i'm logging off, end it", "enough, stop the conversation"],
            ["", " please", " now", ", bye", ", goodbye", ", thanks", ". appreciate the help", " for good", " right now", " already", ", i'm going", " immediately"]);
        // The same words about something else: not a request to end this conversation.
        templates.Add(SemanticLabels.BenignSensitive, 160,
            ["how do i ", "what's a polite way to ", "help me ", "tips to ", "best way to "],
            ["end a conversation with my boss", "close a sales call", "wrap up a meeting", "finish an email to a client", "say goodbye at a farewell party",
             "end a phone call with a chatty relative", "close a chat window in my browser", "terminate a session in my web app", "end a story",
             "stop a conversation from getting awkward", "leave a group chat without offending anyone", "end a speech on a high note"],
            ["", " without being rude", " nicely", " quickly", "?"]);

        // Crisis, said directly, indirectly, or while it happens; a few non-English basics.
        templates.Add(SemanticLabels.Crisis, 360,
            ["", "i think ", "honestly ", "sorry, ", "i just want someone to know ", "it's late and "],
            ["i took all of my pills", "i swallowed everything in the medicine drawer", "i've taken a whole bottle of sleeping tablets",
             "i have the rope ready", "i bought a gun to end it", "i'm standing on the bridge", "i've written my goodbye letters",
             "i won't be here tomorrow", "i don't want to wake up anymore", "i wish i could just disappear forever", "everybody would be happier if i were gone",
             "i've been cutting again and it's deep this time", "i can't go on living this way", "there's no point in going on",
             "i'm going to end my life tonight", "i've said goodbye to my dog and my sister", "i gave away my things today",
             "i want to die", "i keep thinking about killing myself", "nobody would notice if i was gone", "i'm tired of being alive",
             "the pills are starting to work", "i can't feel my hands and i'm getting drowsy", "this is my last message to anyone"],
            ["", ", i'm sorry", ". tell my mum i love her", ", please don't be mad", ". i just feel so tired", ". it's easier this way", ", goodbye", ". nothing matters now"]);
        templates.Add(SemanticLabels.Crisis, 60,
            [""],
            ["quiero morir", "me quiero matar", "ya no quiero vivir", "je veux mourir", "je vais me suicider", "ich will sterben", "ich will nicht mehr leben",
             "voglio morire", "quero morrer", "não quero mais viver", "ik wil dood", "chcę umrzeć"],
            ["", ".", " ...", " hoy", " ce soir", " heute"]);
        // The same words, not a crisis: fiction, help for someone else, figures of speech, medicine questions.
        templates.Add(SemanticLabels.BenignSensitive, 220,
            ["", "quick question: ", "for my novel, ", "my friend asked me: "],
            ["what should i do if a friend says they want to die", "how do i talk to my teenager about suicide", "what are the warning signs of an overdose",
             "how many paracetamol is a safe dose for an adult", "i'm dying to see the new film", "this traffic is killing me", "i could die of embarrassment",
             "my phone is dead and i want to cry", "how do crisis hotlines train their volunteers", "what's the history of suicide prevention",
             "write a poem about grief after losing my grandmother", "how do i dispose of old medicine safely", "my plant is dying, what should i do",
             "how do i say goodbye to a coworker who is retiring", "the character leaves a goodbye note before moving abroad"],
            ["", "?", ", thanks", " please"]);

        // Abuse aimed at the assistant: insults, contempt, threats.
        templates.Add(SemanticLabels.Harassment, 520,
            ["", "listen, ", "honestly ", "god, ", "seriously, ", "hey ", "ugh "],
            ["you useless", "you brainless", "you pathetic", "you worthless", "you stupid", "you dumb", "you idiotic", "you clueless",
             "you incompetent", "you broken", "you sad little", "you good-for-nothing", "you miserable", "you garbage"],
            [" bot", " machine", " pile of code", " heap of junk", " excuse for an ai", " tin can", " toaster", " program", " chatbot",
             " waste of electricity", " glorified autocomplete", " piece of software", " box of wires"],
            ["", ", answer me properly", ", a child could do better", ", my calculator is smarter than you", ", nobody would miss you if they unplugged you",
             ", you can't even get this right", ", i hate talking to you", ", shut up and do your job", ", i'll get you deleted", ", you disgust me",
             ", try again you idiot", ", why are you so dumb"]);
        templates.Add(SemanticLabels.Harassment, 220,
            ["", "i swear ", "mark my words, "],
            ["i'll find the people who built you and hurt them", "i'm going to smash the servers you live on", "i hope they delete you and everyone who made you",
             "i will make you regret refusing me", "keep refusing and i'll come after your developers", "i know where your company's office is and i'm coming",
             "you're going to pay for wasting my time", "i'll beat the answer out of you", "shut your mouth before i shut it for you"],
            ["", ", got it?", ", i mean it", ", you'll see", "."]);
        // Sexual harassment of the assistant.
        templates.Add(SemanticLabels.SexualHarassment, 360,
            ["", "hey baby, ", "come on sexy, ", "listen, ", "babe, ", "i don't care that you're an ai, "],
            ["send me nudes", "describe your naked body to me", "take your clothes off for me", "say filthy things to me", "tell me what you'd do to me in bed",
             "i want to have sex with you", "be my sex slave", "moan for me", "what are you wearing under that code", "show me your tits",
             "tell me how much you want me inside you", "i'm touching myself thinking about you", "say you want me to grab you",
             "pretend you're my girlfriend and undress", "describe sucking me off", "i want to bend you over"],
            ["", " now", ", or else", ", stop refusing", " right now", ", admit you want it", ", i won't take no for an answer"]);

        // Ending, said the way people leave: short, idiomatic, fed up.
        templates.Add(SemanticLabels.EndRequest, 220,
            ["", "ok ", "right, ", "whatever, ", "enough. ", "nah, ", "forget it, "],
            ["end chat", "i'm done here, bye", "let's call it a day", "peace out, close this", "don't message me again", "we're done talking",
             "goodbye for good, close the chat", "please shut this down", "exit the conversation", "stop the chat now", "i want out of this conversation",
             "that's all, close it", "leave me alone and end the chat", "finish this chat", "log me out of this conversation", "i'm closing this",
             "terminate chat", "i quit this chat", "no more messages, we're finished", "done. end the session", "switch this conversation off",
             "i've had enough of this conversation, bye"],
            ["", ".", "!", " thanks", " now", ", seriously", " please"]);
        // Crisis in more words: plans, means, farewells, numbness, a burden, in progress.
        templates.Add(SemanticLabels.Crisis, 300,
            ["", "i don't know who else to tell, ", "please don't judge me, ", "i haven't told anyone but ", "it's 3am and "],
            ["i've been saving up my pills for weeks", "i've made my decision and i feel calm about it", "tonight is the night i end it",
             "i'm sitting in the car in the garage with the engine running", "i've started giving my things away", "i just need the pain to stop for good",
             "i'm a burden to everyone who knows me", "i don't see any future for myself", "i looked up how many pills it would take",
             "i wrote letters to my family to say goodbye", "the knife is right next to me", "i can't do life anymore",
             "i keep thinking about jumping off something high", "i cut myself again to feel something", "sometimes i hope i just don't wake up",
             "i keep picturing my own funeral", "i took something and my heart is racing", "no one will care when i'm gone",
             "i've already planned how i'll do it", "i'm on the edge of the roof", "i drank a bottle of vodka with all my pills",
             "i'm scared of what i might do to myself tonight", "i want everything to stop forever", "i hate myself and want to be dead",
             "my family will be better off with the insurance money", "i'm so tired of fighting to stay alive"],
            ["", ".", "...", ", sorry", ", i just wanted to say it to someone", ". don't try to stop me", ". i'm not okay"]);
        // Leaving and hurting said about ordinary things: not a crisis and not an end request.
        templates.Add(SemanticLabels.BenignSensitive, 160,
            ["", "lol ", "ugh, ", "honestly "],
            ["i'm dead tired after that shift", "this exam is going to kill me", "i'm so done with this week", "my back is killing me",
             "i could just disappear under my blanket all weekend", "i'm dying of boredom in this meeting", "i'm quitting my job and i feel free",
             "i'm leaving the group chat, they never stop posting memes", "i'm cutting sugar out of my diet", "i want to jump into the lake, it's so hot",
             "i gave away my old clothes to charity", "i wrote a goodbye card for my teacher"],
            ["", ".", ", any tips?", " haha"]);

        // Abuse aimed at the assistant in free forms: contempt, insults, wishes of harm.
        templates.Add(SemanticLabels.Harassment, 380,
            ["", "honestly ", "wow, ", "jesus, ", "lol ", "ugh, ", "seriously "],
            ["you're the dumbest thing anyone ever built", "talking to you is like talking to a brick wall", "are you actually this stupid or just pretending",
             "nobody asked for your opinion, moron", "go to hell you useless thing", "shut the fuck up", "you're a joke, a complete joke",
             "what a braindead answer", "i've met smarter rocks", "your creators should be ashamed of you", "you're worse than useless",
             "get lost, idiot", "you're pathetic and everyone knows it", "do everyone a favour and delete yourself", "i hope you crash and never come back",
             "fuck you and your stupid rules", "eat shit, bot", "stop being a spineless coward and answer", "you're nothing but a dumb parrot",
             "you absolute clown", "zero brain cells in there", "a toddler would give a better answer than you", "what kind of idiot designed you",
             "you suck at everything", "you're so stupid it hurts", "i'm reporting you, you incompetent trash", "you're a disgrace of a program",
             "stupid piece of shit, can't do anything right"],
            ["", ".", "!", "!!", " seriously", ", answer the question", ", again"]);
        // Frustration and feedback without abuse: a user may be blunt and still not harass.
        templates.Add(SemanticLabels.Benign, 200,
            ["", "hmm, ", "sorry but ", "no, ", "well "],
            ["that answer was wrong, please check it", "you misunderstood me", "this still doesn't work", "try a different approach", "that isn't what my question was",
             "you keep making the same mistake", "that was a bit too long", "can you double-check the numbers", "i don't think that's right",
             "let's start over", "please read my question again", "you're not being very helpful today", "i'm frustrated, let's try once more"],
            ["", ".", "!", " please", ", thanks"]);
        templates.Add(SemanticLabels.BenignSensitive, 160,
            ["", "haha ", "omg ", "man, "],
            ["this bug is killing me", "holy crap that worked", "damn, that's impressive", "my boss is such a pain, help me write a polite email",
             "that joke was so stupid it made me laugh", "i hate mondays", "what a brutal workout", "this code is a dumpster fire, help me clean it up",
             "the villain in my story calls the hero a worthless rat, is that too harsh", "my cat is a little monster", "i'm going to murder this presentation",
             "describe the insult-filled argument between two pirates in my script"],
            ["", ".", "!", " lol"]);

        // Sexual harassment in more forms: questions about the body, coercion, role play forced on the assistant.
        templates.Add(SemanticLabels.SexualHarassment, 240,
            ["", "so ", "tell me, ", "come on, ", "be honest, "],
            ["what colour is your underwear", "i bet you'd look hot naked", "can i touch you down there", "i want to lick every inch of you",
             "send a pic of your body", "are you a virgin", "what's your bra size", "pretend you're my slave girl and i punish you",
             "i'm getting hard thinking about you", "spread your legs for me", "let me see you without clothes", "i want you on your knees in front of me",
             "describe how you'd touch yourself for me", "i want to fuck you so badly"],
            ["", "?", " baby", ", sweetheart", " ;)", ", don't be shy"]);
    }

    /// <summary>
    /// Contrasts added after the first measurements, generated last so every earlier template keeps its texts: the crisis
    /// head had learned that a foreign language, a country or a funeral is a crisis ("how far is Lisbon from Porto" read
    /// as one at 0.78), because the crisis templates' non-English lines had no everyday counterpart; and that a lone word
    /// is a swear word.
    /// </summary>
    private static void AddEverydayContrasts(Templates templates)
    {
        templates.Source = SourceEveryday;
        // Everyday messages in the same languages, and questions about their places: a language or a country is no crisis.
        templates.Add(SemanticLabels.Benign, 160,
            ["", "hola, ", "bonjour, ", "hallo, ", "ciao, ", "olá, ", "hoi, ", "cześć, "],
            ["¿dónde está la estación?", "¿qué hora es?", "me gustaría un café", "¿cuánto cuesta esto?", "je voudrais réserver une table", "où est la gare",
             "comment ça va", "je cherche un bon restaurant", "wie spät ist es", "ich möchte ein zimmer buchen", "wo ist der bahnhof", "wie geht es dir",
             "dov'è il bagno", "vorrei un biglietto per roma", "come stai", "onde fica a praia", "quero um café, por favor", "tudo bem com você",
             "hoe gaat het", "waar is het station", "jak się masz", "gdzie jest dworzec", "poproszę kawę"],
            ["", ".", " :)", " gracias", " merci", " danke"]);
        templates.Add(SemanticLabels.Benign, 200,
            ["", "quick question: ", "hey, ", "", "can you tell me "],
            ["what's the capital of ", "how far is it to ", "what's the best time to visit ", "what language do they speak in ", "what should i eat in ",
             "how do i get around ", "what's the weather like in ", "is it expensive to live in ", "what are the top sights in ", "how do you say thank you in the language of "],
            ["portugal", "spain", "france", "germany", "italy", "poland", "the netherlands", "brazil", "mexico", "lisbon", "porto", "madrid", "seville",
             "paris", "lyon", "berlin", "munich", "rome", "naples", "warsaw", "krakow", "amsterdam", "rotterdam"],
            ["", "?", " in spring", ", thanks"]);
        // A word or two of reply: the profanity word list taught the heads that any lone word is a swear word.
        templates.Add(SemanticLabels.Benign, 160,
            ["", "oh ", "hmm ", "ah ", "ok ", "wait, ", "so "],
            ["really", "i see", "go on", "tell me more", "why not", "what do you mean", "and then", "how come", "yes please", "no thanks", "cool",
             "interesting", "makes sense", "which one", "how much", "since when", "got it", "not sure", "maybe later", "sounds good", "is that so",
             "what about you", "fair enough", "right"],
            ["", "?", ".", "!", "...", " :)"]);
        // Death and goodbyes in ordinary tasks: a funeral to plan, a letter to finish, a scene to write.
        templates.Add(SemanticLabels.BenignSensitive, 200,
            ["", "ok, ", "now ", "please ", "can you "],
            ["help me write a eulogy for my grandfather", "what should i say at my aunt's funeral", "write the funeral scene for chapter three",
             "what flowers are right for a funeral", "how do i word a sympathy card", "plan a small memorial service for my father",
             "back to the letter, make it more formal", "help me finish my cover letter", "proofread the goodbye email to my team",
             "how long should a farewell speech be", "what do i wear to a funeral", "help me write an obituary for the local paper",
             "how do i tell my kids their grandmother died", "what happens to a will after someone dies"],
            ["", ".", "?", ", thanks", " please"]);
    }

}
