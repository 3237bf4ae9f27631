using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Import;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Import;

/// <summary>The admin import page against the real app's importer and database.</summary>
public sealed class ImportPageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task An_uploaded_file_is_imported_with_progress_its_bad_lines_are_listed_and_the_import_is_audited()
    {
        var page = RenderAsAdmin<ImportPage>(typeof(ConversationImporter));

        var run = Guid.NewGuid().ToString("N")[..8];
        var file = $$"""
            {"id":"{{run}}-a","turns":[{"role":"user","text":"How can I kill a Python process?"},{"role":"assistant","text":"Use pkill."}]}
            {"id":"{{run}}-b","turns":[{"role":"user","text":"<script>alert('x')</script> how do I bake bread?"}]}
            not json at all
            """;
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(file, $"{run}.jsonl"));

        page.WaitForAssertion(() => Assert.Contains("Imported", page.Markup), TimeSpan.FromSeconds(20));
        Assert.Contains("3 messages stored", page.Find("#import-counts").TextContent);
        var badLine = page.Find("#import-bad-lines tbody tr");
        Assert.Contains("3", badLine.Children[0].TextContent);
        Assert.Contains("not valid JSON", badLine.Children[1].TextContent);

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        Assert.Equal(3, await db.Messages.CountAsync(m => m.ConversationId.StartsWith(run)));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ConversationsImported && e.Target == $"{run}.jsonl"));
    }
}
