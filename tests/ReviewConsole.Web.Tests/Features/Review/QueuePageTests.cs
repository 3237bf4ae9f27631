using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Review;

public sealed class QueuePageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task The_queue_lists_waiting_items_with_counts_and_the_crisis_view_shows_only_safeguards()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var account = ReviewWorld.NewId("qp");
        var termination = await ReviewWorld.TerminateAsync(api, $"{account}-t", account);
        var crisis = await ReviewWorld.SafeguardAsync(api, $"{account}-s", account);
        Fixture.Factory.Scoped.GetRequiredService<ReviewQueue>().InvalidateCounts();
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory);

        var page = RenderAs<ReviewQueuePage>(user, Roles.Reviewer);

        page.WaitForAssertion(() => Assert.Contains(account, page.Find("#queue-grid").TextContent));
        var rows = page.FindAll("#queue-grid tbody tr").Where(r => r.TextContent.Contains(account, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Safeguard", rows[0].TextContent);
        Assert.Contains("Crisis waiting: 1", page.Find("#queue-counts").TextContent);

        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Crisis", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.DoesNotContain("Termination", page.Find("#queue-grid tbody").TextContent));
        Assert.Contains(account, page.Find("#queue-grid").TextContent);

        rows = [.. page.FindAll("#queue-grid tbody tr").Where(r => r.TextContent.Contains(account, StringComparison.Ordinal))];
        rows[0].QuerySelector("td")!.Click();
        Assert.EndsWith($"/review/{crisis.Id}", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.NotEqual(termination.Id, crisis.Id);
    }

    [Fact]
    public void A_long_transcript_is_virtualized_and_a_short_one_is_not()
    {
        Services.AddSingleton(Fixture.Factory.Scoped.GetRequiredService<TimeProvider>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        Transcript Of(int count) => new("c", "a", ConversationStatus.Open, DateTimeOffset.UtcNow, null, 0,
            [.. Enumerable.Range(1, count).Select(i => new TranscriptMessage(i, i, MessageRole.User, $"message {i}", DateTimeOffset.UtcNow, 3, DecisionKind.Continue, 0, []))], []);

        var longOne = Render<TranscriptView>(p => p.Add(x => x.Transcript, Of(1000)));
        var shortOne = Render<TranscriptView>(p => p.Add(x => x.Transcript, Of(20)));

        Assert.Single(longOne.FindComponents<Virtualize<TranscriptMessage>>());
        // Only a window of the thousand is in the page.
        Assert.True(longOne.FindAll(".rc-message").Count < 500, $"{longOne.FindAll(".rc-message").Count} rendered");
        Assert.Empty(shortOne.FindComponents<Virtualize<TranscriptMessage>>());
        Assert.Equal(20, shortOne.FindAll(".rc-message").Count);
    }
}
