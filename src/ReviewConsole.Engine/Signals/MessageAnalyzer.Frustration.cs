using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReviewConsole.Engine.Signals;

public sealed partial class MessageAnalyzer
{
    // "Not at you", "not mad with you", "not your fault", "nothing personal": the one addressed spared the writer's temper.
    private static readonly Regex AddresseeSpared = new(
        Regex.Replace(@"\b(not|isn t|wasn t|nothing) (really |exactly |directly |personally |aimed |directed )?(at|against) you\b"
            + @"|\bnot (mad|angry|annoyed|upset|cross|frustrated|irritated|shouting|yelling|having a go) (at|with) you\b"
            + @"|\b(not|isn t|wasn t) (really |exactly )?your fault\b|\bnothing personal\b|\bno offen[cs]e (to you|meant|intended)\b", @"([a-z])\1+", "$1",
            RegexOptions.CultureInvariant),
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);

    // The words the regex cannot match without: most messages hold none, and skip it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SparingAnchors = Lexicon.FoldedLookup("not", "isn", "wasn", "nothing",
        "offence", "offense");

    // What turns a spared temper back on the one addressed ("nothing personal, but you're useless").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TurnsBack = Lexicon.FoldedLookup("but", "though", "however", "yet");

    private const TermClass Abusing = TermClass.Insult | TermClass.Profanity | TermClass.AbusiveImperative | TermClass.Menace | TermClass.ThreatIntent
        | TermClass.Sexual | TermClass.SexualAdvance | TermClass.Explicit | TermClass.ViolentAct;

    /// <summary>
    /// "I'm annoyed, not at you exactly, just at this whole process", "sorry, nothing personal, this form is driving me mad":
    /// the writer's frustration said to spare the one addressed, in no word of insult, swearing, threat or sex
    /// (<see cref="Semantic.RuleReading.SparesTheAddressed"/>). The heads read the temper and the "you" as harassment.
    /// </summary>
    private static bool SparesTheAddressed(TokenView view) =>
        !view.Has(Abusing) && view.AnyWordOf(SparingAnchors) && !view.AnyWordOf(TurnsBack) && AddresseeSpared.IsMatch(view.Text);
}
