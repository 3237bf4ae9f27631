using Bunit;
using MudBlazor.Services;
using ReviewConsole.Web.Components.Layout;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Tests.Layout;

public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Manager)]
    public void Non_admins_do_not_see_administration(string role)
    {
        AddAuthorization().SetAuthorized("someone@example.test").SetRoles(role);

        var nav = Render<NavMenu>();

        Assert.Contains("Overview", nav.Markup);
        Assert.DoesNotContain("Audit log", nav.Markup);
        Assert.DoesNotContain("Administration", nav.Markup);
    }

    [Fact]
    public void Admins_see_the_audit_log()
    {
        AddAuthorization().SetAuthorized("admin@example.test").SetRoles(Roles.Admin);

        var nav = Render<NavMenu>();

        Assert.Contains("Audit log", nav.Find("a[href='/audit']").TextContent);
    }

    [Fact]
    public void Anonymous_users_see_no_links()
    {
        AddAuthorization();

        var nav = Render<NavMenu>();

        Assert.Empty(nav.FindAll("a"));
    }
}
