using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Queue;

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
        Assert.EndsWith($"/review/{crisis.Id}?view=crisis", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.NotEqual(termination.Id, crisis.Id);
    }

    [Fact]
    public async Task J_opens_the_next_item_of_the_chosen_view_and_the_address_keeps_the_view()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var account = ReviewWorld.NewId("qj");
        await ReviewWorld.TerminateAsync(api, $"{account}-t", account);
        await ReviewWorld.SafeguardAsync(api, $"{account}-s", account);
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory, 6);
        var page = RenderAs<ReviewQueuePage>(user, Roles.Reviewer);
        page.WaitForAssertion(() => Assert.Contains(account, page.Find("#queue-grid").TextContent));

        page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Crisis", StringComparison.Ordinal)).Click();
        var expected = await Fixture.Factory.Scoped.GetRequiredService<ReviewQueue>().NextFreeAsync(new QueueQuery { View = QueueView.Crisis }, null, user.Id);
        await PressAsync(page, "j");

        page.WaitForAssertion(() => Assert.EndsWith($"/review/{expected}?view=crisis", Services.GetRequiredService<NavigationManager>().Uri));
    }

    [Fact]
    public async Task A_row_shows_the_decisive_message_blurred_words_not_enum_names_and_how_long_it_has_waited()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var account = ReviewWorld.NewId("triage");
        await ReviewWorld.TerminateAsync(api, $"{account}-t", account);
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory, 7);

        var page = RenderAs<ReviewQueuePage>(user, Roles.Reviewer);

        page.WaitForAssertion(() => Assert.Contains(account, page.Find("#queue-grid").TextContent));
        var row = page.FindAll("#queue-grid tbody tr").Single(r => r.TextContent.Contains(account, StringComparison.Ordinal));
        var excerpt = row.QuerySelector(".rc-excerpt")!;
        Assert.Contains(ReviewWorld.Abuse[^1], excerpt.TextContent);
        Assert.Contains("blur(", excerpt.GetAttribute("style"));
        Assert.Contains("Harmful request", row.TextContent);
        Assert.DoesNotContain("HarmfulRequest", row.TextContent);
        Assert.Matches(@"just now|\d+ min", row.QuerySelector(".rc-waiting")!.TextContent);
        Assert.DoesNotContain("rc-overdue", row.ClassName ?? "");
    }

    [Fact]
    public async Task A_waiting_item_past_its_target_is_red_and_says_so_and_the_labelled_view_shows_verdict_and_reviewer()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var account = ReviewWorld.NewId("overdue");
        var late = await ReviewWorld.TerminateAsync(api, $"{account}-late", account);
        var done = await ReviewWorld.TerminateAsync(api, $"{account}-done", account, "How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?");
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            await db.ReviewItems.Where(r => r.Id == late.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTimeOffset.UtcNow.AddDays(-2)));
        }
        var reviewer = await ReviewWorld.ReviewerAsync(Fixture.Factory, 8);
        var actor = new ReviewConsole.Web.Features.Audit.AuditActor(reviewer.Id, reviewer.UserName!, null);
        await Fixture.Factory.Scoped.GetRequiredService<ReviewConsole.Web.Features.Labels.LabelService>().LabelAsync(
            new(done.Id, done.Version, LabelVerdict.FalsePositive, FalsePositiveReason.Research, "a study", 20), actor);

        var page = RenderAs<ReviewQueuePage>(reviewer, Roles.Reviewer);
        page.WaitForAssertion(() => Assert.Contains(account, page.Find("#queue-grid").TextContent));
        var overdue = page.FindAll("#queue-grid tbody tr").Single(r => r.TextContent.Contains(account, StringComparison.Ordinal));
        Assert.Contains("rc-overdue", overdue.ClassName);
        Assert.Contains("over the 24 h target", overdue.TextContent);

        page.Find("#queue-counts").QuerySelectorAll(".mud-chip").Single(c => c.TextContent.StartsWith("Labelled", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("False positive", page.Find("#queue-grid").TextContent));
        var labelled = page.FindAll("#queue-grid tbody tr").Single(r => r.TextContent.Contains(account, StringComparison.Ordinal));
        Assert.Contains($"by {reviewer.UserName}", labelled.TextContent);
    }

    [Fact]
    public async Task Review_next_item_is_disabled_in_the_prerendered_page_and_enabled_once_the_page_is_live()
    {
        var (email, password, _) = DemoUsers.Reviewer;
        using var client = await SignInClient.CreateSignedInAsync(Fixture.Factory, email, password);
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory);

        var prerendered = await client.GetStringAsync("/queue");
        var live = RenderAs<ReviewQueuePage>(user, Roles.Reviewer);

        // A click on the prerendered button has no handler behind it yet and would be lost.
        Assert.Matches("<button[^>]*disabled[^>]*id=\"queue-start\"|<button[^>]*id=\"queue-start\"[^>]*disabled", prerendered);
        live.WaitForAssertion(() => Assert.False(live.Find("#queue-start").HasAttribute("disabled")));
    }
}
