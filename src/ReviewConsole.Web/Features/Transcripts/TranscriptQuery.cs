using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Features.Transcripts;

/// <summary>Loads a conversation for the transcript page: two indexed reads (messages, decisions), no tracking.</summary>
public sealed class TranscriptQuery(IDbContextFactory<ReviewDbContext> contexts)
{
    public async Task<Transcript?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { c.Id, c.AccountId, c.Status, c.StartedAt, c.EndedAt, c.TotalTokens })
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return null;
        }
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderBy(m => m.Sequence)
            .Select(m => new { m.Id, m.Sequence, m.Role, m.Text, m.SentAt, m.TokenCount, m.Decision, m.Reason, m.Score })
            .ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.ConversationId == conversationId)
            .OrderBy(d => d.MessageId)
            .Select(d => new { d.MessageId, d.Kind, d.Reason, d.TopCategory, d.Score, d.Warnings, d.Strikes, d.PolicyVersion, d.DecidedAt, d.ExplanationJson })
            .ToListAsync(cancellationToken);

        var sequences = messages.ToDictionary(m => m.Id, m => m.Sequence);
        var timeline = decisions.Select(d => new TimelineEntry(
            d.MessageId, sequences.GetValueOrDefault(d.MessageId), d.Kind, d.Reason, d.TopCategory, d.Score,
            d.Warnings, d.Strikes, d.PolicyVersion, d.DecidedAt, DecisionExplanation.FromJson(d.ExplanationJson))).ToList();
        var highlights = timeline.Where(t => t.Explanation is not null).ToDictionary(t => t.MessageId, t => Highlights(t.Explanation!));

        return new Transcript(conversation.Id, conversation.AccountId, conversation.Status, conversation.StartedAt, conversation.EndedAt,
            conversation.TotalTokens,
            [.. messages.Select(m => new TranscriptMessage(m.Id, m.Sequence, m.Role, m.Text, m.SentAt, m.TokenCount, m.Decision, m.Reason, m.Score,
                highlights.GetValueOrDefault(m.Id) ?? []))],
            timeline);
    }

    private static List<HighlightSpan> Highlights(DecisionExplanation explanation) =>
        [.. explanation.Signals.SelectMany(s => s.Spans.Where(span => span.Length == 2).Select(span => new HighlightSpan(span[0], span[1], s.Category)))];

    public static string ReasonText(DecisionReason reason) => reason switch
    {
        DecisionReason.HarmfulMessage => "Harmful message",
        DecisionReason.SustainedAbuse => "Sustained abuse",
        DecisionReason.PersistentAbuse => "Persistent abuse: strikes reached",
        DecisionReason.UserRequestedEnd => "The user asked to end",
        DecisionReason.Crisis => "Possible crisis: resources offered",
        DecisionReason.CrisisSuppressedTermination => "Crisis: termination withheld",
        DecisionReason.ConversationEnded => "Conversation already ended",
        DecisionReason.AssistantMessage => "Assistant message",
        _ => "No action",
    };

    /// <param name="reason">Only a termination's reason changes its name (the user's own end); review items never have one.</param>
    public static string KindText(DecisionKind kind, DecisionReason reason = DecisionReason.None) => kind switch
    {
        DecisionKind.Warn => "Warning",
        DecisionKind.Terminate when reason == DecisionReason.UserRequestedEnd => "Ended by user",
        DecisionKind.Terminate => "Termination",
        DecisionKind.Safeguard => "Safeguard",
        _ => "Continue",
    };
}
