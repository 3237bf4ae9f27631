using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Account;

public sealed class FirstRunBootstrapTests
{
    [Fact]
    public async Task Configured_admin_password_signs_in_and_is_never_printed_or_logged()
    {
        using var factory = new ConsoleAppFactory();
        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, ConsoleAppFactory.AdminPassword);

        Assert.DoesNotContain(ConsoleAppFactory.AdminPassword, factory.OperatorOutput.ToString());
        Assert.DoesNotContain(factory.LogLines, line => line.Contains(ConsoleAppFactory.AdminPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generated_admin_password_is_printed_once_to_the_console_and_not_logged()
    {
        using var factory = new ConsoleAppFactory(new() { ["Bootstrap:AdminPassword"] = "" });
        _ = factory.Services;

        var output = factory.OperatorOutput.ToString();
        var password = output.Split('\n').Single(l => l.Contains("password:")).Split("password:")[1].Trim();
        Assert.True(password.Length >= 20);
        Assert.DoesNotContain(factory.LogLines, line => line.Contains(password, StringComparison.Ordinal));

        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, password);
    }

    [Fact]
    public async Task Without_a_terminal_the_generated_password_goes_to_a_file_only_its_owner_can_read()
    {
        using var factory = new ConsoleAppFactory(new() { ["Bootstrap:AdminPassword"] = "" });
        factory.OperatorSecretsFile = Path.Combine(factory.Folder, "secrets", "first-admin-password.txt");
        _ = factory.Services;

        var output = factory.OperatorOutput.ToString();
        Assert.DoesNotContain("password:", output);
        Assert.Contains(factory.OperatorSecretsFile, output);
        var password = File.ReadAllLines(factory.OperatorSecretsFile).Single(l => l.StartsWith("password:", StringComparison.Ordinal))["password:".Length..].Trim();
        Assert.DoesNotContain(password, output);
        Assert.DoesNotContain(factory.LogLines, line => line.Contains(password, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(factory.OperatorSecretsFile));
        }

        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, password);
    }

    [Fact]
    public async Task First_run_creates_roles_the_admin_and_in_demo_mode_a_reviewer_and_a_manager()
    {
        using var factory = new ConsoleAppFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(ConsoleAppFactory.AdminEmail))!, Roles.Admin));
        foreach (var (email, _, role) in DemoUsers.All)
        {
            Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role));
        }
    }

    [Fact]
    public async Task Demo_mode_off_creates_only_the_admin()
    {
        using var factory = new ConsoleAppFactory(new() { ["Bootstrap:DemoMode"] = "false" });
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        Assert.Single(users.Users);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_creates_no_one_and_prints_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rc-restart-{Guid.NewGuid():N}.db");
        var sameDatabase = new Dictionary<string, string?> { ["ConnectionStrings:ReviewConsole"] = $"Data Source={path}", ["Bootstrap:AdminPassword"] = "" };
        using (var first = new ConsoleAppFactory(sameDatabase))
        {
            _ = first.Services;
            Assert.Contains("password:", first.OperatorOutput.ToString());
        }

        using var second = new ConsoleAppFactory(sameDatabase);
        await using var scope = second.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal(3, users.Users.Count());
        Assert.DoesNotContain("password:", second.OperatorOutput.ToString());
    }

    [Fact]
    public void Generated_passwords_differ_and_satisfy_every_character_class()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => FirstRunBootstrapper.GeneratePassword()).ToList();
        Assert.Equal(50, passwords.Distinct().Count());
        Assert.All(passwords, p =>
        {
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
        });
    }
}
