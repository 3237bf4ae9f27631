using Microsoft.Extensions.Options;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Features.Demo;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Import;
using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Features.Commands;

/// <summary>
/// Operator commands run by the console's own executable against its configured database, without starting the
/// server: <c>apikey create NAME</c>, <c>apikey list</c>, <c>apikey revoke ID</c>, <c>import FILE.jsonl</c>,
/// <c>seed --conversations N [--seed S]</c>, <c>labels export FILE.jsonl</c> (reviewers' verdicts as training examples for
/// <c>train --labels</c>). Options such as
/// <c>--ConnectionStrings:ReviewConsole=…</c> work as for the server.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["apikey", "import", "seed", "labels", "user"];

    /// <summary>The command words (before any --option), or empty when the server should start.</summary>
    public static string[] CommandOf(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal) ? [.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))] : [];

    private const string Usage = "usage: apikey create NAME | apikey list | apikey revoke ID | user reset-password EMAIL | import FILE.jsonl | seed --conversations N [--seed S] | labels export FILE.jsonl   [--Option=value …]";

    /// <summary>
    /// Whether the command words make a command this executable runs. Checked before the host is built, so a mistyped
    /// command is answered with the usage at once instead of after seconds of start-up and a database touched for nothing.
    /// </summary>
    public static bool IsWellFormed(string[] command) => command switch
    {
        ["apikey", "create", _] or ["apikey", "list"] or ["user", "reset-password", _] or ["import", _] or ["seed"] or ["labels", "export", _] => true,
        ["apikey", "revoke", var id] => int.TryParse(id, out _),
        _ => false,
    };

    public static async Task<int> UsageAsync(TextWriter errors)
    {
        await errors.WriteLineAsync(Usage);
        return 2;
    }

    public static string[] OptionsOf(string[] args) => [.. args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];

    private static readonly AuditActor CommandLineActor = AuditActor.System with { Name = "command line" };

    public static async Task<int> RunAsync(IServiceProvider services, string[] command, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        await DatabasePreparation.PrepareAsync(services, cancellationToken);
        var keys = services.GetRequiredService<ApiKeyService>();
        switch (command)
        {
            case ["apikey", "create", var name]:
                var created = await keys.CreateAsync(name, CommandLineActor, cancellationToken);
                await output.WriteLineAsync($"API key {created.Id} \"{created.Name}\" created. It is shown once; store it now:");
                await output.WriteLineAsync(created.Key);
                return 0;
            case ["apikey", "list"]:
                foreach (var client in await keys.ListAsync(cancellationToken))
                {
                    var state = client.RevokedAt is { } revoked ? $"revoked {revoked:u}" : "active";
                    await output.WriteLineAsync($"{client.Id,5}  {client.KeyPrefix}…  {client.Name}  created {client.CreatedAt:u}  {state}");
                }
                return 0;
            case ["apikey", "revoke", var id] when int.TryParse(id, out var keyId):
                if (!await keys.RevokeAsync(keyId, CommandLineActor, cancellationToken))
                {
                    await errors.WriteLineAsync($"No active API key {keyId}.");
                    return 1;
                }
                await output.WriteLineAsync($"API key {keyId} revoked.");
                return 0;
            case ["user", "reset-password", var email]:
                return await ResetPasswordAsync(services, email, output, errors);
            case ["import", var path]:
                return await ImportAsync(services, path, output, errors, cancellationToken);
            case ["seed"]:
                return await SeedAsync(services, output, errors, cancellationToken);
            case ["labels", "export", var path]:
                await using (var scope = services.CreateAsyncScope())
                {
                    return await ExportLabelsAsync(scope.ServiceProvider, path, output, errors, cancellationToken);
                }
            default:
                return await UsageAsync(errors);
        }
    }

    /// <summary>For a lost password (the last admin's included): a new one-time password, printed once; the user's sessions end.</summary>
    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string email, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await errors.WriteLineAsync($"No user with the email {email}.");
            return 1;
        }
        var reset = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ResetPasswordAsync(user.Id, CommandLineActor);
        if (reset.Error is { } error)
        {
            await errors.WriteLineAsync(error);
            return 1;
        }
        await output.WriteLineAsync($"New one-time password for {email} (shown once; change it after signing in):");
        await output.WriteLineAsync(reset.OneTimePassword);
        return 0;
    }

    /// <summary>One <c>{"text","label"}</c> line per example, the format <c>train --labels</c> reads.</summary>
    private static async Task<int> ExportLabelsAsync(IServiceProvider scoped, string path, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var examples = await LabelledExamples.ReadAsync(scoped.GetRequiredService<ReviewDbContext>(), cancellationToken);
        try
        {
            await File.WriteAllLinesAsync(path, examples.Select(e => System.Text.Json.JsonSerializer.Serialize(new { text = e.Text, label = e.Label })), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"labels export: cannot write {path}: {ex.Message}");
            return 2;
        }
        await output.WriteLineAsync($"labels: {examples.Count:N0} examples written to {path} ("
            + string.Join(", ", examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count():N0}")) + ")");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string path, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"import: no file {path}");
            return 2;
        }
        if (services.GetRequiredService<IOptions<IngestOptions>>().Value.ImportHeapMegabytes is > 0 and var megabytes)
        {
            AppContext.SetData("GCHeapHardLimit", (ulong)megabytes << 20);
            GC.RefreshMemoryLimit();
        }
        var pipeline = services.GetRequiredService<IngestPipeline>();
        await pipeline.StartAsync(cancellationToken);
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var progressLine = new ProgressLine(errors);
            var progress = new Progress<ImportProgress>(p => progressLine.Report(p.Fraction,
                $"import: {p.Fraction:P0} · {p.Stored + p.AlreadyPresent + p.AfterEnd:N0} messages · {p.MessagesPerSecond:N0}/s · {p.BadLines} bad lines"));
            var (result, badLines) = await services.GetRequiredService<ConversationImporter>().ImportAsync(file, file.Length, progress, cancellationToken);
            progressLine.Finish();
            await DatabaseStatistics.RefreshAsync(services, cancellationToken);
            foreach (var bad in badLines.Take(100))
            {
                await errors.WriteLineAsync($"{path}:{bad.Line}: {bad.Reason}");
            }
            if (result.BadLines > 100)
            {
                await errors.WriteLineAsync($"… and {result.BadLines - 100} more bad lines");
            }
            await output.WriteLineAsync($"import: {result.Lines:N0} lines; {result.Stored:N0} messages stored, {result.AlreadyPresent:N0} already present, " +
                $"{result.AfterEnd:N0} not stored (sent after their conversation ended); {result.BadLines:N0} bad lines skipped; {result.MessagesPerSecond:N0} messages/s");
            return result.BadLines == 0 ? 0 : 1;
        }
        finally
        {
            await pipeline.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> SeedAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        // "--conversations N --seed S" arrive as configuration keys, like every other option.
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!int.TryParse(configuration["conversations"], out var conversations) || conversations < 1)
        {
            await errors.WriteLineAsync("usage: seed --conversations N [--seed S]   (N at least 1)");
            return 2;
        }
        var seed = int.TryParse(configuration["seed"], out var s) ? s : 2026;
        var pipeline = services.GetRequiredService<IngestPipeline>();
        await pipeline.StartAsync(cancellationToken);
        try
        {
            var progressLine = new ProgressLine(errors);
            var progress = new Progress<int>(done => progressLine.Report((double)done / conversations, $"seed: {done:N0} of {conversations:N0} conversations"));
            var result = await services.GetRequiredService<DemoSeeder>().SeedAsync(conversations, seed, progress, cancellationToken);
            progressLine.Finish();
            await DatabaseStatistics.RefreshAsync(services, cancellationToken);
            await output.WriteLineAsync($"seed: {result.Conversations:N0} conversations, {result.Messages:N0} messages, {result.ReviewItems:N0} review items, " +
                $"{result.Labels:N0} labels, {result.Appeals:N0} appeals in {result.Elapsed.TotalSeconds:0.0} s ({result.Messages / Math.Max(0.001, result.Elapsed.TotalSeconds):N0} messages/s)");
            return 0;
        }
        finally
        {
            await pipeline.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Progress on stderr: a terminal gets one line redrawn, a log file a line every tenth of the way.</summary>
    private sealed class ProgressLine(TextWriter errors)
    {
        private readonly bool interactive = !Console.IsErrorRedirected;
        private int lastTenth = -1;

        public void Report(double fraction, string line)
        {
            if (interactive)
            {
                errors.Write($"\r{line}   ");
            }
            else if ((int)(fraction * 10) is var tenth && tenth > lastTenth)
            {
                lastTenth = tenth;
                errors.WriteLine(line);
            }
        }

        public void Finish()
        {
            if (interactive)
            {
                errors.WriteLine();
            }
        }
    }
}
