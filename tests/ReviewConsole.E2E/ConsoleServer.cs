using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReviewConsole.E2E;

/// <summary>
/// The console as a user starts it: its own process, a fresh SQLite file, listening on a free loopback port.
/// </summary>
public sealed class ConsoleServer : IAsyncDisposable
{
    public const string AdminEmail = "admin@reviewconsole.local";
    public const string AdminPassword = "E2E-admin-password-1!";

    private readonly Process process;
    private readonly string folder;
    private readonly StringBuilder output = new();

    private readonly string environment;

    private ConsoleServer(Process process, string folder, string environment, Uri baseAddress)
    {
        this.process = process;
        this.folder = folder;
        this.environment = environment;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Development serves the static assets from their build manifest, as `dotnet run` does; Production is how an operator starts it.</summary>
    public static async Task<ConsoleServer> StartAsync(string environment = "Development")
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");

        var start = StartInfo(folder, environment, "--urls", baseAddress.ToString());
        var server = new ConsoleServer(Process.Start(start)!, folder, environment, baseAddress);
        server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private static ProcessStartInfo StartInfo(string folder, string environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ReviewConsole.Web.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__ReviewConsole"] = $"Data Source={Path.Combine(folder, "console.db")}";
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        // The tests make their own data; seeding the demo world beside the other test assemblies on two cores only slows them.
        start.Environment["Bootstrap__DemoConversations"] = "0";
        // Retrain from labels learns from a tiny corpus (tests/fixtures/retrain-corpus), in seconds, not the public ones.
        start.Environment["Semantic__Training__DataPath"] = Path.Combine(AppContext.BaseDirectory, "retrain-corpus");
        start.Environment["Semantic__Training__Templates"] = "false";
        start.Environment["Semantic__Training__CachePath"] = "";
        return start;
    }

    /// <summary>Runs one of the console's commands (apikey, import, seed) on the server's database; returns what it printed.</summary>
    public async Task<string> RunCommandAsync(params string[] arguments)
    {
        using var command = Process.Start(StartInfo(folder, environment, arguments))!;
        var output = await command.StandardOutput.ReadToEndAsync();
        var errors = await command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        return command.ExitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {command.ExitCode}:\n{output}\n{errors}");
    }

    /// <summary>An HTTP client of the ingest API with a key made by the `apikey create` command.</summary>
    public async Task<HttpClient> CreateApiClientAsync()
    {
        var printed = await RunCommandAsync("apikey", "create", $"e2e-{Guid.NewGuid():N}"[..16]);
        var key = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The console exited with {process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The console did not become healthy:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
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
