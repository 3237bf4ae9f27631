using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Transcripts;

namespace ReviewConsole.Web.Features.Wellness;

/// <summary>
/// What one reviewer has revealed of one transcript, and their exposure today. With the blur off, every severe
/// message is shown at once, so it counts as revealed as soon as the transcript opens.
/// </summary>
public sealed class RevealState(ReviewerWellness wellness, AuditActor actor)
{
    private readonly HashSet<long> revealed = [];

    public IReadOnlySet<long> Revealed => revealed;

    public BlurLevel BlurLevel { get; private set; }

    public int RevealedToday { get; private set; }

    public async Task LoadAsync()
    {
        if (actor.UserId is { } userId)
        {
            BlurLevel = await wellness.BlurLevelAsync(userId);
            RevealedToday = await wellness.RevealedTodayAsync(userId);
        }
    }

    public async Task OpenAsync(Transcript transcript)
    {
        revealed.Clear();
        if (BlurLevel == BlurLevel.Off)
        {
            await RevealAllAsync(transcript);
        }
    }

    public Task RevealAllAsync(Transcript transcript) =>
        RevealAsync(transcript, [.. transcript.Messages.Where(m => m.IsSevere).Select(m => m.Id)]);

    public async Task RevealAsync(Transcript transcript, IReadOnlyList<long> messageIds)
    {
        var newlyRevealed = messageIds.Count(revealed.Add);
        if (newlyRevealed > 0)
        {
            RevealedToday = await wellness.RecordRevealAsync(actor, transcript.ConversationId, newlyRevealed);
        }
    }

    public async Task SetBlurLevelAsync(BlurLevel level, Transcript? transcript)
    {
        BlurLevel = level;
        await wellness.SetBlurLevelAsync(actor, level);
        if (level == BlurLevel.Off && transcript is not null)
        {
            await RevealAllAsync(transcript);
        }
    }
}
