using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Users;

/// <summary>`user reset-password EMAIL`: the way back in when the only admin's password is lost.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));

    public UserCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task A_lost_admin_password_is_replaced_by_a_one_time_password_that_signs_in_and_is_audited()
    {
        var (exit, output, _) = await ConsoleCommand.RunAsync(folder, "user", "reset-password", ConsoleAppFactory.AdminEmail);

        Assert.Equal(0, exit);
        var password = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.True(password.Length >= 16, output);
        Assert.DoesNotContain(password, File.ReadAllText(Path.Combine(folder, "first-admin-password.txt")));

        using var factory = new ConsoleAppFactory(folder: folder);
        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, password);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.ActorName == "command line"));
    }

    [Fact]
    public async Task An_unknown_email_is_said_in_one_line_with_exit_code_1()
    {
        var (exit, _, error) = await ConsoleCommand.RunAsync(folder, "user", "reset-password", "nobody@example.test");

        Assert.Equal(1, exit);
        Assert.Equal("No user with the email nobody@example.test.", error.Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
