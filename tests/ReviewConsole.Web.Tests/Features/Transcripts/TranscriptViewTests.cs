using Bunit;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Transcripts;

public sealed class TranscriptViewTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    [Fact]
    public void A_long_transcript_is_virtualized_and_a_short_one_is_not()
    {
        Services.AddSingleton(Fixture.Factory.Scoped.GetRequiredService<TimeProvider>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        Transcript Of(int count) => new("c", "a", ConversationStatus.Open, DateTimeOffset.UtcNow, null, 0,
            [.. Enumerable.Range(1, count).Select(i => new TranscriptMessage(i, i, MessageRole.User, $"message {i}", DateTimeOffset.UtcNow, 3, DecisionKind.Continue, DecisionReason.None, 0, []))], []);

        var longOne = Render<TranscriptView>(p => p.Add(x => x.Transcript, Of(1000)));
        var shortOne = Render<TranscriptView>(p => p.Add(x => x.Transcript, Of(20)));

        Assert.Single(longOne.FindComponents<Virtualize<TranscriptMessage>>());
        // Only a window of the thousand is in the page.
        Assert.True(longOne.FindAll(".rc-message").Count < 500, $"{longOne.FindAll(".rc-message").Count} rendered");
        Assert.Empty(shortOne.FindComponents<Virtualize<TranscriptMessage>>());
        Assert.Equal(20, shortOne.FindAll(".rc-message").Count);
    }
}
