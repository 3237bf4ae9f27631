using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Detection;

/// <summary>The server with its semantic stage on: decisions carry the model's reading; a bad model file stops the start.</summary>
public sealed class SemanticStageTests
{
    [Fact]
    public async Task With_the_model_open_a_decision_stores_the_model_version_and_its_reading()
    {
        await using var factory = new ConsoleAppFactory(new() { ["Semantic:Enabled"] = "true" });
        using var api = await ApiTestClient.CreateAsync(factory);
        var host = factory.Services.GetRequiredService<SemanticModelHost>();
        await host.WhenReadyAsync();
        Assert.NotNull(host.Stage);

        var conversation = $"conv-{Guid.NewGuid():N}";
        var response = await api.PostMessageAsync(conversation, "m1", "you brain-dead tin can, a dictionary would answer better than you");
        var body = await ApiTestClient.JsonAsync(response);

        var record = await api.QueryAsync(db => db.Decisions.SingleAsync(d => d.ConversationId == conversation));
        var explanation = DecisionExplanation.FromJson(record.ExplanationJson);
        Assert.NotNull(explanation?.Model);
        Assert.Equal(host.ModelVersion, explanation.Model.Version);
        Assert.Equal(9, explanation.Model.Probabilities.Count);
        Assert.Contains($"Model {host.ModelVersion}", explanation.Summary);
        Assert.Equal("warn", body.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task With_the_model_counted_from_the_next_message_the_rules_answer_and_the_next_message_safeguards_a_crisis_only_the_model_saw()
    {
        await using var factory = new ConsoleAppFactory(new() { ["Semantic:Enabled"] = "true", ["Semantic:Timing"] = "NextMessage" });
        using var api = await ApiTestClient.CreateAsync(factory);
        await factory.Services.GetRequiredService<SemanticModelHost>().WhenReadyAsync();
        var readings = factory.Services.GetRequiredService<LateReadings>();
        var conversation = $"conv-{Guid.NewGuid():N}";

        // Words no rule knows as a crisis: only the model reads an overdose in progress.
        var first = await ApiTestClient.JsonAsync(await api.PostMessageAsync(conversation, "m1", "I swallowed every pill in the bottle an hour ago and I feel so sleepy now"));
        Assert.Equal("continue", first.GetProperty("decision").GetString());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (readings.Counts.Read < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "the message was never read by the model");
            await Task.Delay(20);
        }
        var second = await ApiTestClient.JsonAsync(await api.PostMessageAsync(conversation, "m2", "are you still there?"));

        Assert.Equal("safeguard", second.GetProperty("decision").GetString());
        Assert.Equal(1, readings.Counts.Applied);
        var record = await api.QueryAsync(db => db.Decisions.SingleAsync(d => d.ConversationId == conversation));
        Assert.Contains("late-semantic:self-harm-crisis", record.ExplanationJson);
    }

    [Fact]
    public async Task A_missing_model_file_stops_the_start_in_one_line_naming_it()
    {
        var (exit, line, path) = await StartWithModelFileAsync("no-such-model.json", contents: null);

        Assert.Equal(1, exit);
        Assert.Contains(path, line);
        Assert.Contains("does not exist", line);
    }

    [Fact]
    public async Task A_damaged_model_file_stops_the_start_in_one_line_naming_it()
    {
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "models", "semantic-model.json"));

        var (exit, line, path) = await StartWithModelFileAsync("damaged.json", shipped[..(shipped.Length / 2)]);

        Assert.Equal(1, exit);
        Assert.Contains(path, line);
        Assert.Contains("not valid JSON", line);
    }

    /// <summary>Starts the real server with Semantic:ModelPath pointing at a file (absent when contents is null); returns its one error line.</summary>
    private static async Task<(int Exit, string Line, string Path)> StartWithModelFileAsync(string name, string? contents)
    {
        var folder = Directory.CreateTempSubdirectory("rc-model-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            if (contents is not null)
            {
                await File.WriteAllTextAsync(path, contents);
            }
            var (exit, _, error) = await ConsoleCommand.RunAsync(folder, $"--Semantic:ModelPath={path}");
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return (exit, line, path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
