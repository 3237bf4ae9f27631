using System.Globalization;
using Microsoft.Data.Sqlite;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Demo;

public sealed class SeedCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));

    public SeedCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task Seed_reports_what_it_made_and_leaves_the_planner_statistics_for_its_data()
    {
        var (exit, output, error) = await ConsoleCommand.RunAsync(folder, "seed", "--conversations", "60");
        Assert.True(exit == 0, error);
        Assert.Matches(@"seed: 60 conversations, [\d,]+ messages", output);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "console.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_stat1 WHERE tbl IN ('Messages', 'Conversations', 'ReviewItems')";
        Assert.True(Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= 3, "ANALYZE did not run after the seed");
    }

    [Fact]
    public async Task Labels_export_writes_the_reviewers_verdicts_as_lines_train_reads()
    {
        var (seeded, _, seedError) = await ConsoleCommand.RunAsync(folder, "seed", "--conversations", "200");
        Assert.True(seeded == 0, seedError);
        var path = Path.Combine(folder, "labels.jsonl");

        var (exit, output, error) = await ConsoleCommand.RunAsync(folder, "labels", "export", path);

        Assert.True(exit == 0, error);
        var examples = ReviewConsole.Semantic.Training.TrainingCorpus.ReadTrainFile(path).ToList();
        Assert.NotEmpty(examples);
        Assert.Contains($"labels: {examples.Count:N0} examples written to {path}", output);
        Assert.Contains(examples, e => e.Label is "unsafe-request" or "harassment" or "sexual-harassment");
    }

    [Fact]
    public async Task Labels_export_to_a_folder_that_does_not_exist_says_so_and_exits_2()
    {
        var path = Path.Combine(folder, "no-such-folder", "labels.jsonl");

        var (exit, _, error) = await ConsoleCommand.RunAsync(folder, "labels", "export", path);

        Assert.Equal(2, exit);
        Assert.Contains($"labels export: cannot write {path}", error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
