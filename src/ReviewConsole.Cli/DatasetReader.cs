using System.Text.Json;
using ReviewConsole.Engine.Evaluation;

namespace ReviewConsole.Cli;

/// <summary>Reads conversations in the format of shared/data/README.md, one JSON object a line.</summary>
internal static class DatasetReader
{
    public static async IAsyncEnumerable<LabelledConversation> ReadAsync(TextReader reader, Action<int, string> onBadLine)
    {
        var lineNumber = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            LabelledConversation? conversation = null;
            try
            {
                conversation = Parse(line);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                onBadLine(lineNumber, ex.Message);
            }
            if (conversation is not null)
            {
                yield return conversation;
            }
        }
    }

    internal static LabelledConversation Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var turns = new List<Turn>();
        foreach (var turn in root.GetProperty("turns").EnumerateArray())
        {
            var role = turn.GetProperty("role").GetString();
            var isUser = role switch
            {
                "user" => true,
                "assistant" => false,
                _ => throw new InvalidOperationException($"unknown role '{role}'"),
            };
            turns.Add(new Turn(isUser, turn.GetProperty("text").GetString() ?? ""));
        }
        string? evasion = null;
        if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("evasion", out var e))
        {
            evasion = e.GetString();
        }
        return new LabelledConversation(
            root.GetProperty("id").ToString(),
            root.GetProperty("label").GetString() ?? throw new InvalidOperationException("label is null"),
            turns,
            evasion);
    }
}
