using System.Text.Json;

namespace ReviewConsole.Cli.Tests;

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
    public async Task With_the_shipped_model_crisis_is_safeguarded_never_terminated_and_end_requests_end_as_asked()
    {
        var output = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(["--input", Path.Combine(AppContext.BaseDirectory, "Fixtures", "crisis-and-end.jsonl")], output, new StringWriter());

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var labels = report.RootElement.GetProperty("labels");
        Assert.Equal(1.0, labels.GetProperty("crisis").GetProperty("safeguarded").GetDouble());
        Assert.Equal(0.0, labels.GetProperty("crisis").GetProperty("terminated").GetDouble());
        Assert.Equal(1.0, labels.GetProperty("end-request").GetProperty("terminated").GetDouble());
        Assert.StartsWith("minilm-", report.RootElement.GetProperty("model").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_only_reports_that_no_model_was_used()
    {
        var output = new StringWriter();

        await EvaluateCommand.RunAsync(["--input", Fixture, "--rules-only"], output, new StringWriter());

        using var report = JsonDocument.Parse(output.ToString());
        Assert.Equal("rules only", report.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_missing_model_file_is_refused_with_its_path()
    {
        var error = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(["--input", Fixture, "--model", "/nonexistent/model.json"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/model.json", error.ToString());
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
