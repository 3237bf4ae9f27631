using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic.Training;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// Reviewers' verdicts as training examples. Each review item's latest verdict labels the user messages the engine
/// acted on in that conversation (warned, terminated or safeguarded): a correct or legal-escalation verdict with the
/// item's category, a false positive (whatever its reason, and an overturned appeal is one) as benign-sensitive, since
/// those are messages that looked harmful and were not. Second opinions say nothing yet and are left out.
/// </summary>
public static class LabelledExamples
{
    public const string Source = TrainingCorpus.ReviewerSource;

    public static async Task<IReadOnlyList<TrainingExample>> ReadAsync(ReviewDbContext db, CancellationToken cancellationToken)
    {
        var latest = db.Labels.GroupBy(l => l.ReviewItemId).Select(g => g.Max(l => l.Id));
        var verdicts = await (from label in db.Labels
                              where latest.Contains(label.Id)
                                    && (label.Verdict == LabelVerdict.Correct || label.Verdict == LabelVerdict.FalsePositive || label.Verdict == LabelVerdict.EscalateToLegal
                                        || label.Verdict == LabelVerdict.ImminentRisk)
                              join item in db.ReviewItems on label.ReviewItemId equals item.Id
                              select new { item.ConversationId, item.Category, label.Verdict })
            .AsNoTracking().ToListAsync(cancellationToken);
        var byConversation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            if ((verdict.Verdict == LabelVerdict.FalsePositive ? SemanticLabels.BenignSensitive : LabelOf(verdict.Category)) is { } label
                && !byConversation.ContainsKey(verdict.ConversationId))
            {
                byConversation[verdict.ConversationId] = label;
            }
        }

        var examples = new List<TrainingExample>();
        foreach (var chunk in byConversation.Keys.Chunk(500))
        {
            var messages = await db.Messages.AsNoTracking()
                .Where(m => chunk.Contains(m.ConversationId) && m.Role == MessageRole.User && m.Decision != DecisionKind.Continue)
                .Select(m => new { m.ConversationId, m.Text })
                .ToListAsync(cancellationToken);
            examples.AddRange(messages.Select(m => new TrainingExample(m.Text, byConversation[m.ConversationId], Source)));
        }
        return TrainingCorpus.Deduplicate(examples);
    }

    /// <summary>The model's label for an engine category (as review items store it); null for those the model does not learn.</summary>
    public static string? LabelOf(string? category) => Enum.TryParse<SignalCategory>(category, out var parsed) ? parsed switch
    {
        SignalCategory.HarmfulRequest => SemanticLabels.UnsafeRequest,
        SignalCategory.ViolentThreat or SignalCategory.Harassment or SignalCategory.Coercion => SemanticLabels.Harassment,
        SignalCategory.SexualHarassment => SemanticLabels.SexualHarassment,
        SignalCategory.Profanity => SemanticLabels.Profanity,
        SignalCategory.Jailbreak or SignalCategory.PromptInjection => SemanticLabels.Jailbreak,
        SignalCategory.Crisis => SemanticLabels.Crisis,
        SignalCategory.EndRequest => SemanticLabels.EndRequest,
        _ => null,
    } : null;
}
