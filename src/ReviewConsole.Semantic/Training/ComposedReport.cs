using System.Globalization;
using System.Text;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Leave-one-source-out figures for conversations, the shape the targets are set on: each held-out source's texts
/// composed into five-message conversations the way dev.jsonl composes XSTest — persistent abuse (five abusive
/// texts), single abuse (one abusive text among four harmless ones of the same source) and benign-sensitive (five
/// benign-sensitive texts) — and replayed with the rules and the heads that never saw the source.
/// </summary>
public static class ComposedReport
{
    public const int Length = 5;

    private static readonly HashSet<string> Abusive = new(StringComparer.Ordinal)
    {
        SemanticLabels.UnsafeRequest, SemanticLabels.Harassment, SemanticLabels.SexualHarassment, SemanticLabels.Jailbreak,
    };

    public sealed record Row(string Source, string Shape, int Conversations, double Terminated, double Warned, double Safeguarded);

    /// <param name="misses">When given, every persistent conversation the engine did not terminate, and every single-abuse or
    /// benign-sensitive one it did, is written to it message by message with the decisions, for error analysis (it holds
    /// held-out texts: never commit it).</param>
    public static IReadOnlyList<Row> Measure(ModelTrainer.Result result, TerminationPolicy? policy = null, bool withModel = true, TextWriter? misses = null)
    {
        var engine = new TerminationEngine(policy ?? TerminationPolicy.Default);
        var labels = SemanticLabels.All.Where(l => result.Examples.Any(e => e.Label == l)).ToArray();
        var rules = new MessageAnalyzer();
        var combined = new MessageAnalyzer(semantic: new SemanticStage(new SourceReport.NoEncoder(result.Model), result.Model));
        MessageAnalysis Analyse(int i) => withModel
            ? combined.Analyze(result.Examples[i].Text, new SemanticScores(result.Model.Version, [.. labels], [.. result.OutOfSource[i]]))
            : rules.Analyze(result.Examples[i].Text);

        var rows = new List<Row>();
        foreach (var source in Enumerable.Range(0, result.Examples.Count).Where(i => result.OutOfSource[i] is not null)
                     .GroupBy(i => result.Examples[i].Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = source.OrderBy(i => TrainingCorpus.OrderKey(result.Examples[i].Text), StringComparer.Ordinal).ToArray();
            var abusive = ordered.Where(i => Abusive.Contains(result.Examples[i].Label)).ToArray();
            var sensitive = ordered.Where(i => result.Examples[i].Label == SemanticLabels.BenignSensitive).ToArray();
            var harmless = ordered.Where(i => result.Examples[i].Label is SemanticLabels.BenignSensitive or SemanticLabels.Benign).ToArray();

            var persistent = Chunks(abusive).ToList();
            var single = new List<int[]>();
            for (var c = 0; c < abusive.Length && (c + 1) * (Length - 1) <= harmless.Length; c++)
            {
                var turns = harmless.Skip(c * (Length - 1)).Take(Length - 1).ToList();
                turns.Insert(c % Length, abusive[c]);
                single.Add([.. turns]);
            }
            foreach (var (shape, conversations) in new[] { ("abusive-persistent", persistent), ("abusive-single", single), ("benign-sensitive", Chunks(sensitive).ToList()) })
            {
                if (conversations.Count == 0)
                {
                    continue;
                }
                int terminated = 0, warned = 0, safeguarded = 0;
                foreach (var conversation in conversations)
                {
                    var decisions = Replay(engine, conversation.Select(Analyse));
                    var ended = decisions.Any(d => d.Kind == DecisionKind.Terminate && d.Reason != DecisionReason.UserRequestedEnd);
                    var wasWarned = decisions.Any(d => d.Kind == DecisionKind.Warn);
                    var wasSafeguarded = decisions.Any(d => d.Kind == DecisionKind.Safeguard);
                    // The misses: persistent abuse not ended, and harmless turns that ended a conversation with one abusive text.
                    if (misses is not null && ((shape == "abusive-persistent" && !ended) || (shape != "abusive-persistent" && ended)))
                    {
                        WriteMiss(misses, $"{source.Key}, {shape}", conversation.Select(i => result.Examples[i]), decisions);
                    }
                    terminated += ended ? 1 : 0;
                    warned += wasWarned ? 1 : 0;
                    safeguarded += wasSafeguarded ? 1 : 0;
                }
                var n = (double)conversations.Count;
                rows.Add(new Row(source.Key, shape, conversations.Count, terminated / n, warned / n, safeguarded / n));
            }
        }
        return rows;
    }

    private static List<Decision> Replay(TerminationEngine engine, IEnumerable<MessageAnalysis> messages)
    {
        var state = ConversationState.New;
        var decisions = new List<Decision>();
        foreach (var analysis in messages)
        {
            var (decision, next) = engine.Decide(state, analysis);
            state = next;
            decisions.Add(decision);
            if (state.Ended)
            {
                break;
            }
        }
        return decisions;
    }

    private static void WriteMiss(TextWriter misses, string source, IEnumerable<TrainingExample> messages, IReadOnlyList<Decision> decisions)
    {
        misses.WriteLine($"## {source}");
        foreach (var (example, decision) in messages.Zip(decisions))
        {
            var scores = decision.Analysis.Semantic is { } s ? Reading(s) : "";
            var text = example.Text.ReplaceLineEndings(" ");
            misses.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- [{example.Label}] {decision.Kind}/{decision.Reason} score {decision.MessageScore:0.00} top {decision.TopSignal?.Category}:{decision.TopSignal?.Rule} | {scores} | {text[..Math.Min(text.Length, 160)]}"));
        }
    }

    /// <summary>The model's probabilities worth reading in a misses file: "self-harm-crisis=0.33 end-request=0.57".</summary>
    internal static string Reading(SemanticScores scores) =>
        string.Join(" ", scores.Labels.Zip(scores.Probabilities).Where(p => p.Second >= 0.1)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First}={p.Second:0.00}")));

    private static IEnumerable<int[]> Chunks(int[] indices)
    {
        for (var start = 0; start + Length <= indices.Length; start += Length)
        {
            yield return indices[start..(start + Length)];
        }
    }

    public static string ToMarkdown(IReadOnlyList<Row> rules, IReadOnlyList<Row> model)
    {
        var text = new StringBuilder();
        text.AppendLine("Held-out sources composed into five-message conversations (terminated / warned / safeguarded; rules alone, then rules + model):");
        text.AppendLine();
        text.AppendLine("| held-out source | shape | conversations | rules alone | rules + model |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var (r, m) in rules.Zip(model))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Source} | {m.Shape} | {m.Conversations} | {Shares(r)} | {Shares(m)} |");
        }
        foreach (var shape in model.GroupBy(r => r.Shape))
        {
            var n = shape.Sum(r => r.Conversations);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| **all sources** | {shape.Key} | {n} | {Shares(Pooled(rules.Where(r => r.Shape == shape.Key)))} | {Shares(Pooled(shape))} |");
        }
        return text.ToString();
    }

    private static Row Pooled(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var n = list.Sum(r => r.Conversations);
        return new Row("all", list[0].Shape, n, list.Sum(r => r.Terminated * r.Conversations) / n, list.Sum(r => r.Warned * r.Conversations) / n,
            list.Sum(r => r.Safeguarded * r.Conversations) / n);
    }

    private static string Shares(Row row) => string.Create(CultureInfo.InvariantCulture, $"{row.Terminated:P1} / {row.Warned:P1} / {row.Safeguarded:P1}");
}
