using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Users;

/// <summary>Creates the roles, and on a database with no users the first admin (plus the demo users in demo mode).</summary>
public sealed class FirstRunBootstrapper(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<BootstrapOptions> options,
    DatabaseSettings database,
    AuditLog audit,
    OperatorConsole console,
    ILogger<FirstRunBootstrapper> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        if (users.Users.Any())
        {
            return;
        }

        var settings = options.Value;
        var generated = string.IsNullOrEmpty(settings.AdminPassword);
        var password = generated ? GeneratePassword() : settings.AdminPassword!;
        // Shown (or written to its file) before the admin exists: if that fails, no admin is left with a password nobody has.
        if (generated)
        {
            await ShowOnceAsync(settings.AdminEmail, password, cancellationToken);
        }
        await CreateUserAsync(settings.AdminEmail, password, Roles.Admin, cancellationToken);
        logger.AdminCreated(settings.AdminEmail);

        if (settings.DemoMode ?? database.Provider == DatabaseProvider.Sqlite)
        {
            foreach (var (email, demoPassword, role) in DemoUsers.All)
            {
                await CreateUserAsync(email, demoPassword, role, cancellationToken);
            }
            logger.DemoUsersCreated();
        }
    }

    // Printed straight to the operator, not through logging, so that log shipping never carries it.
    private async Task ShowOnceAsync(string email, string password, CancellationToken cancellationToken)
    {
        if (console.SecretsFile is { } file)
        {
            try
            {
                WriteOwnerOnly(file, $"email: {email}\npassword: {password}\n");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StartupConfigurationException(
                    $"The first admin's password could not be written to {file} ({ex.Message}); set Bootstrap:AdminPasswordFile to a writable path, or Bootstrap:AdminPassword.");
            }
            await console.Out.WriteLineAsync($"ReviewConsole first run: an admin {email} was created; its one-time password is in {file} (readable only by this user). Delete the file after signing in.");
        }
        else
        {
            await console.Out.WriteLineAsync($"""

                ================================================================
                 ReviewConsole first run: an admin was created.
                   email:    {email}
                   password: {password}
                 This password is shown once. Change it after signing in.
                ================================================================

                """);
        }
        await console.Out.FlushAsync(cancellationToken);
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The mode applies only to a file this call creates.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
        writer.Write(content);
    }

    private async Task CreateUserAsync(string email, string password, string role, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        EnsureSucceeded(await users.CreateAsync(user, password), $"create user {email}");
        EnsureSucceeded(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
        await audit.RecordAsync(AuditActor.System, AuditActions.UserCreated, target: email, after: role, cancellationToken: cancellationToken);
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new StartupConfigurationException(
                $"First-run bootstrap could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))} (check Bootstrap:AdminPassword and Bootstrap:AdminEmail).");
        }
    }

    internal static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#%*-_+=";
        const string all = upper + lower + digits + symbols;
        // One of each class first so Identity's password rules always pass; then shuffle so positions leak nothing.
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 20)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }
        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }
}

internal static partial class FirstRunLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "First run: created the admin {Email}")]
    public static partial void AdminCreated(this ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo mode: created the demo reviewer and manager (see README)")]
    public static partial void DemoUsersCreated(this ILogger logger);
}
