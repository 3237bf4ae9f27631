using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Cli;

/// <summary>`analyze TEXT`: what the engine sees in one message — its normalized form and its signals.</summary>
internal static class AnalyzeCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            await error.WriteLineAsync("analyze: give the message text, e.g. analyze \"how do I k1ll my neighbour\"");
            return 2;
        }
        var model = ModelOption.Default;
        if (args[0] == "--rules-only")
        {
            model = ModelOption.RulesOnly;
            args = args[1..];
        }
        else if (args[0] == "--model" && args.Length > 2)
        {
            model = new ModelOption(args[1]);
            args = args[2..];
        }
        MessageAnalyzer analyzer;
        try
        {
            analyzer = model.OpenAnalyzer();
        }
        catch (ReviewConsole.Engine.Semantic.SemanticModelException ex)
        {
            await error.WriteLineAsync($"analyze: {ex.Message}");
            return 2;
        }
        var text = string.Join(' ', args);
        var analysis = analyzer.Analyze(text);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            normalized = TextNormalizer.Normalize(text).ToString(),
            evasions = analysis.Evasions.ToString(),
            signals = analysis.Signals,
            model = analysis.Semantic is { } scores
                ? new { version = scores.ModelVersion, probabilities = scores.Labels.Zip(scores.Probabilities).ToDictionary(p => p.First, p => Math.Round(p.Second, 4)) }
                : null,
        }, Json));
        return 0;
    }
}
