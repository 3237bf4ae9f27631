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
        var (email, password, _) = DemoUsers.All[0];
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, password);

        var html = await client.GetStringAsync($"/accounts/{second}");

        Assert.Matches($"id=\"account-heading\"[^>]*>Account <bdi>{second}</bdi>", html);
        Assert.Contains("id=\"account-conversations\"", html);
        Assert.Contains($"href=\"/accounts/{first}\"", html);
    }
}
