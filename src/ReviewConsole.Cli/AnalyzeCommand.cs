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
        var text = string.Join(' ', args);
        var analysis = new MessageAnalyzer().Analyze(text);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            normalized = TextNormalizer.Normalize(text).ToString(),
            evasions = analysis.Evasions.ToString(),
            signals = analysis.Signals,
        }, Json));
        return 0;
    }
}
