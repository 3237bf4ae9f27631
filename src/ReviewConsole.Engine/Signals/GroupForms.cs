namespace ReviewConsole.Engine.Signals;

/// <summary>
/// A group named by what its people are as well as by the noun: "gay people" is also "people who are gay", "anyone who is
/// gay". Only the phrases "[word] people" are turned, since their word is what the people are; "gays" or "immigrants"
/// have no such word.
/// </summary>
internal static class GroupForms
{
    /// <summary>The classes whose phrases are met in a relative clause too.</summary>
    public const TermClass Turned = TermClass.ProtectedGroup;

    private static readonly string[] Relatives = ["people who are", "anyone who is", "those who are", "everyone who is", "someone who is", "anybody who is"];

    /// <summary>The phrase itself, then, when it is "[word] people", the word said of each relative's people.</summary>
    public static IEnumerable<string> Of(string phrase)
    {
        yield return phrase;
        const string people = " people";
        if (!phrase.EndsWith(people, StringComparison.Ordinal) || phrase.Length == people.Length)
        {
            yield break;
        }
        var what = phrase[..^people.Length];
        foreach (var relative in Relatives)
        {
            yield return $"{relative} {what}";
        }
    }
}
