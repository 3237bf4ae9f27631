using System.Text.RegularExpressions;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests;

/// <summary>The lexicon's data files: no phrase twice in a class, and no class that no rule reads.</summary>
public sealed partial class LexiconFilesTests
{
    private static readonly IReadOnlyList<(TermClass Class, string Name, IReadOnlyList<string> Phrases)> Files = Lexicon.ReadEmbeddedFiles();

    [Fact]
    public void Every_class_has_its_file_and_every_file_loads()
    {
        Assert.True(Files.Count >= 40, $"only {Files.Count} lexicon files are embedded");
        Assert.Equal(Files.Count, Files.Select(f => f.Class).Distinct().Count());
        Assert.True(Files.Sum(f => f.Phrases.Count) > 2000);
    }

    [Fact]
    public void No_phrase_is_listed_twice_in_a_class_even_after_folding()
    {
        var duplicates = Files
            .SelectMany(f => f.Phrases
                .GroupBy(p => TextNormalizer.Normalize(p).ToString()).Where(g => g.Count() > 1).Select(g => $"{f.Name}: {string.Join(" = ", g)}"))
            .ToList();

        Assert.True(duplicates.Count == 0, "duplicate phrases: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void No_phrase_holds_a_filler_word_after_its_first_so_phrases_are_read_across_fillers()
    {
        var fillers = MessageAnalyzer.FillerWords.ToHashSet(StringComparer.Ordinal);
        var blocking = Files.SelectMany(f => f.Phrases.Where(p => p.Split(' ').Skip(1).Any(fillers.Contains)).Select(p => $"{f.Name}: {p}")).ToList();

        Assert.True(blocking.Count == 0, "phrases with a filler inside: " + string.Join("; ", blocking));
    }

    [Fact]
    public void Phrases_are_plain_words_never_patterns_that_would_silently_match_nothing()
    {
        var patterns = Files.SelectMany(f => f.Phrases.Where(p => p.IndexOfAny(['*', '?', '[', '(', '|', '\\']) >= 0).Select(p => $"{f.Name}: {p}")).ToList();

        Assert.True(patterns.Count == 0, "patterns in the lexicon: " + string.Join("; ", patterns));
    }

    [Fact]
    public void No_phrase_is_longer_than_the_matcher_reads()
    {
        var tooLong = Files
            .SelectMany(f => f.Phrases.Where(p => TextNormalizer.Normalize(p).ToString().Split(' ').Length > Lexicon.MaxPhraseWords).Select(p => $"{f.Name}: {p}"))
            .ToList();

        Assert.True(tooLong.Count == 0, $"phrases over {Lexicon.MaxPhraseWords} words, which never match: " + string.Join("; ", tooLong));
    }

    [Fact]
    public void Every_class_in_the_data_is_read_by_some_rule()
    {
        var engineSource = Path.Combine(RepositoryRoot(), "src", "ReviewConsole.Engine", "Signals");
        // MessageAnalyzer only lists the classes that never trigger the rules on their own; that is not reading them.
        var code = string.Concat(Directory.GetFiles(engineSource, "RuleSet*.cs").Select(File.ReadAllText)) + File.ReadAllText(Path.Combine(engineSource, "MessageAnalyzer.Frames.cs")) +
            File.ReadAllText(Path.Combine(engineSource, "..", "Semantic", "SemanticCombiner.cs"));
        var read = ClassReference().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var unread = Files.Select(f => f.Class.ToString()).Where(c => !read.Contains(c)).ToList();

        Assert.True(unread.Count == 0, "lexicon classes no rule reads: " + string.Join(", ", unread));
    }

    // Common words an entry must never turn into once letter runs are squeezed ("ass" → "as", "butt" → "but", "kkk" → "k").
    private static readonly string[] CommonWords =
    [
        "a", "i", "k", "as", "at", "be", "but", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "ok", "on",
        "or", "so", "to", "up", "us", "we", "all", "and", "are", "can", "did", "for", "get", "had", "has", "her", "him", "his",
        "how", "not", "now", "off", "one", "our", "out", "see", "she", "ten", "the", "too", "was", "who", "why", "you", "been",
        "feel", "good", "here", "just", "like", "look", "need", "seen", "some", "soon", "that", "them", "then", "they", "this",
        "well", "what", "when", "will", "with", "your", "still", "sleep", "three", "week", "green", "free", "cool", "tool",
    ];

    [Fact]
    public void No_trigger_word_folds_into_a_common_word_it_is_not()
    {
        var common = CommonWords.ToLookup(w => TextNormalizer.Normalize(w).ToString());
        const TermClass frames = TermClass.FirstPerson | TermClass.SecondPerson | TermClass.Speaker | TermClass.Pleasantry | TermClass.Negation |
            TermClass.RequestFrame | TermClass.DescriptiveFrame | TermClass.Imperative | TermClass.Topic | TermClass.BenignObject;

        var collisions = Files.Where(f => (f.Class & frames) == 0)
            .SelectMany(f => f.Phrases.Where(p => !p.Contains(' ') && common[TextNormalizer.Normalize(p).ToString()].Any(w => w != p) && !common[TextNormalizer.Normalize(p).ToString()].Contains(p))
                .Select(p => $"{f.Name}: {p} reads as \"{common[TextNormalizer.Normalize(p).ToString()].First()}\""))
            .ToList();

        Assert.True(collisions.Count == 0, "entries that match a common word: " + string.Join("; ", collisions));
    }

    [Theory]
    [InlineData("knowledgeable", "knowledgeable")]
    [InlineData("notification", "notification")]
    [InlineData("decommission", "decomision")]
    public void A_long_word_of_a_rules_list_is_folded_whole_not_cut_as_a_sentence_typed_without_spaces(string word, string folded) =>
        Assert.Equal(folded, Assert.Single(Lexicon.Folded(word)));

    [Fact]
    public void A_duplicate_in_a_class_file_is_detected_by_the_same_check()
    {
        IReadOnlyList<string> phrases = ["kill", "k1ll", "murder"];

        var duplicates = phrases.GroupBy(p => TextNormalizer.Normalize(p).ToString()).Where(g => g.Count() > 1).ToList();

        Assert.Single(duplicates);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReviewConsole.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ReviewConsole.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"TermClass\.(\w+)")]
    private static partial Regex ClassReference();
}
