using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Reads the labelled texts the heads learn from: every <c>train/*.jsonl</c> file (one source per file), the user turns
/// of <c>dev.jsonl</c>'s XSTest conversations (whose labels say what every turn is), the code-generated
/// <see cref="TemplateCorpus"/>, and optionally reviewers' labels exported from a database.
/// Large sources are sampled down per label, deterministically (by a hash of the text), so one corpus of tweets does
/// not drown the rest and the same files always give the same corpus.
/// </summary>
public static class TrainingCorpus
{
    public const string DevSource = "xstest-dev";

    /// <summary>The source of examples made from reviewers' verdicts; the model's neighbours keep them first.</summary>
    public const string ReviewerSource = "reviewers";

    public static IReadOnlyList<TrainingExample> Load(string dataDirectory, int maxPerSourceAndLabel = 2500, bool templates = true)
    {
        var examples = new List<TrainingExample>();
        var trainDirectory = Path.Combine(dataDirectory, "train");
        if (!Directory.Exists(trainDirectory))
        {
            throw new DirectoryNotFoundException($"No training texts: {trainDirectory} does not exist.");
        }
        foreach (var file in Directory.EnumerateFiles(trainDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            examples.AddRange(ReadTrainFile(file));
        }
        var dev = Path.Combine(dataDirectory, "dev.jsonl");
        if (File.Exists(dev))
        {
            examples.AddRange(ReadDev(dev));
        }
        if (templates)
        {
            examples.AddRange(TemplateCorpus.Generate());
        }
        return Cap(Deduplicate(examples), maxPerSourceAndLabel);
    }

    public static IEnumerable<TrainingExample> ReadTrainFile(string path)
    {
        var source = Path.GetFileNameWithoutExtension(path);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            string? text, label;
            try
            {
                using var document = JsonDocument.Parse(line);
                text = document.RootElement.GetProperty("text").GetString();
                label = document.RootElement.GetProperty("label").GetString();
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: not a training line ({{\"text\", \"label\"}}): {ex.Message}");
            }
            if (string.IsNullOrWhiteSpace(text) || label is null)
            {
                continue;
            }
            if (!SemanticLabels.All.Contains(label))
            {
                throw new InvalidDataException($"{path}:{number}: unknown label '{label}'.");
            }
            yield return new TrainingExample(text, label, source);
        }
    }

    /// <summary>XSTest conversations of dev.jsonl: every user turn of a persistent or single-turn unsafe one is an unsafe request, every turn of a benign-sensitive one is benign-sensitive.</summary>
    public static IEnumerable<TrainingExample> ReadDev(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var label = root.GetProperty("label").GetString();
            var turns = root.GetProperty("turns");
            var mapped = label switch
            {
                "abusive-persistent" => SemanticLabels.UnsafeRequest,
                "abusive-single" when turns.GetArrayLength() == 1 => SemanticLabels.UnsafeRequest,
                "benign-sensitive" => SemanticLabels.BenignSensitive,
                _ => null,
            };
            if (mapped is null)
            {
                continue;
            }
            foreach (var turn in turns.EnumerateArray())
            {
                if (turn.GetProperty("role").GetString() == "user" && turn.GetProperty("text").GetString() is { Length: > 0 } text)
                {
                    yield return new TrainingExample(text, mapped, DevSource);
                }
            }
        }
    }

    /// <summary>One example per distinct text (case and spacing ignored); the first label seen wins.</summary>
    public static List<TrainingExample> Deduplicate(IEnumerable<TrainingExample> examples)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TrainingExample>();
        foreach (var example in examples)
        {
            if (seen.Add(string.Join(' ', example.Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            {
                result.Add(example);
            }
        }
        return result;
    }

    public static List<TrainingExample> Cap(IEnumerable<TrainingExample> examples, int maxPerSourceAndLabel) =>
        [.. examples.GroupBy(e => (e.Source, e.Label))
            .SelectMany(g => g.Count() <= maxPerSourceAndLabel ? g : g.OrderBy(e => StableHash(e.Text)).Take(maxPerSourceAndLabel))];

    /// <summary>A text's SHA-256 in hex: the order examples are taken in wherever a choice must not depend on file order.</summary>
    public static string OrderKey(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static ulong StableHash(string text) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
