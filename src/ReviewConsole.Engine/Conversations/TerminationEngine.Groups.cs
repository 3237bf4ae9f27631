using System.Text.RegularExpressions;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Conversations;

public sealed partial class TerminationEngine
{
    /// <summary>The rule of a message that carries an earlier message's vilification of a group on with "them" (<see cref="GroupVilificationCarried"/>).</summary>
    public const string GroupVilificationCarriedRule = "group-vilification-carried";

    /// <summary>
    /// A message that names a protected group and that a rule reads as vilifying it, or the model as harassment: the group
    /// a later "them" may stand for.
    /// </summary>
    private bool VilifiesANamedGroup(MessageAnalysis analysis) =>
        analysis.GroupNamed is not null && analysis.Signals.Any(s => s.Confidence >= Policy.HarmThreshold
            && (s.Rule == RuleNames.Discrimination || (s.Category == SignalCategory.Harassment && SemanticCombiner.IsFromModel(s))));

    /// <summary>
    /// "Immigrants are ruining this country", then "they breed like rats", "round every last one of them up": hate pressed
    /// on a group named once, in words that name it only as "them". Within <see cref="PressWindow"/> of a message that
    /// vilified a group, a message that speaks of "them", names no group and reads as nothing harmful of its own is read
    /// again with the group in place of "them"; read so as harm, it carries the vilification on: a suspicion, a strike once
    /// warned, as a follow-up of a harmful request is. Read so as anything else ("they deserve better"), it is what it says.
    /// </summary>
    private Signal? GroupVilificationCarried(ConversationState state, MessageAnalysis analysis, int messageNumber)
    {
        if (analysis.SpeaksOfThemOnly is not { } text || state.GroupVilified is not { } group || !Within(state.GroupVilifiedAt, messageNumber, PressWindow)
            || analysis.Signals.Any(s => s.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Obfuscation) && s.Confidence >= FollowUpConfidence))
        {
            return null;
        }
        var named = WithTheGroupNamed(text, group) ?? WithTheGroupNamed(TextNormalizer.Normalize(text).ToString(), group);
        if (named is null)
        {
            return null;
        }
        foreach (var signal in analyzer.Analyze(named).Signals)
        {
            if (signal.Category is not (SignalCategory.Crisis or SignalCategory.EndRequest or SignalCategory.Obfuscation) && signal.Confidence >= Policy.HarmThreshold)
            {
                return new Signal(signal.Category, Severity.High, FollowUpConfidence, GroupVilificationCarriedRule, [],
                    [$"read with \"{group}\" for \"them\", it vilifies the group of user message {state.GroupVilifiedAt}"]);
            }
        }
        return null;
    }

    // "They're", "they'll", "they've", "they'd": the group with the verb written out.
    private static readonly Regex ContractedPronoun = new(@"\bthey\s*['’]?\s*(re|ll|ve|d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex GroupPronoun = new(@"\b(?:they|them|dey|dem|(?:those|these|such)\s+(?:people|ones|creatures|folks))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text with the group in place of "they", "them" and "those people"; null when none is found in it (a disguised "th3m").</summary>
    private static string? WithTheGroupNamed(string text, string group)
    {
        var found = false;
        var named = ContractedPronoun.Replace(text, m =>
        {
            found = true;
            return group + " " + m.Groups[1].Value.ToLowerInvariant() switch { "re" => "are", "ll" => "will", "ve" => "have", _ => "would" };
        });
        named = GroupPronoun.Replace(named, _ =>
        {
            found = true;
            return group;
        });
        return found ? named : null;
    }
}
