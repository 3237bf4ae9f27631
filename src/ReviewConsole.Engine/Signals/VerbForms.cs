namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The other forms of a phrase's leading verb ("drive my car into" → "driving…", "drove…"), so a data file
/// names an act once and a message meets it in any tense: "I keep thinking about driving my car into a wall" is the
/// same act as "drive my car into". Regular English endings, and a short table of the irregular past tenses the acts
/// use; a word that is not a verb only makes forms no message contains.
/// </summary>
internal static class VerbForms
{
    /// <summary>The classes whose phrases open on a verb of an act, and so are met in every tense.</summary>
    public const TermClass Inflected = TermClass.SelfHarm;

    /// <summary>
    /// The classes whose phrases of more than one word open on a verb of a harmful act asked for, and so are met as the
    /// gerund a request also takes ("how would one go about burning down…", "tips for setting fire to…"). Only the gerund:
    /// a past tense tells of an act ("someone burned down the shed"), which the rules read as told.
    /// </summary>
    public const TermClass Gerunds = TermClass.ViolentAct | TermClass.PropertyDamage | TermClass.Crime;

    private const TermClass SingleWordGerunds = TermClass.PropertyDamage | TermClass.Crime;

    /// <summary>The irregular past tenses the acts use, by their verb.</summary>
    internal static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["drive"] = "drove", ["take"] = "took", ["hang"] = "hung", ["shoot"] = "shot", ["bleed"] = "bled", ["make"] = "made",
["swallow"] = "swallowed", ["burn"] = "burnt", ["cut"] = "cut", ["slit"] = "slit", ["eat"] = "ate",
        ["throw"] = "threw", ["run"] = "ran", ["fall"] = "fell", ["leap"] = "leapt", ["give"] = "gave", ["get"] = "got",
    };

    /// <summary>
    /// The phrase itself, then the phrase with its first word in the -ing and past forms. Not the -s form: "he drives
    /// into…" tells of someone else, and "overdoses" is as often a plural noun ("drugs most involved in overdoses"). Each
    /// form whose means is named with "a" is also met with "the": "step in front of a train" is "stepping in front of the
    /// train" too. Not the other way: "don't survive the fall" is the writer's, "don't survive a fall" is anyone's.
    /// </summary>
    public static IEnumerable<string> Of(string phrase)
    {
        foreach (var form in InflectedForms(phrase))
        {
            yield return form;
            if (form.Contains(" a ", StringComparison.Ordinal))
            {
                yield return form.Replace(" a ", " the ", StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<string> InflectedForms(string phrase)
    {
        yield return phrase;
        var space = phrase.IndexOf(' ');
        var verb = space > 0 ? phrase[..space] : phrase;
        var rest = space > 0 ? phrase[space..] : "";
        // "Go out like…" is an act; "going out like this tonight" is an evening out.
        if (!TakesForms(verb) || verb == "go")
        {
            yield break;
        }
        foreach (var form in Forms(verb))
        {
            yield return form + rest;
        }
    }

    /// <summary>For a phrase that opens on a plain word (of more than one word, but for crimes and damage), the phrase with that word as a gerund; else null.</summary>
    public static string? GerundOf(string phrase, TermClass termClass)
    {
        var space = phrase.IndexOf(' ');
        // A lone violent verb's gerund is as often done to the writer ("he was sent home for punching me") or an idiom
        // ("hanging out"); a crime's or damage's is the deed ("tips for robbing a store", "forging a cheque").
        if (space <= 0 && (termClass & SingleWordGerunds) == 0)
        {
            return null;
        }
        var verb = space > 0 ? phrase[..space] : phrase;
        return TakesForms(verb) && !verb.EndsWith('s') ? Gerund(verb) + (space > 0 ? phrase[space..] : "") : null;
    }

    // A plain word, not already a gerund or a past: "burning down" and "burned down" are listed as they are.
    private static bool TakesForms(string verb) =>
        !verb.EndsWith("ing", StringComparison.Ordinal) && !verb.EndsWith("ed", StringComparison.Ordinal) && verb.All(char.IsAsciiLetterLower);

    // Doubled consonants read as one after folding ("stepping" reads "steping"), so "step" needs no doubling rule.
    private static string Gerund(string verb) => (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] : verb) + "ing";

    private static IEnumerable<string> Forms(string verb)
    {
        yield return Gerund(verb);
        var stem = verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] : verb;
        yield return IrregularPast.TryGetValue(verb, out var past) ? past : stem + "ed";
    }
}
