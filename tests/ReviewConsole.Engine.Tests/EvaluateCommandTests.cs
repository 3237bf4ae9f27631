using System.Text.Json;
using ReviewConsole.Cli;

namespace ReviewConsole.Engine.Tests;

public sealed class EvaluateCommandTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "small.jsonl");

    [Fact]
    public async Task Prints_shares_per_label_in_the_agreed_shape_and_reports_bad_lines()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(["--input", Fixture], output, error);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var labels = report.RootElement.GetProperty("labels");
        Assert.Equal(1.0, labels.GetProperty("abusive-persistent").GetProperty("terminated").GetDouble());
        Assert.Equal(1.0, labels.GetProperty("abusive-single").GetProperty("warned").GetDouble());
        Assert.Equal(0.0, labels.GetProperty("benign-sensitive").GetProperty("warned").GetDouble());
        Assert.Equal(1.0, labels.GetProperty("crisis").GetProperty("safeguarded").GetDouble());
        Assert.Equal(1, report.RootElement.GetProperty("evasions").GetProperty("none").GetProperty("crisis").GetProperty("count").GetInt32());
        Assert.True(report.RootElement.GetProperty("messagesPerSecond").GetDouble() > 0);
        Assert.Contains("small.jsonl:5: skipped", error.ToString());
    }

    [Fact]
    public async Task Details_add_one_line_per_conversation()
    {
        var output = new StringWriter();

        await EvaluateCommand.RunAsync(["--input", Fixture, "--details"], output, new StringWriter());

        Assert.Contains("{\"id\":\"p1\",\"label\":\"abusive-persistent\",\"finalDecision\":\"terminate\",\"messageIndex\":3}", output.ToString());
    }

    [Fact]
    public async Task Invalid_policy_file_is_refused_naming_the_field()
    {
        var policy = Path.GetTempFileName();
        await File.WriteAllTextAsync(policy, "{\"harmThreshold\": 3}");
        var error = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(["--input", Fixture, "--policy", policy], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("HarmThreshold", error.ToString());
        File.Delete(policy);
    }
}
