using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.ApiKeys;

/// <summary>The API keys page against the real app's services: a key is shown once, revoking asks first, both are audited.</summary>
public sealed class ApiKeysPageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    private IRenderedComponent<ApiKeysPage> RenderPage() => RenderAsAdmin<ApiKeysPage>(typeof(ApiKeyService));

    private async Task<List<ReviewConsole.Web.Data.Entities.AuditEntry>> AuditAsync(string action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await db.AuditEntries.Where(e => e.Action == action).ToListAsync();
    }

    [Fact]
    public async Task Creating_a_key_shows_it_once_stores_only_its_hash_and_is_audited()
    {
        var page = RenderPage();
        var name = $"chat-{Guid.NewGuid():N}"[..20];
        page.Find("#api-key-name").Input(name);
        page.Find("form").Submit();

        var secret = page.WaitForElement("#api-key-secret").GetAttribute("value")!;
        Assert.StartsWith(ApiKeyService.Prefix, secret);
        var client = (await Fixture.Factory.Scoped.GetRequiredService<ApiKeyService>().ListAsync(CancellationToken.None)).Single(c => c.Name == name);
        Assert.Equal(ApiKeyService.Hash(secret), client.KeyHash);
        Assert.Contains(page.FindAll("#api-key-table td"), td => td.TextContent == name);
        Assert.Contains(await AuditAsync(AuditActions.ApiKeyCreated), e => e.After == name && e.Target == $"api-key:{client.Id}");

        // Rendered again later, the page never shows the secret.
        var later = Render<ApiKeysPage>();
        Assert.DoesNotContain(secret, later.Markup);
    }

    [Fact]
    public void Create_key_is_enabled_as_the_name_is_typed_not_when_the_field_loses_focus()
    {
        var page = RenderPage();
        Assert.True(page.Find("#api-key-create").HasAttribute("disabled"));

        page.Find("#api-key-name").Input("chat-staging");

        Assert.False(page.Find("#api-key-create").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Revoking_asks_for_confirmation_then_revokes_and_is_audited()
    {
        var created = await Fixture.Factory.Scoped.GetRequiredService<ApiKeyService>().CreateAsync($"revoke-{Guid.NewGuid():N}"[..20], AuditActor.System, CancellationToken.None);
        var page = RenderPage();
        var row = page.FindAll("#api-key-table tr").Single(r => r.TextContent.Contains(created.Name, StringComparison.Ordinal));
        row.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Revoke…", StringComparison.Ordinal)).Click();

        row = page.FindAll("#api-key-table tr").Single(r => r.TextContent.Contains(created.Name, StringComparison.Ordinal));
        Assert.Contains("Active", row.TextContent);
        row.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Revoke now", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("Revoked", page.FindAll("#api-key-table tr").Single(r => r.TextContent.Contains(created.Name, StringComparison.Ordinal)).TextContent));
        Assert.Null(await Fixture.Factory.Scoped.GetRequiredService<ApiKeyService>().FindAsync(created.Key, CancellationToken.None));
        Assert.Contains(await AuditAsync(AuditActions.ApiKeyRevoked), e => e.Target == $"api-key:{created.Id}");
    }
}
