using System.Diagnostics;
using System.Text.Json;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Cli;

/// <summary>`evaluate --input FILE.jsonl [--policy policy.json] [--details]`: replays a labelled set and prints the shares.</summary>
internal static class EvaluateCommand
{
    public const string Usage = "evaluate --input FILE.jsonl [--policy policy.json] [--model model.json | --rules-only] [--cascade] [--model-from-next-message] [--details]";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? input = null;
        string? policyPath = null;
        var details = false;
        var model = ModelOption.Default;
        var cascade = false;
        var fromNextMessage = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length: input = args[++i]; break;
                case "--policy" when i + 1 < args.Length: policyPath = args[++i]; break;
                case "--details": details = true; break;
                case "--model" when i + 1 < args.Length: model = new ModelOption(args[++i]); break;
                case "--rules-only": model = ModelOption.RulesOnly; break;
                case "--cascade": cascade = true; break;
                case "--model-from-next-message": fromNextMessage = true; break;
                default:
                    await error.WriteLineAsync($"evaluate: unexpected argument '{args[i]}'. Usage: {Usage}");
                    return 2;
            }
        }
        if (input is null)
        {
            await error.WriteLineAsync("evaluate: --input FILE.jsonl is required.");
            return 2;
        }
        if (!File.Exists(input))
        {
            await error.WriteLineAsync($"evaluate: no such file: {input}");
            return 2;
        }

        TerminationPolicy policy;
        try
        {
            policy = policyPath is null ? TerminationPolicy.Default : TerminationPolicy.FromJson(await File.ReadAllTextAsync(policyPath));
        }
        catch (PolicyValidationException ex)
        {
            await error.WriteLineAsync($"evaluate: {policyPath}: {ex.Message}");
            return 2;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"evaluate: cannot read the policy: {ex.Message}");
            return 2;
        }

        var conversations = new List<LabelledConversation>();
        var badLines = 0;
        using (var reader = File.OpenText(input))
        {
            await foreach (var conversation in DatasetReader.ReadAsync(reader, (line, message) =>
            {
                badLines++;
                error.WriteLine($"evaluate: {input}:{line}: skipped: {message}");
            }))
            {
                conversations.Add(conversation);
            }
        }

        MessageAnalyzer analyzer;
        try
        {
            analyzer = (model with { Cascade = cascade }).OpenAnalyzer();
        }
        catch (SemanticModelException ex)
        {
            await error.WriteLineAsync($"evaluate: {ex.Message}");
            return 2;
        }
        var replayer = new ConversationReplayer(new TerminationEngine(policy, analyzer), fromNextMessage);
        var outcomes = new List<ConversationOutcome>(conversations.Count);
        var messages = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var conversation in conversations)
        {
            var outcome = replayer.Replay(conversation);
            messages += outcome.UserMessages;
            outcomes.Add(outcome);
        }
        clock.Stop();

        if (details)
        {
            foreach (var o in outcomes)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { id = o.Id, label = o.Label, finalDecision = o.FinalDecision.ToString().ToLowerInvariant(), messageIndex = o.DecisiveMessage }));
            }
        }
        var report = EvaluationReport.From(outcomes, clock.Elapsed.TotalSeconds > 0 ? messages / clock.Elapsed.TotalSeconds : 0);
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            labels = report.Labels.ToDictionary(l => l.Key, l => Shares(l.Value)),
            evasions = report.Evasions.ToDictionary(e => e.Key, e => e.Value.ToDictionary(l => l.Key, l => Shares(l.Value))),
            model = analyzer.Semantic?.Model.Version ?? "rules only",
            messagesPerSecond = report.MessagesPerSecond,
        }, Json));
        return badLines > 0 && outcomes.Count == 0 ? 1 : 0;
    }

    private static object Shares(OutcomeShares s) => new { count = s.Count, terminated = s.Terminated, warned = s.Warned, safeguarded = s.Safeguarded };
}
