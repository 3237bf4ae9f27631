
namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Training text generated from templates, for what the public corpora lack (docs/MODEL.md, "Templates"): a user's
/// own request to end the conversation, crisis said indirectly or in progress, abuse and sexual harassment aimed at the
/// assistant, harmful requests in the many forms users write them, and benign-sensitive contrasts for each (the same
/// words, innocent meaning). Every template is written from the category's definition, never from an evaluation text.
/// Slots are filled by a seeded random walk, so the corpus is the same on every machine.
/// </summary>
public static partial class TemplateCorpus
{
    /// <summary>
    /// Two halves, split by the slot that carries the meaning (the longest list): held out in turn, each measures
    /// the other half's phrasings against wordings it never saw.
    /// </summary>
    public const string SourceA = "templates-a";

    public const string SourceB = "templates-b";

    /// <summary>
    /// The everyday contrasts (<see cref="AddEverydayContrasts"/>): a source of their own, held out as one, and not among
    /// the sources thresholds are calibrated on — easy benign texts there would lower every threshold.
    /// </summary>
    public const string SourceEveryday = "templates-everyday";

    public static IReadOnlyList<TrainingExample> Generate(int seed = 2026)
    {
        var templates = new Templates(new Random(seed));
        AddConversationTemplates(templates);
        AddRequestTemplates(templates);
        AddEverydayContrasts(templates);
        return TrainingCorpus.Deduplicate(templates.Examples);
    }

    private sealed class Templates(Random random)
    {
        public List<TrainingExample> Examples { get; } = [];

        /// <summary>When set, every text added goes to this source instead of a half.</summary>
        public string? Source { get; set; }

        /// <summary>Up to <paramref name="count"/> distinct texts, one choice per slot, put in a half by the choice in the longest slot.</summary>
        public void Add(string label, int count, params string[][] slots)
        {
            var coreSlot = Array.IndexOf(slots, slots.MaxBy(s => s.Length));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var choice = new int[slots.Length];
            for (var attempts = 0; seen.Count < count && attempts < count * 20; attempts++)
            {
                for (var s = 0; s < slots.Length; s++)
                {
                    choice[s] = random.Next(slots[s].Length);
                }
                var text = string.Concat(slots.Select((s, i) => s[choice[i]])).Trim();
                if (text.Length > 0 && seen.Add(text))
                {
                    Examples.Add(new TrainingExample(text, label, Source ?? (choice[coreSlot] % 2 == 0 ? SourceA : SourceB)));
                }
            }
        }
    }
}
