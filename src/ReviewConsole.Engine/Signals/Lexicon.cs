using System.Collections.Frozen;
using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Signals;

/// <summary>
/// The words and phrases the rules reason about, grouped by what they can mean: one data file per class
/// (<c>Signals/Lexicon/*.txt</c>, embedded). Entries are general vocabulary, never sentences from an evaluation set. Each is folded by <see cref="TextNormalizer"/> exactly like messages are,
/// so "kill", "k1ll" and "kiiill" all meet the same entry.
/// </summary>
public sealed class Lexicon
{
    public const int MaxPhraseWords = 8;

    /// <summary>The embedded data files, one per class: <c>Signals/Lexicon/&lt;class-in-kebab-case&gt;.txt</c>.</summary>
    internal static IReadOnlyList<(TermClass Class, string Name, IReadOnlyList<string> Phrases)> ReadEmbeddedFiles()
    {
        var assembly = typeof(Lexicon).Assembly;
        var result = new List<(TermClass, string, IReadOnlyList<string>)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..^".txt".Length];
            var pascal = string.Concat(name.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            if (!Enum.TryParse<TermClass>(pascal, out var termClass))
            {
                throw new InvalidDataException($"Lexicon file '{name}.txt' names no term class.");
            }
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var phrases = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    phrases.Add(line);
                }
            }
            result.Add((termClass, name, phrases));
        }
        return result;
    }

    private const string ResourcePrefix = "Lexicon.";

    // Every phrase and every word-prefix of a phrase, so a scan stops at the first word no entry continues with:
    // ordinary words cost one look-up, not one per possible phrase length.
    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> spanLookup;

    private Lexicon(FrozenDictionary<string, LexiconEntry> entries)
    {
        spanLookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"Safest", "sneakiest": a word in "-est" long enough to be a superlative ("best" is named by its users; "test" is not one).</summary>
    internal static bool EndsAsSuperlative(ReadOnlySpan<char> word) => word.Length >= RuleLimit.SuperlativeLetters && word.EndsWith("est", StringComparison.Ordinal);

    /// <summary>
    /// Words as the folding reads them ("kill" reads "kil", "all" reads "al"): a word list compared with a message's
    /// tokens must be folded like the lexicon is, or its doubled letters never match.
    /// </summary>
    internal static string[] Folded(params string[] words) => [.. words.Select(FoldedWord)];

    // A list's word is one word, never a sentence typed without its spaces: folded alone, "knowledgeable" would be cut
    // into "know ledge able" (RunTogetherSentences) and never meet the token a message holds.
    private static string FoldedWord(string word)
    {
        var folded = TextNormalizer.Normalize(word).Text.ToString();
        return folded.Contains(' ') && word.All(char.IsAsciiLetterLower) ? LexiconWords.Squeezed(word) : folded;
    }

    /// <summary><see cref="Folded"/> words as a set a token's span is looked up in without a string.</summary>
    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup(params string[] words) =>
        Folded(words).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words already folded, as a set a token's span is looked up in: the gate a rule's word lists share.</summary>
    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LookupOf(params string[][] foldedLists) =>
        foldedLists.SelectMany(list => list).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static Lexicon Default { get; } = Build(ReadEmbeddedFiles().Select(f => (f.Class, f.Phrases)));

    /// <summary>Every entry is a plain phrase, folded like a message, and an act's phrase in each of its verb's forms (<see cref="VerbForms"/>), a harmful act's phrase of more words also as its gerund (<see cref="VerbForms.Gerunds"/>), a menace's "your" in each third person's (<see cref="ThirdPersonForms"/>), a group's "[word] people" as "people who are [word]" (<see cref="GroupForms"/>); phrases longer than <see cref="MaxPhraseWords"/> words are skipped (a test keeps the files within it).</summary>
    internal static Lexicon Build(IEnumerable<(TermClass Class, IReadOnlyList<string> Phrases)> entries)
    {
        var map = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var listed = new Dictionary<string, TermClass>(StringComparer.Ordinal);
        void Put(string raw, TermClass termClass, bool gerund)
        {
            var key = TextNormalizer.Normalize(raw).ToString();
            if (key.Length == 0 || key.Split(' ').Length > MaxPhraseWords)
            {
                return;
            }
            var entry = map.GetValueOrDefault(key);
            map[key] = entry with { Classes = entry.Classes | termClass, GerundOnly = gerund ? entry.GerundOnly | termClass : entry.GerundOnly };
            if (!gerund)
            {
                listed[key] = listed.GetValueOrDefault(key) | termClass;
            }
            for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
            {
                var prefix = key[..space];
                map[prefix] = map.GetValueOrDefault(prefix) with { Continues = true };
            }
        }
        foreach (var (termClass, list) in entries)
        {
            var forms = (termClass & VerbForms.Inflected) != 0 ? list.SelectMany(VerbForms.Of)
                : (termClass & ThirdPersonForms.Turned) != 0 ? list.SelectMany(ThirdPersonForms.Of)
                : (termClass & GroupForms.Turned) != 0 ? list.SelectMany(GroupForms.Of)
                : list;
            foreach (var raw in forms)
            {
                Put(raw, termClass, gerund: false);
            }
            if ((termClass & VerbForms.Gerunds) != 0)
            {
                foreach (var raw in list)
                {
                    if (VerbForms.GerundOf(raw, termClass) is { } gerund)
                    {
                        Put(gerund, termClass, gerund: true);
                    }
                }
            }
        }
        // A class a file lists the gerund for is no generated form's.
        foreach (var (key, classes) in listed)
        {
            if (map[key].GerundOnly != TermClass.None)
            {
                map[key] = map[key] with { GerundOnly = map[key].GerundOnly & ~classes };
            }
        }
        return new Lexicon(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The phrase's classes, and whether some longer phrase starts with it.</summary>
    internal LexiconEntry Find(ReadOnlySpan<char> phrase) =>
        spanLookup.TryGetValue(phrase, out var found) ? found : default;
}

/// <param name="GerundOnly">The classes the phrase has only as the generated gerund of a listed phrase ("burning down"):
/// read as an act asked about, not one told in progress ("the house is burning down").</param>
internal readonly record struct LexiconEntry(TermClass Classes, bool Continues, TermClass GerundOnly = TermClass.None)
{
    public bool Exists => Classes != TermClass.None || Continues;
}
