using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Appeals;

public sealed class AppealPageTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task A_decided_appeal_shows_the_original_verdict_the_overturn_and_who_decided_with_the_engines_timeline()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("acct");
        var item = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("appealpage"), account);
        var user = await ReviewWorld.ReviewerAsync(fixture.Factory);
        var reviewer = new AuditActor(user.Id, user.UserName!, null);
        Assert.IsType<LabelOutcome.Saved>(await fixture.Factory.Scoped.GetRequiredService<LabelService>()
            .LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, "clear threats", 9), reviewer));
        var filed = await api.Http.PostAsJsonAsync("/api/v1/appeals", new { conversationId = item.ConversationId, accountId = account, text = "It was a quote." });
        var appealId = (await ApiTestClient.JsonAsync(filed)).GetProperty("id").GetInt64();
        var appeal = await api.QueryAsync(db => db.Appeals.SingleAsync(a => a.Id == appealId));
        await fixture.Factory.Scoped.GetRequiredService<AppealDecisions>().DecideAsync(appealId, appeal.Version, overturn: true, "A quote from a film.", reviewer);
        var (email, password, _) = ReviewConsole.Web.Features.Users.DemoUsers.Reviewer;
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, password);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/appeals/{appealId}"));

        var original = html.IndexOf($"Confirmed correct</strong>: clear threats — by {user.UserName}", StringComparison.Ordinal);
        var overturn = html.IndexOf("False positive (other)</strong>", StringComparison.Ordinal);
        Assert.True(original >= 0, "the original verdict is shown with its note and reviewer");
        Assert.True(overturn > original, "the overturn's verdict follows it");
        Assert.Contains($"<strong>Overturned</strong> by {user.Email} at", html);
        Assert.Contains("id=\"decision-timeline\"", html);
    }
}
