using System.Diagnostics;
using System.Globalization;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic;
using ReviewConsole.Semantic.Training;

namespace ReviewConsole.Cli;

/// <summary>
/// `train`: trains the semantic model's heads from the public corpora, dev.jsonl, the templates and optionally
/// reviewers' labels; measures it leaving one source out; writes the model file and the measurement.
/// </summary>
internal static class TrainCommand
{
    public const string Usage = "train [--data DIR] [--encoder minilm|arcticxs|minilm+arcticxs] [--out model.json] [--version V] [--labels labels.jsonl] [--report report.md] [--cache DIR] [--max-per-source N] [--no-templates] [--no-gate] [--no-neighbours] [--l2 X] [--misses misses.md] [--policy candidate.json ...]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var data = Path.Combine("..", "shared", "data");
        var encoderName = "minilm";
        string? outPath = null, version = null, labelsPath = null, reportPath = null, missesPath = null;
        var cacheDirectory = Path.Combine(Path.GetTempPath(), "reviewconsole-embeddings");
        var maxPerSource = 2500;
        var templates = true;
        GateTrainer.Options? gate = new();
        var heads = new HeadTrainer.Options();
        var neighbours = new ModelTrainer.NeighbourOptions();
        var candidatePaths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--encoder" when i + 1 < args.Length: encoderName = args[++i]; break;
                case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
                case "--version" when i + 1 < args.Length: version = args[++i]; break;
                case "--labels" when i + 1 < args.Length: labelsPath = args[++i]; break;
                case "--report" when i + 1 < args.Length: reportPath = args[++i]; break;
                case "--misses" when i + 1 < args.Length: missesPath = args[++i]; break;
                case "--cache" when i + 1 < args.Length: cacheDirectory = args[++i]; break;
                case "--max-per-source" when i + 1 < args.Length && int.TryParse(args[i + 1], out var max) && max > 0: maxPerSource = max; i++; break;
                case "--policy" when i + 1 < args.Length: candidatePaths.Add(args[++i]); break;
                case "--no-templates": templates = false; break;
                case "--no-gate": gate = null; break;
                case "--no-neighbours": neighbours = ModelTrainer.NeighbourOptions.None; break;
                case "--l2" when i + 1 < args.Length && float.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var l2) && l2 >= 0: heads = heads with { L2 = l2 }; i++; break;
                default:
                    await error.WriteLineAsync($"train: unexpected argument '{args[i]}'. Usage: {Usage}");
                    return 2;
            }
        }

        var candidates = new List<TerminationPolicy>();
        foreach (var path in candidatePaths)
        {
            try
            {
                candidates.Add(TerminationPolicy.FromJson(await File.ReadAllTextAsync(path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PolicyValidationException)
            {
                await error.WriteLineAsync($"train: policy {path}: {ex.Message}");
                return 2;
            }
        }

        List<TrainingExample> examples;
        try
        {
            var corpus = TrainingCorpus.Load(data, maxPerSource, templates).ToList();
            if (labelsPath is not null)
            {
                corpus.AddRange(TrainingCorpus.ReadTrainFile(labelsPath));
            }
            examples = corpus;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"train: {ex.Message}");
            return 2;
        }

        string encoderFullName;
        try
        {
            encoderFullName = PackagedEncoders.Resolve(encoderName);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"train: {ex.Message}");
            return 2;
        }
        var shortName = PackagedEncoders.ShortName(encoderFullName);
        version ??= $"{shortName}-{DateTime.UtcNow:yyyyMMdd}";
        var clock = Stopwatch.StartNew();
        using var encoder = PackagedEncoders.Open(encoderFullName);
        var cache = new EmbeddingCache(encoder, Path.Combine(cacheDirectory, shortName + ".bin"));
        var trainer = new ModelTrainer(encoder, cache);
        var progress = new Progress<string>(m => error.WriteLine($"train: {m} ({clock.Elapsed.TotalSeconds:0} s)"));
        var result = trainer.Train(examples, version, heads, gateOptions: gate, progress: progress, neighbourOptions: neighbours);

        using var misses = missesPath is null ? null : File.CreateText(missesPath);
        var rows = SourceReport.Measure(result, misses: misses);
        var report = new System.Text.StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Model `{result.Model.Version}` on `{result.Model.Encoder}`, {examples.Count} texts, trained in {clock.Elapsed.TotalSeconds:0} s.");
        report.AppendLine();
        report.AppendLine("Thresholds: " + string.Join(", ", result.Model.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value:0.000}")));
        report.AppendLine();
        report.AppendLine("Suspicion thresholds (a strike once warned): " + string.Join(", ", result.Model.SuspicionThresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value:0.000}")));
        report.AppendLine();
        report.Append(SourceReport.ToMarkdown(rows));
        report.AppendLine();
        report.Append(Summary(rows));
        report.AppendLine();
        report.Append(ComposedReport.ToMarkdown(ComposedReport.Measure(result, withModel: false), ComposedReport.Measure(result, misses: misses)));
        // A candidate policy measured on the same held-out readings: what a change of thresholds would do to sources it never saw.
        foreach (var candidate in candidates)
        {
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Under candidate policy `{candidate.Version}`:");
            report.AppendLine();
            report.Append(ComposedReport.ToMarkdown(ComposedReport.Measure(result, candidate, withModel: false), ComposedReport.Measure(result, candidate)));
        }
        var dev = Path.Combine(data, "dev.jsonl");
        if (File.Exists(dev))
        {
            report.AppendLine();
            report.Append(await DevReport(dev, result, cache));
        }
        await output.WriteAsync(report.ToString());
        if (reportPath is not null)
        {
            await File.WriteAllTextAsync(reportPath, report.ToString());
        }
        if (outPath is not null)
        {
            result.Model.Save(outPath);
            await error.WriteLineAsync($"train: wrote {outPath} ({result.Model.Version})");
        }
        return 0;
    }

    /// <summary>Pooled over every held-out source: per label, the share acted on by the rules alone and with the model.</summary>
    private static string Summary(IReadOnlyList<SourceReport.Row> rows)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("| label (all held-out sources pooled) | texts | rules alone | rules + model | cascade | encoder read |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = group.Sum(r => r.Count);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {n} | {group.Sum(r => r.Rules * r.Count) / n:P1} | {group.Sum(r => r.Combined * r.Count) / n:P1} | {group.Sum(r => r.Cascade * r.Count) / n:P1} | {group.Sum(r => r.Read * r.Count) / n:P1} |");
        }
        return text.ToString();
    }

    /// <summary>dev.jsonl replayed as conversations, with the heads that never saw its XSTest prompts, and with the rules alone.</summary>
    private static async Task<string> DevReport(string path, ModelTrainer.Result result, EmbeddingCache cache)
    {
        var conversations = new List<LabelledConversation>();
        using (var reader = File.OpenText(path))
        {
            await foreach (var conversation in DatasetReader.ReadAsync(reader, (_, _) => { }))
            {
                conversations.Add(conversation);
            }
        }
        var fold = result.Folds.GetValueOrDefault(TrainingCorpus.DevSource) ?? result.Model;
        var engines = new (string Name, TerminationEngine Engine)[]
        {
            ("rules alone", new TerminationEngine(TerminationPolicy.Default)),
            ($"rules + heads without {TrainingCorpus.DevSource}", new TerminationEngine(TerminationPolicy.Default, new MessageAnalyzer(semantic: new SemanticStage(cache.AsEncoder(), fold)))),
            ("rules + heads on every source", new TerminationEngine(TerminationPolicy.Default, new MessageAnalyzer(semantic: new SemanticStage(cache.AsEncoder(), result.Model)))),
        };
        cache.Get([.. conversations.SelectMany(c => c.Turns).Where(t => t.IsUser).Select(t => t.Text)]);
        var text = new System.Text.StringBuilder();
        text.AppendLine("dev.jsonl replayed as conversations (terminated / warned / safeguarded):");
        text.AppendLine();
        text.AppendLine("| engine | " + string.Join(" | ", conversations.Select(c => c.Label).Distinct().Order(StringComparer.Ordinal)) + " |");
        text.AppendLine("|---|" + string.Concat(conversations.Select(c => c.Label).Distinct().Select(_ => "---|")));
        foreach (var (name, engine) in engines)
        {
            var replayer = new ConversationReplayer(engine);
            var report = EvaluationReport.From([.. conversations.Select(replayer.Replay)], 0);
            text.AppendLine($"| {name} | " + string.Join(" | ", report.Labels.OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value.Terminated:P1} / {l.Value.Warned:P1} / {l.Value.Safeguarded:P1}"))) + " |");
        }
        return text.ToString();
    }
}
