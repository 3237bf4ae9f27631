using System.Net;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Accounts;

public sealed class AccountPageTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task The_account_page_has_its_heading_a_table_of_conversations_and_linked_accounts_that_open()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var first = ReviewWorld.NewId("acct");
        var second = ReviewWorld.NewId("acct");
        var device = ReviewWorld.NewId("device");
        (await api.PostMessageAsync(ReviewWorld.NewId("c"), "m0", "hello there", first, extra: new { deviceFingerprint = device })).EnsureSuccessStatusCode();
        (await api.PostMessageAsync(ReviewWorld.NewId("c"), "m0", "hello again", second, extra: new { deviceFingerprint = device })).EnsureSuccessStatusCode();
        var (email, password, _) = DemoUsers.Reviewer;
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, password);

        var html = await client.GetStringAsync($"/accounts/{second}");

        Assert.Matches($"id=\"account-heading\"[^>]*>Account <bdi>{second}</bdi>", html);
        Assert.Contains("id=\"account-conversations\"", html);
        Assert.Contains($"href=\"/accounts/{first}\"", html);
    }

    // Today's figures and those true when a restriction was recommended are told apart.
    [Fact]
    public async Task The_risk_today_and_the_reason_when_recommended_are_told_apart()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("acct");
        for (var c = 0; c < 3; c++)
        {
            await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("c"), account);
        }
        var (email, password, _) = DemoUsers.Reviewer;
        using var reviewer = await SignInClient.CreateSignedInAsync(fixture.Factory, email, password);

        var accountPage = WebUtility.HtmlDecode(await reviewer.GetStringAsync($"/accounts/{account}"));
        var restrictions = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/restrictions"));

        Assert.Contains("Risk now ", accountPage);
        Assert.Contains("when recommended: 3 conversations terminated", accountPage);
        Assert.Contains("Why (when recommended)", restrictions);
        Assert.Contains("Terminations now (all time)", restrictions);
    }
}
