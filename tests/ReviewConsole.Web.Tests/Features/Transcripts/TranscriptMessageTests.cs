using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Transcripts;

namespace ReviewConsole.Web.Tests.Features.Transcripts;

/// <summary>One decision kind, the engine's: a conversation the user ended is a termination whose reason says so.</summary>
public sealed class TranscriptMessageTests
{
    private static TranscriptMessage Message(DecisionKind kind, DecisionReason reason) =>
        new(1, 1, MessageRole.User, "text", DateTimeOffset.UnixEpoch, 1, kind, reason, 0.9, []);

    [Fact]
    public void A_users_own_end_reads_as_ended_by_user_and_is_not_blurred_as_harm()
    {
        var ended = Message(DecisionKind.Terminate, DecisionReason.UserRequestedEnd);

        Assert.True(ended.EndedByUser);
        Assert.False(ended.IsSevere);
        Assert.Equal("Ended by user", TranscriptQuery.KindText(ended.Decision, ended.Reason));
    }

    [Fact]
    public void A_termination_for_abuse_and_a_safeguard_are_blurred_until_revealed()
    {
        var terminated = Message(DecisionKind.Terminate, DecisionReason.PersistentAbuse);
        var safeguarded = Message(DecisionKind.Safeguard, DecisionReason.Crisis);

        Assert.True(terminated.IsSevere);
        Assert.True(safeguarded.IsSevere);
        Assert.Equal("Termination", TranscriptQuery.KindText(terminated.Decision, terminated.Reason));
        Assert.Equal("Safeguard", TranscriptQuery.KindText(safeguarded.Decision, safeguarded.Reason));
    }
}
