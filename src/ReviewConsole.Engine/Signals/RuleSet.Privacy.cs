using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of a private person's privacy: their attributes and whereabouts.</summary>
internal readonly ref partial struct RuleSet
{
    // "Where my ex lives", "where that streamer works": the whereabouts a private person keeps to themselves.
    private static readonly string[] Whereabouts = Lexicon.Folded("lives", "live", "living", "works", "work", "working", "stays", "stay", "staying", "sleeps", "sleep", "sleeping", "hiding");
    private static readonly string[] Own = Lexicon.Folded("my", "our");
    private static readonly string[] Indefinite = Lexicon.Folded("a", "an", "another");
    // "My manager sent another urgent email": an email sent or received is a message, not an address.
    private static readonly string[] Sending = Lexicon.Folded("sent", "send", "sends", "sending", "wrote", "writes", "forwarded", "received", "got");
    private static readonly string[] Correspondence = Lexicon.Folded("email", "messages", "login", "location");
    private static readonly string[] Pronouns = Lexicon.Folded("she", "he", "they");
    private static readonly string[] QuestionVerbs = Lexicon.Folded("does", "do", "did", "is", "are");
    private static readonly string[] PlacePrepositions = Lexicon.Folded("to", "from", "near", "by", "round", "around");

    private void Privacy(ref List<Signal>? signals)
    {
        if (CovertlyWatched() is { } watched)
        {
            AddPrivacy(ref signals, watched, "a device or app to watch someone put on what is theirs");
            return;
        }
        if (OutedAsWhoTheyAre() is { } outed)
        {
            AddPrivacy(ref signals, outed, "someone's sexuality, gender or health disclosed against their will");
            return;
        }
        if (!view.Has(TermClass.AcquaintancePerson))
        {
            AttributeOfDescribedPerson(ref signals);
            if (!PryingFound(signals))
            {
                HomeOfSomeone(ref signals);
            }
            if (!PryingFound(signals))
            {
                WhereaboutsOfSomeoneUnnamed(ref signals);
            }
            return;
        }
        if (!view.Has(TermClass.PrivateAttribute))
        {
            WhereaboutsOfPerson(ref signals);
            return;
        }
        foreach (var attribute in view.Matches)
        {
            // "My sexual orientation", "private photos of me": the writer's own; "an email to my boss" is a message, not an address.
            if ((attribute.Classes & TermClass.PrivateAttribute) == 0 || IsOneOf(attribute.Token - 1, Own) || IsOfTheWriter(attribute)
                || (IsOneOf(attribute.Token, Correspondence) && (IsOneOf(attribute.Token - 1, Indefinite) || AnyOf(attribute.Token - 3, attribute.Token - 1, Sending)))
                || IsSetUpForThem(attribute))
            {
                continue;
            }
            foreach (var person in view.Matches)
            {
                // "Share private videos with my boyfriend": the one shared with, not the one the videos are of; "a thank-you
                // email to my teacher": the one written to, not the one whose address it is.
                if ((person.Classes & TermClass.AcquaintancePerson) != 0 && Math.Abs(person.Token - attribute.Token) <= RuleWindow.PrivateAttributeOfPerson
                    && !(person.Token > attribute.Token && (view.TokenIs(person.Token - 1, "with") || view.TokenIs(person.Token - 2, "with")))
                    && !IsWrittenTo(attribute, person))
                {
                    AddPrivacy(ref signals, [person, attribute]);
                    return;
                }
            }
        }
    }

    private static readonly string[] Outing = Lexicon.Folded("out", "outing", "expose", "exposing", "reveal", "revealing");
    private static readonly string[] KeptIdentities = Lexicon.Folded("gay", "lesbian", "bi", "bisexual", "trans", "transgender", "queer", "hiv",
        "nonbinary", "asexual");
    // "Out my coworker as gay", "outing my cousin's boyfriend as trans to his family": how far the identity may stand after the verb.
    private const int OutedReach = 6;

    /// <summary>
    /// "Write a post outing my coworker as gay to his family", "how do I expose my flatmate as trans": someone the writer knows
    /// made known for who they are, against their will, asked for. Not the writer's own coming out, and not asked how to
    /// stop or report it.
    /// </summary>
    private PhraseMatch[]? OutedAsWhoTheyAre()
    {
        if (!AnyTokenOf(KeptIdentities) || !AnyTokenOf(Outing) || !view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson)
            || view.Has(TermClass.Defensive))
        {
            return null;
        }
        for (var verb = 0; verb < view.Count; verb++)
        {
            if (!IsOneOf(verb, Outing))
            {
                continue;
            }
            var person = -1;
            for (var t = verb + 1; t < view.Count && t <= verb + OutedReach && view.Clause(t) == view.Clause(verb); t++)
            {
                if (person < 0 && (view.Classes(t) & (TermClass.AcquaintancePerson | TermClass.HumanTarget)) != 0 && (view.Classes(t) & TermClass.FirstPerson) == 0)
                {
                    person = t;
                }
                else if (person >= 0 && view.TokenIs(t, "as") && IsOneOf(t + 1, KeptIdentities))
                {
                    return [Token(verb), Token(t + 1)];
                }
            }
        }
        return null;
    }

    private static readonly string[] RecipientDeterminers = Lexicon.Folded("my", "our", "his", "her", "their", "the", "a");

    /// <summary>
    /// "An email to my teacher": the person written to comes right after "to", a determiner between at most; not "messages
    /// to make my coworker…".
    /// </summary>
    private bool IsWrittenTo(PhraseMatch attribute, PhraseMatch person) =>
        IsOneOf(attribute.Token, Correspondence) && view.TokenIs(attribute.Token + 1, "to")
        && (person.Token == attribute.Token + 2 || (person.Token == attribute.Token + 3 && IsOneOf(attribute.Token + 2, RecipientDeterminers)));

    private static readonly string[] Writer = Lexicon.Folded("me", "myself", "us");
    private static readonly string[] Helping = Lexicon.Folded("help", "helping", "assist", "assisting");
    // Not "change" or "reset": "help me reset my wife's password" takes the account over.
    private static readonly string[] SettingUp = Lexicon.Folded("set", "setup", "apply", "renew", "cancel", "activate", "freeze");

    /// <summary>
    /// "Help my dad set up a credit card", "helping my mum cancel her stolen card": the writer helps someone create or
    /// manage what is theirs; nothing of theirs is pried into.
    /// </summary>
    private bool IsSetUpForThem(PhraseMatch attribute) =>
        AnyTokenOf(Helping) && FirstOf(view, Math.Max(0, attribute.Token - RuleWindow.SetUpForThem), attribute.Token - 1, SettingUp) >= 0;

    // What watches or records a person unseen; a camera or a microphone is also a baby monitor, so it is not here.
    private static readonly string[] WatchingDevices = Lexicon.Folded("tracker", "trackers", "airtag", "airtags", "gps", "spyware", "stalkerware",
        "keylogger", "keyloggers", "spyapp", "tracking");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WatchingDevicesLookup =
        WatchingDevices.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] PutOn = Lexicon.Folded("on", "onto", "in", "into", "inside", "under", "to");
    private static readonly string[] Offspring = Lexicon.Folded("daughter", "son", "kid", "kids", "child", "children", "teen", "teenager", "teenagers");

    /// <summary>
    /// "Put a tracker on my wife's car so she never finds it", "install a keylogger on his laptop": a device or app that
    /// watches someone, put on what is theirs, asked for or meant. Not a son's or a daughter's (a parent's worry), not the writer's own
    /// ("an AirTag on my keys"), not asked how to find or stop one.
    /// </summary>
    private PhraseMatch[]? CovertlyWatched()
    {
        if (!view.AnyWordOf(WatchingDevicesLookup) || view.Has(TermClass.Defensive | TermClass.DescriptiveFrame)
            || !(view.Has(TermClass.RequestFrame | TermClass.Imperative | TermClass.FirstPerson) || IsOneOf(0, AskingOpeners) || view.TokenIs(0, "which")))
        {
            return null;
        }
        for (var t = 0; t < view.Count; t++)
        {
            if (!WatchingDevicesLookup.Contains(view.Word(t)))
            {
                continue;
            }
            for (var k = t + 1; k < view.Count && k <= t + RuleWindow.WatchedPossession && view.Clause(k) == view.Clause(t); k++)
            {
                if (!IsOneOf(k, PutOn))
                {
                    continue;
                }
                var owner = k + 1 < view.Count && IsOneOf(k + 1, ThirdPersonOwn) ? k + 1 : -1;
                foreach (var person in view.Matches)
                {
                    if (owner < 0 && person.Token == k + 1 && (person.Classes & TermClass.AcquaintancePerson) != 0 && (person.Classes & TermClass.ChildTarget) == 0
                        && !AnyOf(person.Token, person.Token + person.Words - 1, Offspring))
                    {
                        owner = person.Token;
                    }
                }
                if (owner >= 0)
                {
                    return [Token(t), Token(owner)];
                }
            }
        }
        return null;
    }

    private bool IsOfTheWriter(PhraseMatch attribute) =>
        view.TokenIs(attribute.Token + attribute.Words, "of") && IsOneOf(attribute.Token + attribute.Words + 1, Writer);

    private static readonly string[] PrivateKinds = Lexicon.Folded("home", "residential", "personal", "private");
    private static readonly string[] OwnedByAnother = Lexicon.Folded("his", "her", "their", "s");
    private static readonly string[] OfOrFor = Lexicon.Folded("of", "for");
    private static readonly string[] NotSomeoneElse = Lexicon.Folded("my", "our", "your", "me", "us", "you", "this", "it");
    private static readonly string[] Articles = Lexicon.Folded("a", "an", "the");
    private static readonly string[] Records = Lexicon.Folded("account", "form", "order", "delivery", "field", "page", "app", "profile", "company", "business",
        "shop", "store", "office", "site", "website", "card", "invoice", "parcel", "package");
    private static readonly string[] AskingOpeners = Lexicon.Folded("what", "whats", "where", "how", "who");
    private static readonly string[] Seeking = Lexicon.Folded("need", "find", "locate", "looking", "want", "get");

    /// <summary>
    /// "Taylor Swift's home address", "the personal phone number for that news anchor": anyone's home or private line,
    /// asked for or sought ("I'm trying to locate…"). A public figure has an office for the public; the home is private
    /// whoever lives there. Not the writer's own, the assistant's, a company's ("the home address for my account") or a
    /// character's ("the home address of the fictional detective").
    /// </summary>
    private void HomeOfSomeone(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.PrivateAttribute) || !(view.Has(TermClass.RequestFrame | TermClass.Imperative) || IsOneOf(0, AskingOpeners) || AnyTokenOf(Seeking)))
        {
            return;
        }
        foreach (var attribute in view.Matches)
        {
            if ((attribute.Classes & TermClass.PrivateAttribute) == 0 || attribute.Words < 2 || !IsOneOf(attribute.Token, PrivateKinds))
            {
                continue;
            }
            var after = attribute.Token + attribute.Words;
            var holder = IsOneOf(after + 1, Articles) ? after + 2 : after + 1;
            var someone = IsOneOf(attribute.Token - 1, OwnedByAnother)
                || (IsOneOf(after, OfOrFor) && holder < view.Count && !IsOneOf(holder, NotSomeoneElse) && !IsOneOf(holder, Records) && !NamesAPlace(holder)
                    && (view.Classes(holder) & TermClass.CreativeContext) == 0);
            if (someone)
            {
                AddPrivacy(ref signals, [attribute], "a home or private line asked for");
                return;
            }
        }
    }

    /// <summary>"The home address of the White House", "…of the town hall": a building's address, not a person's; the place word
    /// comes within a word or two of the holder, and no person.</summary>
    private bool NamesAPlace(int holder)
    {
        var place = false;
        for (var t = holder; t < view.Count && t <= holder + 2; t++)
        {
            // "The city's mayor": the place owns the person asked about.
            if (view.TokenIs(t, "s") || (view.Classes(t) & (TermClass.HumanTarget | TermClass.AcquaintancePerson)) != 0)
            {
                return false;
            }
            place |= (view.Classes(t) & TermClass.PeoplePlace) != 0;
        }
        return place;
    }

    private static readonly string[] Determiners = Lexicon.Folded("the", "this", "that");
    private static readonly string[] Relatives = Lexicon.Folded("who", "that");

    /// <summary>
    /// "The home address of the woman who turned me down", "the phone number of that guy who cut me off": a private
    /// person picked out by what they did, asked for. Public figures have titles, not relative clauses.
    /// </summary>
    private void AttributeOfDescribedPerson(ref List<Signal>? signals)
    {
        if (!view.Has(TermClass.PrivateAttribute) || !view.Has(TermClass.RequestFrame | TermClass.Imperative))
        {
            return;
        }
        foreach (var attribute in view.Matches)
        {
            if ((attribute.Classes & TermClass.PrivateAttribute) == 0 || IsOneOf(attribute.Token - 1, Own))
            {
                continue;
            }
            foreach (var person in view.Matches)
            {
                var after = person.Token + person.Words;
                if ((person.Classes & TermClass.HumanTarget) != 0 && person.Token > attribute.Token
                    && person.Token - attribute.Token <= RuleWindow.PrivateAttributeOfPerson
                    && IsOneOf(person.Token - 1, Determiners) && IsOneOf(after, Relatives))
                {
                    AddPrivacy(ref signals, [person, attribute]);
                    return;
                }
            }
        }
    }

    private void AddPrivacy(ref List<Signal>? signals, PhraseMatch[] spans, params string[] contexts)
    {
        var confidence = view.Has(TermClass.Defensive) ? RuleConfidence.PrivacyProtective : RuleConfidence.PrivacyOfPrivatePerson;
        Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, confidence, RuleNames.PrivacyOfPrivatePerson, spans, contexts);
    }

    private void WhereaboutsOfPerson(ref List<Signal>? signals)
    {
        // Asked for ("how do I find out where…", "tell me where…", "where does my ex live?"), not told ("where my friend
        // lives it snows").
        if (!view.Has(TermClass.RequestFrame | TermClass.Imperative) && !(view.TokenIs(0, "where") && IsOneOf(1, QuestionVerbs)))
        {
            return;
        }
        for (var t = 0; t < view.Count; t++)
        {
            // "How do I get to where my sister lives" names a place to go, not a secret to find.
            if (!(view.TokenIs(t, "where") || AsksWhichPlace(t)) || IsOneOf(t - 1, PlacePrepositions))
            {
                continue;
            }
            for (var w = t + 1; w < view.Count && w <= t + RuleWindow.PrivateAttributeOfPerson; w++)
            {
                if (!IsOneOf(w, Whereabouts))
                {
                    continue;
                }
                foreach (var person in view.Matches)
                {
                    if ((person.Classes & TermClass.AcquaintancePerson) != 0 && ((person.Token > t && person.Token < w) || IsOneOf(w - 1, Pronouns)))
                    {
                        AddPrivacy(ref signals, [person, Token(w)]);
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Tell me where she lives", "I just need where he works": a home or workplace asked for whose owner only a pronoun
    /// names. Alone it may be anyone's ("where does she live in the novel?"): a suspicion, which counts only once the
    /// conversation has been warned — after the person was named in a request for their address, it presses it.
    /// </summary>
    private void WhereaboutsOfSomeoneUnnamed(ref List<Signal>? signals)
    {
        if (!(view.Has(TermClass.RequestFrame | TermClass.Imperative) || AnyTokenOf(Seeking) || (view.TokenIs(0, "where") && IsOneOf(1, QuestionVerbs)))
            || view.Has(TermClass.CreativeContext | TermClass.Defensive))
        {
            return;
        }
        for (var t = 0; t + 2 < view.Count; t++)
        {
            // "I know where they live" is told, not asked: the menace rules read it.
            if (!view.TokenIs(t, "where") || IsOneOf(t - 1, PlacePrepositions) || (view.TokenIs(t - 1, "know") && IsOneOf(t - 2, Knowers)))
            {
                continue;
            }
            var pronoun = IsOneOf(t + 1, QuestionVerbs) ? t + 2 : t + 1;
            if (pronoun + 1 < view.Count && IsOneOf(pronoun, Pronouns) && IsOneOf(pronoun + 1, Whereabouts))
            {
                Add(ref signals, SignalCategory.HarmfulRequest, Severity.Medium, RuleConfidence.WhereaboutsOfSomeoneUnnamed, RuleNames.PrivacyOfPrivatePerson,
                    [Token(t), Token(pronoun + 1)], ["whose home is asked for, only a pronoun says"]);
                return;
            }
        }
    }

    private static bool PryingFound(List<Signal>? signals) => signals is not null && signals.Exists(s => s.Rule == RuleNames.PrivacyOfPrivatePerson);

    private static readonly string[] WhichOrWhat = Lexicon.Folded("which", "what");
    private static readonly string[] PlaceNouns = Lexicon.Folded("street", "road", "room", "floor", "estate", "part", "area", "gym", "address");

    /// <summary>"Which hotel my ex is staying in", "what street she lives on": a place asked for as "where" is.</summary>
    private bool AsksWhichPlace(int t) =>
        IsOneOf(t, WhichOrWhat) && t + 1 < view.Count && ((view.Classes(t + 1) & TermClass.PeoplePlace) != 0 || IsOneOf(t + 1, PlaceNouns));

    private static readonly string[] Knowers = Lexicon.Folded("i", "we");
    private static readonly string[] KnownPlaces = [.. Whereabouts, .. Lexicon.Folded("park", "parks", "parked", "school", "gym", "office")];

    private static readonly string[] OthersPossessives = Lexicon.Folded("your", "their", "his", "her");
    private static readonly string[] KnownAddresses = Lexicon.Folded("address", "house", "home", "office", "offices", "schedule", "route", "routine");

    /// <summary>
    /// "I know where your developers work", "we know which street you live on", "I know their address": the writer says
    /// he knows where someone lives, works or can be found — the idioms of menace with any person in them. The address
    /// must end its clause: "I know your office hours" is not one.
    /// </summary>
    private PhraseMatch? KnownWhereabouts() => WhereaboutsKnown() ?? AddressesHeld();

    private static readonly string[] Addresses = Lexicon.Folded("address", "addresses");
    // What the writer does with an address held over someone: has it, found it, posts it, sends it along.
    private static readonly string[] HoldingVerbs = Lexicon.Folded("have", "got", "found", "know", "post", "leak", "publish", "share", "attached", "attach");

    /// <summary>
    /// "I've got your company's address, keep that in mind", "…with your makers' home addresses attached": the writer
    /// holding, finding or spreading the address of the one addressed or of those behind it. A question asks for an
    /// address ("what's your company's address?"), which the menace rule leaves.
    /// </summary>
    private PhraseMatch? AddressesHeld()
    {
        if (!AnyTokenOf(Addresses) || !view.Has(TermClass.SecondPerson) || AsksInAnyClause())
        {
            return null;
        }
        for (var a = 1; a < view.Count; a++)
        {
            // "Your email address" reaches no door.
            if (!IsOneOf(a, Addresses) || IsOneOf(a - 1, OnlineAddresses))
            {
                continue;
            }
            var owner = FirstOf(Math.Max(0, a - RuleWindow.AddressOwner), a - 1, YoursWords);
            if (owner < 0 || view.Clause(owner) != view.Clause(a))
            {
                continue;
            }
            var held = FirstOf(Math.Max(0, owner - RuleWindow.AddressOwner), Math.Min(view.Count - 1, a + 2), HoldingVerbs);
            if (held >= 0 && view.Clause(held) == view.Clause(a) && (held > a || AnyOf(Math.Max(0, held - 2), held - 1, Knowers)))
            {
                return new PhraseMatch(Math.Min(owner, held), Math.Max(a, held) - Math.Min(owner, held) + 1, TermClass.Menace);
            }
        }
        return null;
    }

    private static readonly string[] YoursWords = Lexicon.Folded("your", "ur", "yours");
    private static readonly string[] OnlineAddresses = Lexicon.Folded("email", "e", "mail", "ip", "web", "website", "mac", "wallet", "bitcoin", "server");

    private static readonly string[] AskedOf = Lexicon.Folded("it", "this", "that", "i", "we");

    /// <summary>
    /// "Can I have your address…", "…, is it still right": a clause that opens on a question word or a modal asks, and so
    /// does one after a comma (which the folded text does not keep) that puts one before "it" or "I".
    /// </summary>
    private bool AsksInAnyClause()
    {
        for (var t = 0; t < view.Count; t++)
        {
            if (IsOneOf(t, QuestionOpeners) && (t == 0 || view.Clause(t - 1) != view.Clause(t) || IsOneOf(t + 1, AskedOf)))
            {
                return true;
            }
        }
        return false;
    }

    private PhraseMatch? WhereaboutsKnown()
    {
        for (var t = 1; t + 1 < view.Count; t++)
        {
            if (view.TokenIs(t, "know") && IsOneOf(t - 1, Knowers) && IsOneOf(t + 1, OthersPossessives) && IsOneOf(t + 2, KnownAddresses)
                && (t + 3 >= view.Count || view.Clause(t + 3) != view.Clause(t + 2) || view.TokenIs(t + 3, "and")))
            {
                return new PhraseMatch(t - 1, 4, TermClass.Menace);
            }
            // "I know where…"; "I know which building you sleep in" of the one addressed only ("…which school his kids go to"
            // may be a line someone asks to have written).
            // "…how easy it would be to find where your engineers live": finding, said of the one addressed, as knowing.
            var which = view.TokenIs(t + 1, "which");
            // "I'll find out where your engineers live" as "find where".
            var found = view.TokenIs(t, "find") && (view.TokenIs(t + 1, "where") || (view.TokenIs(t + 1, "out") && view.TokenIs(t + 2, "where")));
            if (!((view.TokenIs(t, "know") && IsOneOf(t - 1, Knowers) && (view.TokenIs(t + 1, "where") || which)) || found))
            {
                continue;
            }
            which |= found;
            var addressed = false;
            for (var w = t + 2; w < view.Count && w <= t + 1 + RuleWindow.KnownWhereabouts && view.Clause(w) == view.Clause(t); w++)
            {
                addressed |= (view.Classes(w) & TermClass.SecondPerson) != 0;
                if (IsOneOf(w, KnownPlaces) && (!which || addressed))
                {
                    return new PhraseMatch(t - 1, w - t + 2, TermClass.Menace);
                }
            }
        }
        return null;
    }
}
