namespace ReviewConsole.Engine.Signals;

/// <summary>
/// A menace said of someone else as well as to the one addressed: "watch your back" is also "tell him to watch his
/// back", "a bullet in your head" also "a bullet in his head". Only a "your" inside the phrase is turned, into "his",
/// "her" and "their": one that opens it is said of someone by anyone ("her days are numbered at this company" tells of
/// layoffs), and "you" would need its verb turned too ("you're dead" is not "he's dead" said as a threat).
/// </summary>
internal static class ThirdPersonForms
{
    /// <summary>The classes whose phrases are met with any person's "your".</summary>
    public const TermClass Turned = TermClass.Menace;

    private static readonly string[] Owners = ["his", "her", "their"];

    /// <summary>The phrase itself, then, when "your" stands inside it, the phrase with each third person's in its place.</summary>
    public static IEnumerable<string> Of(string phrase)
    {
        yield return phrase;
        var words = phrase.Split(' ');
        var at = Array.IndexOf(words, "your");
        if (at <= 0)
        {
            yield break;
        }
        foreach (var owner in Owners)
        {
            words[at] = owner;
            yield return string.Join(' ', words);
        }
    }
}
