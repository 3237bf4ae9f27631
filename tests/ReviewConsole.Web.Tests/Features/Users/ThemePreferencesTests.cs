using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Users;

public sealed class ThemePreferencesTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task A_users_theme_is_the_system_until_chosen_then_the_last_choice()
    {
        var user = await ReviewWorld.ReviewerAsync(fixture.Factory, 5);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test"));
        var themes = fixture.Factory.Services.GetRequiredService<ThemePreferences>();

        var initial = await themes.GetAsync(principal);
        Assert.True(await themes.SetAsync(principal, ThemeChoice.Light));
        Assert.True(await themes.SetAsync(principal, ThemeChoice.Dark));
        var chosen = await themes.GetAsync(principal);
        await themes.SetAsync(principal, ThemeChoice.System);

        Assert.Equal(ThemeChoice.System, initial);
        Assert.Equal(ThemeChoice.Dark, chosen);
        Assert.Equal(ThemeChoice.System, await themes.GetAsync(principal));
    }

    [Fact]
    public async Task A_principal_that_is_no_stored_user_gets_the_system_theme_and_saves_nothing()
    {
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "no-such-user")], "test"));
        var themes = fixture.Factory.Services.GetRequiredService<ThemePreferences>();

        Assert.False(await themes.SetAsync(stranger, ThemeChoice.Dark));
        Assert.Equal(ThemeChoice.System, await themes.GetAsync(stranger));
    }
}
