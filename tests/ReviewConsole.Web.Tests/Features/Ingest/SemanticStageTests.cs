using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Ingest;

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
    public async Task A_missing_model_file_stops_the_start_in_one_line_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("rc-model-").FullName;
        try
        {
            var missing = Path.Combine(folder, "no-such-model.json");

            var (exit, _, error) = await ConsoleCommand.RunAsync(folder, $"--Semantic:ModelPath={missing}");

            Assert.Equal(1, exit);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains(missing, line);
            Assert.Contains("does not exist", line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_damaged_model_file_stops_the_start_in_one_line_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("rc-model-").FullName;
        try
        {
            var damaged = Path.Combine(folder, "damaged.json");
            var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "models", "semantic-model.json"));
            await File.WriteAllTextAsync(damaged, shipped[..(shipped.Length / 2)]);

            var (exit, _, error) = await ConsoleCommand.RunAsync(folder, $"--Semantic:ModelPath={damaged}");

            Assert.Equal(1, exit);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains(damaged, line);
            Assert.Contains("not valid JSON", line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
