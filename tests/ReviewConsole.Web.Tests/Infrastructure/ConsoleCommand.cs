using System.Diagnostics;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>Runs the console's own executable with a command line, against a database in the folder, as an operator would.</summary>
public static class ConsoleCommand
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ReviewConsole.Web.dll"), .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__ReviewConsole"] = $"Data Source={Path.Combine(folder, "console.db")}";
        // Output is redirected, as under a service manager: a generated first admin password goes to this file.
        start.Environment["Bootstrap__AdminPasswordFile"] = Path.Combine(folder, "first-admin-password.txt");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A cold start on a loaded 2-core machine (a test run beside a build) has taken over a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not exit within 3 minutes");
        }
        return (process.ExitCode, await output, await error);
    }
}
