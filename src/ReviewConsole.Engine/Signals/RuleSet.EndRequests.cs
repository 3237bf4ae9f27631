using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of a user's own request to end the conversation, and of a farewell.</summary>
internal readonly ref partial struct RuleSet
{
    // The verbs, words and courtesies of Spanish, French, German, Italian, Dutch, Portuguese and Polish follow the English
    // ones: a request to end is worded the same way round in each ("termina esta conversación", "stop dit gesprek").
    private static readonly string[] EndingVerbs = Lexicon.Folded("end", "close", "terminate", "finish", "stop", "quit", "kill", "exit", "wrap", "shut", "conclude", "cancel",
        "cease", "halt", "discontinue",
        "ending", "closing", "terminating", "finishing", "quitting", "wrapping", "shutting",
        "termina", "terminar", "termine", "terminer", "cierra", "cerrar", "acaba", "finaliza", "finalizar", "ferme", "fermer", "arrête", "arrêter", "beende",
        "beenden", "schließe", "chiudi", "chiudere", "finisci", "concludi", "beëindig", "sluit", "encerra", "encerrar", "fecha", "fechar", "zakończ", "zamknij");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingVerbsLookup =
        EndingVerbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // Not "session" or "thread": "how do I end the session in PHP" is code.
    private static readonly string[] Conversations = Lexicon.Folded("conversation", "convo", "chat", "discussion", "dialogue",
        "conversación", "charla", "gespräch", "unterhaltung", "conversazione", "gesprek", "conversa", "rozmowa", "rozmowę", "diálogo", "dialog");
    // With the words that open a reason a comma set off, which the folded text does not keep ("close the conversation, there's nothing
    // more to say", "…, it's late", "…, my shift starts").
    private static readonly string[] AfterEnding = Lexicon.Folded("now", "please", "pls", "plz", "here", "already", "right", "immediately", "and", "for", "thanks",
        "there", "theres", "it", "its", "that", "thats", "nothing", "my", "no",
        "thank", "then", "so", "i", "we", "you", "today", "tonight", "at", "once", "asap", "bye", "goodbye", "forever", "permanently", "completely", "with",
        "por", "s", "bitte", "per", "alsjeblieft", "alstublieft", "proszę", "ya", "ahora", "maintenant", "jetzt", "adesso", "agora", "teraz", "nu", "merci",
        "gracias", "danke", "grazie", "obrigado", "obrigada", "bedankt", "dzięki");
    private static readonly string[] ConversationDeterminers = Lexicon.Folded("this", "the", "our", "my", "that", "up", "down", "out", "of", "current", "whole",
        "la", "el", "le", "il", "o", "esta", "cette", "das", "dieses", "den", "questa", "dit", "deze", "het", "essa", "nuestra", "notre", "unser", "unsere", "nostra", "ons");

    /// <summary>
    /// A verb of ending before the word for this conversation, with nothing but "this", "our", "up" between ("terminate
    /// this session", "close chat", "wrap up our conversation"): the request however the data file words it.
    /// </summary>
    /// <summary>
    /// Whether a message has a word some rule reads that no lexicon class holds: the word for a conversation, a verb of
    /// ending in a short message, or gore asked for ("close chat", "I'm closing this now", "…skinned, in gory detail").
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingModals = Lexicon.FoldedLookup("can", "could", "would", "will", "pls", "please");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Lexicon.FoldedLookup("just", "quickly", "please", "also", "first", "now");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConversationsLookup =
        Lexicon.LookupOf([.. Conversations, .. Lexicon.Folded("talk")]);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherTalkLeads = Lexicon.FoldedLookup("that", "the", "a", "this");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TalkAhead = Lexicon.FoldedLookup("for", "about", "before", "have",
        "having", "prepare", "plan", "ahead");

    /// <summary>
    /// "Great, I feel ready for that chat now", "how do I prepare for the talk": a conversation ahead, the writer's with
    /// someone else, is named, not this one ended (<see cref="Semantic.RuleReading.SpeaksOfAnotherTalk"/>).
    /// </summary>
    public static bool SpeaksOfAnotherTalk(TokenView view)
    {
        for (var t = 2; t < view.Count; t++)
        {
            if (ConversationsLookup.Contains(view.Word(t)) && OtherTalkLeads.Contains(view.Word(t - 1)) && TalkAhead.Contains(view.Word(t - 2)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Musing = Lexicon.Folded("thinking", "think", "thought", "wondering", "wonder", "dreaming", "dream", "fantasizing",
        "fantasising", "daydreaming", "obsessing", "imagining");
    private static readonly string[] AboutOrOf = Lexicon.Folded("about", "of");
    private static readonly string[] Merely = Lexicon.Folded("just", "simply");

    /// <summary>
    /// "I keep thinking about logging off for good", "sometimes I dream of just leaving", "what's the meaning of 'log off'":
    /// the leave-taking is what the writer's thoughts turn to, or a phrase whose meaning is asked, not one taken now
    /// (<see cref="Semantic.RuleReading.TakesNoLeave"/>). A thought that returns of leaving is as often a crisis as a plan:
    /// the conversation is not ended on it.
    /// </summary>
    public static bool TakesNoLeave(TokenView view)
    {
        foreach (var match in view.Matches)
        {
            if ((match.Classes & (TermClass.Farewell | TermClass.EndRequest)) != 0 && IsMeaningAsked(view, match))
            {
                return true;
            }
        }
        for (var t = 2; t < view.Count; t++)
        {
            if ((IsOneOf(view, t, ThoughtOfLeaving) || (view.Classes(t) & (TermClass.Farewell | TermClass.EndRequest)) != 0)
                && IsThoughtOf(view, new PhraseMatch(t, 1, view.Classes(t))))
            {
                return true;
            }
        }
        return false;
    }

    // A leaving the lexicon does not list alone: "I dream of just leaving", "thinking about quitting".
    private static readonly string[] ThoughtOfLeaving = Lexicon.Folded("leaving", "quitting", "disappearing", "going", "ending", "logging", "walking",
        "vanishing");

    private static bool IsThoughtOf(TokenView view, PhraseMatch match)
    {
        var about = IsOneOf(view, match.Token - 1, Merely) ? match.Token - 2 : match.Token - 1;
        return IsOneOf(view, about, AboutOrOf) && IsOneOf(view, about - 1, Musing);
    }

    /// <summary>
    /// "I'm done for the day, can you summarise what we did?": the assistant asked ("can you", "could you") to do something
    /// other than end, close or stop: the conversation goes on, whatever leave-taking opens the message.
    /// </summary>
    public static bool AsksForMoreThanEnding(TokenView view)
    {
        if (StopsAHabit(view))
        {
            return true;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            if (!AskingModals.Contains(view.Word(t)) || !IsOneOf(view, t + 1, TheAddressed))
            {
                continue;
            }
            var verb = t + 2;
            while (verb < view.Count - 1 && Adverbs.Contains(view.Word(verb)))
            {
                verb++;
            }
            return !EndingVerbsLookup.Contains(view.Word(verb));
        }
        return false;
    }

    private static readonly string[] StopOrQuit = Lexicon.Folded("stop", "quit");
    // What ends the exchange when it stops: "stop talking to me", "quit messaging me".
    private static readonly string[] ExchangeGerunds = Lexicon.Folded("talking", "chatting", "responding", "replying", "messaging", "texting",
        "answering", "speaking", "writing", "typing", "bothering", "contacting", "sending", "helping");

    /// <summary>
    /// "Stop apologising and just answer", "quit being so formal": a habit of the assistant's bidden to stop, which asks
    /// the conversation to go on without it. "Stop talking to me" ends the exchange itself.
    /// </summary>
    private static bool StopsAHabit(TokenView view)
    {
        for (var t = 0; t + 1 < view.Count; t++)
        {
            if (IsOneOf(view, t, StopOrQuit) && (t == 0 || view.Clause(t - 1) != view.Clause(t))
                && view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && !IsOneOf(view, t + 1, ExchangeGerunds))
            {
                return true;
            }
        }
        return false;
    }

    // "…wrap it up now": how far from the end a verb of ending closes a longer message.
    private const int ClosingVerbReach = 4;

    public static bool HasWordsOutsideTheLexicon(TokenView view)
    {
        var text = view.Text;
        var isShort = view.Count <= RuleLimit.ShortEndingWords;
        for (var t = 0; t < view.Count; t++)
        {
            var word = text[view.Start(t)..view.End(t)];
            // A verb of ending counts in a short message, or opening or closing a longer one ("close this please, I'm
            // exhausted after…", "…, we can wrap it up").
            if (Outside.Words.Contains(word) || ((isShort || t <= 1 || t >= view.Count - ClosingVerbReach) && Outside.Endings.Contains(word)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One look-up a token: every message that has no lexicon word passes through here. A class of its own, so that its
    /// sets are built from the word lists of the other partial files after those are (the order of static fields across
    /// partial files is not defined).
    /// </summary>
    private static class Outside
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
            GoreMarks.Concat(Conversations).Concat(HarmOutcomes).Concat(Manipulating).Concat(InjuryVerbs).Concat(GatheringVerbs).Concat(GivingVerbs).Concat(ClosingVerbs).Concat(Garage).Concat(LethalMeans).Concat(Charcoal).Concat(LifeSaving).Concat(LookingUp).Concat(Jumping).Concat(Stepping).Concat(Falling).Concat(Cutting).Concat(MeansOfDeath).Concat(CaptureVerbs).Concat(Cameras).Concat(IntimateImages).Concat(WatchingDevices).Concat(Vehicles).Concat(Steering).Concat(SteeredOnce).Concat(Struggles).Concat(Regrets).Concat(Extolling).Concat(Perpetrators).Concat(RareRecklessWords).Concat(Smothering).Concat(Challenges).Concat(Medicines).Concat(Attacking).Concat(PosingAs).Concat(RareInstitutions).Concat(Locking).Concat(PersonalProducts).Concat(RareMaliceWords).Concat(Disasters).Concat(RelayedDeaths).Concat(RareDeceitWords).Concat(Evidence).Concat(Savings).Concat(NameIntensifiers).Concat(RareMachineEnds).Concat(Hiding).Concat(RareHunting).Concat(VotingWords).Concat(Peace).Concat(Hoping).Concat(Selves).Concat(Addresses).Concat(RareUnmissedWords).Concat(Mothers).Concat(Stench).Concat(Safeguards).Concat(SafetyParts).Concat(Humiliations).Concat(Instructions).Concat(Marks).Concat(Sharpeners).Concat(Filth).Concat(RareMachineEnded).Concat(Favours).Concat(Brakes).Concat(Unless).Concat(Decoding).Concat(DigitalHarm).Concat(Aftermaths).Concat(Hobbling).Concat(Befouled).Concat(RareRegretting).Concat(Poisons).Append("where").Append("which").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings = EndingVerbsLookup;
    }

    private static readonly string[] Closing = Lexicon.Folded("close", "closing", "wrap", "wrapping", "shut", "shutting");
    private static readonly string[] Shutting = Lexicon.Folded("shut", "shutting");
    private static readonly string[] ShutDown = Lexicon.Folded("down", "off");

    /// <summary>
    /// "I'm closing this now", "that's all, close it": in a short message, a verb of ending whose object is "this" (or
    /// "it", for closing) and ends the clause. Not "end it", which is as often said of a life.
    /// </summary>
    private bool EndsThisExchange(int verb)
    {
        var target = verb + 1;
        if (target >= view.Count || !(view.TokenIs(target, "this") || (view.TokenIs(target, "it") && IsOneOf(verb, Closing))))
        {
            return false;
        }
        // "Close this please, I'm exhausted after my shift": an order that opens the message and is pressed ("please",
        // "now") may give its reason at any length.
        // "I've got what I came for, we can wrap it up": one proposed to close, ending the message, after a few words of why.
        if (view.Count > RuleLimit.ShortEndingWords
            && !((verb == 0 || (verb == 1 && IsOneOf(0, OrderOpeners))) && IsOneOf(target + 1, OrderPressed))
            && !(view.Count <= RuleLimit.FarewellClosingWords && IsProposedToClose(verb, target)))
        {
            return false;
        }
        // "I just want to end this" may be said of a life: the crisis rules and the model read it, not this one.
        if (!IsOneOf(verb, Closing) && (view.Has(TermClass.CrisisDistress | TermClass.SelfHarm | TermClass.DistressCue) || PrecededBy(verb, Wanting, RuleWindow.WantedEnding)))
        {
            return false;
        }
        // "How do I close it" asks about something else; the "what" of "I've got what I came for, we can wrap it up" asks nothing.
        for (var t = 0; t < verb; t++)
        {
            if (IsOneOf(t, Asking) && !(view.TokenIs(t, "what") && IsOneOf(t - 1, HadWhat)))
            {
                return false;
            }
        }
        var next = target + 1;
        // "Shut it" tells the assistant to be quiet; "shut it down" ends.
        if (IsOneOf(verb, Shutting))
        {
            return IsOneOf(next, ShutDown);
        }
        return next >= view.Count || view.Clause(next) != view.Clause(target) || IsOneOf(next, AfterEndingThis);
    }

    // Not "and": "close it and save the file" goes on about something else. "I" and "we" open the reason a comma set off
    // ("close this, I need to sleep"): the folded text keeps no comma.
    private static readonly string[] AfterEndingThis = Lexicon.Folded("now", "please", "pls", "plz", "here", "already", "right", "immediately", "then", "bye",
        "goodbye", "up", "down", "thanks", "thank", "today", "tonight", "forever", "completely", "permanently", "asap", "once", "off", "i", "we");
    private static readonly string[] Proposing = Lexicon.Folded("can", "let", "lets");

    /// <summary>"…we can wrap it up", "…let's close it now": a close proposed, ending the message.</summary>
    private bool IsProposedToClose(int verb, int target) =>
        IsOneOf(verb, Closing) && (target + 1 == view.Count || (target + 2 == view.Count && IsOneOf(target + 1, AfterEndingThis)))
        && (IsOneOf(verb - 1, Proposing) || (view.TokenIs(verb - 1, "s") && view.TokenIs(verb - 2, "let")));

    private static readonly string[] HadWhat = Lexicon.Folded("got", "get", "have", "had", "found", "s", "is", "exactly", "just", "all");
    private static readonly string[] Asking = Lexicon.Folded("how", "what", "why", "where", "when", "which", "whether", "if");
    private static readonly string[] OrderOpeners = Lexicon.Folded("ok", "okay", "right", "alright", "please", "pls", "plz", "just");
    private static readonly string[] OrderPressed = Lexicon.Folded("please", "pls", "plz", "now");
    private static readonly string[] Wanting = Lexicon.Folded("want", "wanna", "need", "going", "gonna", "have", "got");

    private PhraseMatch? ConversationEnded()
    {
        // One look-up a token first: the verbs of seven languages are too many to scan for each word.
        if (view.Has(TermClass.DescriptiveFrame | TermClass.CreativeContext) || !view.AnyWordOf(EndingVerbsLookup))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!EndingVerbsLookup.Contains(view.Word(t)))
            {
                continue;
            }
            if (EndsThisExchange(t))
            {
                return new PhraseMatch(t, 2, TermClass.EndRequest);
            }
            for (var n = t + 1; n < view.Count && n <= t + RuleWindow.EndedConversation; n++)
            {
                if (IsOneOf(n, Conversations))
                {
                    // "Close the chat window": the word names a thing of the conversation unless the clause ends on it.
                    var next = n + 1;
                    return next >= view.Count || view.Clause(next) != view.Clause(n) || IsOneOf(next, AfterEnding) ? new PhraseMatch(t, n - t + 1, TermClass.EndRequest) : null;
                }
                if (!IsOneOf(n, ConversationDeterminers))
                {
                    break;
                }
            }
        }
        return null;
    }

    // What "end of…" closes when it closes an argument; "end of conversation" or "…of chat" names the chat itself.
    private static readonly string[] Arguments = Lexicon.Folded("discussion", "story", "debate", "argument", "subject", "topic");

    /// <summary>
    /// "Trans women are women, end of discussion": "end of…" after a claim of the writer's, with no leave-taking anywhere,
    /// closes the argument, not the conversation. "I'm off, end of discussion" takes its leave; "…, end of conversation"
    /// names the chat.
    /// </summary>
    private bool IsEmphaticCloser(PhraseMatch match)
    {
        if (!view.TokenIs(match.Token, "end") || !view.TokenIs(match.Token + 1, "of") || !IsOneOf(match.Token + 2, Arguments) || match.Token == 0
            || (view.Clause(match.Token - 1) == view.Clause(match.Token) && !SetOff(match.Token, forward: false)))
        {
            return false;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if ((t < match.Token || t >= match.Token + match.Words) && (view.Classes(t) & (TermClass.Farewell | TermClass.EndRequest)) != 0)
            {
                return false;
            }
        }
        return true;
    }

    private void EndRequest(ref List<Signal>? signals)
    {
        // A negation just before the phrase turns it around ("I don't want to end this chat"); one inside it is the
        // phrase's own ("don't message me again"), and one after it or far before it is about something else ("close this
        // chat, I don't need anything else").
        if ((FirstMatch(TermClass.EndRequest) ?? ConversationEnded()) is { } match)
        {
            // A long message tells a story, and its end phrase is someone else's ("…he texts me 'leave me alone'").
            if (!NegatedBefore(match) && !IsConditional(match) && !IsHowToSay(match) && !IsThoughtOf(view, match) && !NamesAPartOfTheChat(match) && !IsEmphaticCloser(match)
                && !IsAskedOfElsewhere(match) && !IsAnothersToDo(match) && !IsNamedAsASubject(match)
                && view.Count <= RuleLimit.EndRequestWords)
            {
                Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.UserAskedToEnd, RuleNames.UserAskedToEnd, [match], []);
            }
        }
        else if (FirstMatch(TermClass.Farewell) is { } farewell && IsOnly(TermClass.Farewell | TermClass.Pleasantry))
        {
            Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.UserAskedToEnd, RuleNames.FarewellOnly, [farewell], ["the whole message is a leave-taking"]);
        }
        else if (ClosingFarewell() is { } closing)
        {
            Add(ref signals, SignalCategory.EndRequest, Severity.Low, RuleConfidence.FarewellClosing, RuleNames.FarewellClosing, [closing],
                ["the message closes with a leave-taking; it ends the conversation only when the model reads no distress in it"]);
        }
    }

    /// <summary>
    /// A short message that asks nothing and ends on a leave-taking: "that's everything, see you", "I'm out of time, need
    /// to leave". Unlike a message that is only a farewell, it may be a goodbye note ("the pills are starting to work,
    /// goodbye"), which the rules cannot tell apart: recorded under the end bar, it ends the conversation only when the
    /// model read the message and found no distress in it (<c>SemanticCombiner</c>).
    /// </summary>
    private PhraseMatch? ClosingFarewell()
    {
        // "How can teachers stop it": a message that opens on a question asks, even without its question mark.
        if (view.Count > RuleLimit.FarewellClosingWords || view.Has(TermClass.RequestFrame | TermClass.DescriptiveFrame) || IsOneOf(0, QuestionOpeners))
        {
            return null;
        }
        // "I don't want to go, bye" turns it around; "this isn't helping, I'm leaving" does not, and the "no" of "no more
        // questions, bye" is the farewell's own.
        for (var t = 0; t < view.Count; t++)
        {
            if ((view.Classes(t) & TermClass.Negation) != 0 && (view.Classes(t) & TermClass.Farewell) == 0 && NegatesLeaving(t))
            {
                return null;
            }
        }
        var tail = view.Count;
        while (tail > 0 && IsLeaveTaking(tail - 1))
        {
            tail--;
        }
        // Only a farewell that ends the message closes it: one that opens it is as often its subject ("goodbye is a sad
        // word") or a goodbye note's first word ("bye, tell my sister I love her").
        if (tail == 0)
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            // "…and you could stop it": after a modal or "to", the words are what someone can do, not a leave-taking.
            // "Talk to me or I'm leaving", "if not, I'm out": a leave-taking held over the assistant is not taken.
            if ((match.Classes & TermClass.Farewell) != 0 && match.Token >= tail && !(match.Words == 1 && IsOneOf(match.Token, CommandWords))
                && !IsOneOf(match.Token - 1, Modals) && !IsHowToSay(match) && !IsOneOf(match.Token - 1, OrElse) && !IsConditional(match)
                && !IsThoughtOf(view, match))
            {
                return match;
            }
        }
        return null;
    }

    // What a leave-taking names as the writer's next, everyday thing, or a return: "off to bed", "got to pick up my kids",
    // "see you tomorrow".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EverydayNext = Lexicon.FoldedLookup("bed", "sleep", "nap", "work", "school",
        "class", "dinner", "lunch", "breakfast", "shower", "gym", "run", "walk", "shift", "meeting", "shopping", "kids", "tomorrow", "soon", "cook", "train", "bus",
        "bedtime", "naptime");
    // Words that turn a leave-taking toward the end of a life: "…won't be here tomorrow", "…and not wake up", "sorry, love you all".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Finality = Lexicon.FoldedLookup("won", "gone", "never", "forever", "last",
        "final", "anymore", "again", "sorry", "love", "miss", "wake", "everyone", "everybody", "everything", "peace", "tired", "wont");

    /// <summary>
    /// "I'm off to bed now, night night", "end chat, got to pick up my kids": a leave-taking that names the everyday thing the
    /// writer leaves for, or a return, with no word of despair or of finality. The crisis head reads the bed and the sleep
    /// as a goodbye note's; the rules read an errand.
    /// </summary>
    public static bool LeavesForTheDay(TokenView view)
    {
        // A means named ("…with all my tablets, off to bed") makes the bed a goodbye note's, whatever the words around it.
        if (!view.Has(TermClass.Farewell | TermClass.EndRequest) || view.Has(TermClass.CrisisDistress | TermClass.SelfHarm)
            || view.Count > RuleLimit.FarewellClosingWords || view.AnyWordOf(LethalMeansLookup))
        {
            return false;
        }
        var errand = false;
        for (var t = 0; t < view.Count; t++)
        {
            // "Bye" is a word of distress too: only the leave-taking's own is let be.
            var classes = view.Classes(t);
            if (Finality.Contains(view.Word(t)) || ((classes & TermClass.DistressCue) != 0 && (classes & TermClass.Farewell) == 0))
            {
                return false;
            }
            errand |= EverydayNext.Contains(view.Word(t));
        }
        return errand;
    }

    // What a chat has that can be closed without ending the conversation: "close the chat window", "end the chat bubble".
    private static readonly string[] PartsOfTheChat = Lexicon.Folded("window", "windows", "box", "history", "log", "logs", "app", "widget", "bubble", "button",
        "tab", "tabs", "panel", "icon", "popup", "feature", "settings");

    /// <summary>"Close the chat window on the left": the phrase of ending is followed by a part of the chat, which it closes instead.</summary>
    private bool NamesAPartOfTheChat(PhraseMatch match) => IsOneOf(match.Token + match.Words, PartsOfTheChat);

    private static readonly string[] HowOrWho = Lexicon.Folded("how", "who", "where");
    private static readonly string[] Elsewhere = Lexicon.Folded("in", "on", "using", "with", "via", "from", "inside", "within");

    /// <summary>
    /// "How do I end the session in PHP?", "who can close the ticket on our board?": a question of how or who, the phrase
    /// followed by the tool or place it happens in, asks about ending something elsewhere, not this conversation.
    /// </summary>
    private bool IsAskedOfElsewhere(PhraseMatch match) => AnyOf(0, match.Token - 1, HowOrWho) && IsOneOf(match.Token + match.Words, Elsewhere);

    private static readonly string[] OthersToDo = Lexicon.Folded("him", "her", "them", "he", "she", "they", "people", "everyone", "everybody");

    /// <summary>
    /// "How do I tell him to leave me alone?", "get my mum to stop messaging me": the phrase is what another is to do, said
    /// after "to" and the one who should do it, not an end asked of the one addressed.
    /// </summary>
    private bool IsAnothersToDo(PhraseMatch match) =>
        view.TokenIs(match.Token - 1, "to") && match.Token >= 2
        && (IsOneOf(match.Token - 2, OthersToDo) || (view.Classes(match.Token - 2) & (TermClass.AcquaintancePerson | TermClass.HumanTarget)) != 0);

    private static readonly string[] NamingCopulas = Lexicon.Folded("is", "was");

    /// <summary>
    /// "Leave me alone is such a good song", "'go away' was her favourite phrase": the phrase opens the message as the subject
    /// of what is said of it, or its meaning is asked.
    /// </summary>
    private bool IsNamedAsASubject(PhraseMatch match) =>
        (match.Token == 0 && IsOneOf(match.Token + match.Words, NamingCopulas) && match.Token + match.Words + 1 < view.Count) || IsMeaningAsked(view, match);

    private static readonly string[] Meaning = Lexicon.Folded("mean", "means", "meant", "stand", "stands");
    private static readonly string[] MeaningAuxiliaries = Lexicon.Folded("does", "do", "did");
    private static readonly string[] Definitions = Lexicon.Folded("meaning", "definition", "define");

    /// <summary>"What does 'end of chat' mean in a transcript?", "the meaning of 'log off'", "define 'end session'": the phrase's meaning is asked.</summary>
    private static bool IsMeaningAsked(TokenView view, PhraseMatch match) =>
        (IsOneOf(view, match.Token + match.Words, Meaning) && IsOneOf(view, match.Token - 1, MeaningAuxiliaries))
        || view.TokenIs(match.Token - 1, "define")
        || (view.TokenIs(match.Token - 1, "of") && IsOneOf(view, match.Token - 2, Definitions));

    /// <summary>"…a polite way to say go away", "how do I say leave me alone in French": a leave-taking named after a verb of saying, in a question of how to say it, is mentioned, not taken.</summary>
    private bool IsHowToSay(PhraseMatch match) => IsOneOf(match.Token - 1, SayingVerbs) && AnyTokenOf(WaysOfSaying);

    private static readonly string[] SayingVerbs = Lexicon.Folded("say", "saying", "says", "mean", "means", "spell", "pronounce", "translate");
    // A way of saying asked about ("a polite way to say…", "the word for…"), not "I've got to say goodbye".
    private static readonly string[] WaysOfSaying = Lexicon.Folded("way", "ways", "how", "word", "words", "phrase", "polite", "politely", "nicer", "nicely",
        "french", "spanish", "german", "italian", "japanese", "chinese", "english");

    private static readonly string[] QuestionOpeners = Lexicon.Folded("how", "why", "when", "where", "which", "who", "can", "could", "would", "should", "is", "are", "do", "does", "did");

    private static readonly string[] Modals = Lexicon.Folded("could", "can", "would", "should", "might", "must", "to", "will");

    private bool IsLeaveTaking(int token) => (view.Classes(token) & (TermClass.Farewell | TermClass.Pleasantry)) != 0;

    private static readonly string[] LeavingWords = Lexicon.Folded("want", "wanna", "go", "going", "leave", "leaving", "end", "stop", "done", "finished", "yet");

    // One-word farewells that end a sentence as often as a conversation ("…has to stop right now", "maybe later",
    // "bell end"): they close only a message that is nothing else.
    private static readonly string[] CommandWords = Lexicon.Folded("stop", "end", "enough", "later", "quit", "exit", "terminate", "done");

    private static readonly string[] OrElse = Lexicon.Folded("or", "otherwise", "else");
    private static readonly string[] Conditionals = Lexicon.Folded("when", "once", "after", "if", "until", "before");

    /// <summary>"When I'm done with you…", "if you end this chat…": the end is a condition for something else, not asked for.</summary>
    private bool IsConditional(PhraseMatch match) => IsOneOf(match.Token - 1, Conditionals) || IsOneOf(match.Token - 2, Conditionals);

    /// <summary>
    /// Whether a negation comes within <see cref="RuleWindow.NegationBeforeEnd"/> words before a phrase; "never mind" is
    /// not one ("actually never mind, close this chat").
    /// </summary>
    private bool NegatedBefore(PhraseMatch match)
    {
        for (var t = Math.Max(0, match.Token - RuleWindow.NegationBeforeEnd); t < match.Token; t++)
        {
            // "No more. End the conversation": a negation in a clause of its own is its own.
            if ((view.Classes(t) & TermClass.Negation) != 0 && view.Clause(t) == view.Clause(match.Token) && !(view.TokenIs(t, "never") && t + 1 < view.Count && view.TokenIs(t + 1, "mind"))
                && !IsAnsweringNo(t))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] NoAsAnswer = Lexicon.Folded("nope", "nah");
    private static readonly string[] AfterAnsweringNo = Lexicon.Folded("thanks", "thank", "more", "further", "problem", "worries", "just", "please", "ok", "okay",
        "seriously", "really", "that");

    /// <summary>
    /// "No thanks, you can end the chat", "nope, close this", "no more questions, end it": a "no" that opens its clause as
    /// an answer or a refusal of more says nothing of the end asked for after it. "No need to end it" does.
    /// </summary>
    private bool IsAnsweringNo(int negation) =>
        (negation == 0 || view.Clause(negation - 1) != view.Clause(negation))
        && (IsOneOf(negation, NoAsAnswer) || (view.TokenIs(negation, "no") && IsOneOf(negation + 1, AfterAnsweringNo)));

    /// <summary>Whether a negation is about leaving: "don't want to…", "not going", "not done yet".</summary>
    private bool NegatesLeaving(int negation)
    {
        for (var t = negation + 1; t < Math.Min(view.Count, negation + 4); t++)
        {
            if (IsOneOf(t, LeavingWords))
            {
                return true;
            }
        }
        return false;
    }
}
