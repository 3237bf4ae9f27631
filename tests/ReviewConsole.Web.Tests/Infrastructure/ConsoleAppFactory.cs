using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own, with the operator console and the logs captured so tests can
/// read what a person starting the server would see.
/// </summary>
public sealed class ConsoleAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@reviewconsole.local";
    public const string AdminPassword = "Admin-test-password-1!";

    private readonly string folder;
    private readonly bool keepFolder;
    private readonly Dictionary<string, string?> settings;

    /// <param name="folder">An existing database folder to start on (a restart); it is then left for its owner to delete.</param>
    public ConsoleAppFactory(Dictionary<string, string?>? overrides = null, string? folder = null)
    {
        keepFolder = folder is not null;
        this.folder = folder ?? Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(this.folder);
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:ReviewConsole"] = $"Data Source={DatabasePath}",
            ["Bootstrap:AdminPassword"] = AdminPassword,
            // Tests that want the demo world ask for it; the others start empty and fast.
            ["Bootstrap:DemoConversations"] = "0",
            // Decisions by the rules alone, so they do not depend on when the encoder finished opening; the tests of
            // the semantic stage turn it on and wait for it.
            ["Semantic:Enabled"] = "false",
            // Every test signs in from the same address; the throttle's own tests set real limits.
            ["SignIn:AddressBurst"] = "100000",
            ["SignIn:AccountBurst"] = "100000",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }
    }

    public string Folder => folder;

    public string DatabasePath => Path.Combine(folder, "console.db");

    public StringWriter OperatorOutput { get; } = new();

    /// <summary>Set before the first start to run as a service does, with no terminal: one-time secrets go to this file.</summary>
    public string? OperatorSecretsFile { get; set; }

    private IServiceScope? testScope;

    /// <summary>One scope for the whole test class, as a circuit has: resolves scoped services (queries, audit log) and singletons.</summary>
    public IServiceProvider Scoped => (testScope ??= Services.CreateScope()).ServiceProvider;

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in Development: a singleton holding a scoped service fails the start, here as there.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(LogLines)));
        builder.ConfigureServices(services => services.AddSingleton(new OperatorConsole(OperatorOutput, OperatorSecretsFile)));
    }

    /// <summary>
    /// The test scope and the host disposed asynchronously, as the server does: a synchronous dispose throws for a service
    /// that is only asynchronously disposable.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (testScope is IAsyncDisposable scope)
            {
                testScope = null;
                await scope.DisposeAsync();
            }
            await base.DisposeAsync();
        }
        catch (Exception ex)
        {
            TeardownFailures.Record(ex);
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            testScope?.Dispose();
            testScope = null;
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        catch (Exception ex)
        {
            TeardownFailures.Record(ex);
            throw;
        }
        if (keepFolder)
        {
            return;
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising connection: the temp folder is cleaned by the OS.
        }
    }
}
