using System.Text;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>What a reviewer reads for each stored enum name: words, not identifiers.</summary>
public static class DisplayNames
{
    public static string Category(string? category) => category switch
    {
        null or "" => "No category",
        nameof(SignalCategory.EndRequest) => "User asked to end",
        nameof(SignalCategory.Crisis) => "Crisis",
        _ => Words(category),
    };

    public static string Severity(int severity) => Enum.IsDefined((Severity)severity) ? ((Severity)severity).ToString() : "None";

    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "Waiting",
        ReviewStatus.SecondOpinion => "Second opinion asked",
        ReviewStatus.Escalated => "Escalated",
        _ => Words(status.ToString()),
    };

    public static string Verdict(LabelVerdict verdict) => verdict switch
    {
        LabelVerdict.Correct => "Confirmed correct",
        LabelVerdict.FalsePositive => "False positive",
        LabelVerdict.EscalateToLegal => "Escalated to legal",
        LabelVerdict.SecondOpinion => "Second opinion",
        LabelVerdict.ImminentRisk => "Escalated: imminent risk",
        _ => Words(verdict.ToString()),
    };

    /// <summary>A verdict in the words of the item it was given on: a crisis item's are about the safeguard.</summary>
    public static string Verdict(LabelVerdict verdict, string? category) => (verdict, IsCrisis(category)) switch
    {
        (LabelVerdict.Correct, true) => "Resources shown: correct",
        (LabelVerdict.FalsePositive, true) => "Not a crisis",
        _ => Verdict(verdict),
    };

    /// <summary>"False positive (research)", "Not a crisis": a verdict with its reason, where the reason adds something.</summary>
    public static string VerdictWithReason(LabelVerdict verdict, FalsePositiveReason? reason, string? category) =>
        Verdict(verdict, category) + (reason is { } r and not FalsePositiveReason.NotACrisis ? $" ({Reason(r).ToLowerInvariant()})" : "");

    public static bool IsCrisis(string? category) => category == nameof(SignalCategory.Crisis);

    public static string Reason(FalsePositiveReason reason) => Words(reason.ToString());

    /// <summary>"HarmfulRequest" → "Harmful request".</summary>
    public static string Words(string identifier)
    {
        var text = new StringBuilder(identifier.Length + 4);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>A target: "15 min", "24 h".</summary>
    public static string Target(TimeSpan target) =>
        target.TotalMinutes < 60 || target.Minutes != 0 ? $"{(int)target.TotalMinutes} min" : $"{(int)target.TotalHours} h";

    /// <summary>"45 min", "3 h 10 min", "2 d 4 h": how long an item has waited.</summary>
    public static string Waited(TimeSpan waited) => waited switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => $"{(int)waited.TotalMinutes} min",
        { TotalDays: < 1 } => $"{(int)waited.TotalHours} h {waited.Minutes} min",
        _ => $"{(int)waited.TotalDays} d {waited.Hours} h",
    };
}
