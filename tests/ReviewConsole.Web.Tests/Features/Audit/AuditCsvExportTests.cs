using System.Net;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Users;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Audit;

public sealed class AuditCsvExportTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task An_admin_exports_the_filtered_log_as_csv_with_quoting_and_no_formulas_and_the_export_is_audited()
    {
        var audit = fixture.Factory.Scoped.GetRequiredService<AuditLog>();
        await audit.RecordAsync(new AuditActor(null, "csv-tester", null), "csv-check", "=HYPERLINK(\"http://evil\")", "a,b", "line1\nline2");
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, ConsoleAppFactory.AdminEmail, ConsoleAppFactory.AdminPassword);

        var response = await client.GetAsync(AuditCsvExport.UrlFor(null, "csv-check", null, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n").Length > 1 ? csv.Split("\r\n") : csv.Split('\n');
        Assert.Equal("at_utc,actor,action,target,before,after,remote_ip", lines[0]);
        Assert.Contains(",csv-tester,csv-check,\"'=HYPERLINK(\"\"http://evil\"\")\",\"a,b\",\"line1\nline2\",", csv);
        Assert.DoesNotContain("sign-in", csv);

        var again = await client.GetStringAsync(AuditCsvExport.UrlFor(null, AuditActions.AuditExported, null, null));
        Assert.Contains(ConsoleAppFactory.AdminEmail, again);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("\u00A0@SUM(A1)", "'\u00A0@SUM(A1)")]
    [InlineData("  -2", "'  -2")]
    [InlineData("+1", "'+1")]
    [InlineData("a = b", "a = b")]
    [InlineData("   ", "   ")]
    public void A_cell_that_a_spreadsheet_would_read_as_a_formula_is_neutralised(string value, string expected) =>
        Assert.Equal(expected, AuditCsvExport.Cell(value));

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Manager)]
    public async Task Reviewers_and_managers_cannot_export(string demoUser)
    {
        var (email, password, _) = DemoUsers.WithRole(demoUser);
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, password);
        var response = await client.GetAsync(AuditCsvExport.Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Anonymous_users_cannot_export()
    {
        using var client = SignInClient.CreateAnonymous(fixture.Factory);
        var response = await client.GetAsync(AuditCsvExport.Path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }
}
