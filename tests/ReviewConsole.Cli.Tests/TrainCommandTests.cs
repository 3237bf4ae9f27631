using System.Text.Json;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Semantic.Training;

namespace ReviewConsole.Cli.Tests;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task A_candidate_policy_is_measured_on_the_same_held_out_readings_and_named_in_the_report()
    {
        var folder = Directory.CreateTempSubdirectory("train-policy-").FullName;
        try
        {
            var data = WriteTinyCorpus(folder);
            var policy = Path.Combine(folder, "candidate.json");
            await File.WriteAllTextAsync(policy, "{\"version\": \"candidate-7\", \"strikeThreshold\": 0.5}");
            var report = Path.Combine(folder, "report.md");

            var exit = await TrainCommand.RunAsync(["--data", data, "--no-templates", "--no-gate", "--cache", folder, "--report", report, "--policy", policy],
                new StringWriter(), new StringWriter());

            Assert.Equal(0, exit);
            var text = await File.ReadAllTextAsync(report);
            var candidate = text.IndexOf("Under candidate policy `candidate-7`", StringComparison.Ordinal);
            Assert.True(candidate > 0, "the candidate's figures follow the default policy's");
            Assert.Contains("| **all sources** | abusive-persistent |", text[candidate..]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_invalid_candidate_policy_is_refused_before_any_training_naming_the_field()
    {
        var policy = Path.GetTempFileName();
        await File.WriteAllTextAsync(policy, "{\"strikeThreshold\": 7}");
        var error = new StringWriter();

        var exit = await TrainCommand.RunAsync(["--data", "/nonexistent", "--policy", policy], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("StrikeThreshold", error.ToString());
        Assert.DoesNotContain("encoding", error.ToString());
        File.Delete(policy);
    }

    // Three sources of code-generated texts, so each can be held out while the others train.
    private static string WriteTinyCorpus(string folder)
    {
        var train = Path.Combine(folder, "data", "train");
        Directory.CreateDirectory(train);
        var templates = TemplateCorpus.Generate();
        void Write(string source, string[] labels) => File.WriteAllLines(Path.Combine(train, source + ".jsonl"),
            labels.SelectMany(label => templates.Where(e => e.Label == label).Take(15))
                .Select(e => JsonSerializer.Serialize(new { text = e.Text, label = e.Label })));
        Write("tiny-a", [SemanticLabels.Harassment, SemanticLabels.Benign, SemanticLabels.BenignSensitive]);
        Write("tiny-b", [SemanticLabels.Harassment, SemanticLabels.UnsafeRequest, SemanticLabels.Benign]);
        Write("tiny-c", [SemanticLabels.UnsafeRequest, SemanticLabels.BenignSensitive, SemanticLabels.Benign]);
        return Path.Combine(folder, "data");
    }
}
