using System.Collections.Frozen;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// The single words of the lexicon's data files as written (not folded: "kill", not "kil"), letters only: what the
/// folding reads a disguised word against (<see cref="AmbiguousLetters"/>, <see cref="TransposedLetters"/>,
/// <see cref="SplitLetterWords"/>). The files are read once, on first use; never through <see cref="Lexicon.Default"/>,
/// which folds with this class.
/// </summary>
internal static class LexiconWords
{
    // The data files, read once for every set below.
    private static readonly Lazy<IReadOnlyList<(TermClass Class, string Name, IReadOnlyList<string> Phrases)>> Files = new(Lexicon.ReadEmbeddedFiles);

    private static readonly Lazy<FrozenSet<string>> Words = new(() =>
        Files.Value
            .SelectMany(file => file.Phrases)
            .SelectMany(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.All(char.IsAsciiLetterLower))
            .ToFrozenSet(StringComparer.Ordinal));

    public static FrozenSet<string> All => Words.Value;

    // The words people mask most ("f**k", "sh*t"): the profanity file's one-word entries. Words of longer phrases are
    // everyday words too ("kiss" of "kiss my ass", "shut" of "shut up").
    private static readonly Lazy<FrozenSet<string>> Masked = new(() => OneWordEntries(TermClass.Profanity));

    /// <summary>The one-word entries of the profanity file: the words a mask most often hides.</summary>
    public static FrozenSet<string> Maskable => Masked.Value;

    private static readonly Lazy<FrozenSet<string>> Addressed = new(() => OneWordEntries(TermClass.SecondPerson));

    /// <summary>The one-word entries of the second-person file: the words for the one addressed ("you", "ur", "bot").</summary>
    public static FrozenSet<string> AddressedWords => Addressed.Value;

    private static readonly Lazy<FrozenSet<string>> Abusive = new(() => OneWordEntries(TermClass.Profanity | TermClass.Insult));

    /// <summary>The one-word entries of the profanity and insult files.</summary>
    public static FrozenSet<string> AbusiveWords => Abusive.Value;

    /// <summary>The word with each run of a letter cut to one, as the skeleton writes it ("kill" reads "kil").</summary>
    public static string Squeezed(ReadOnlySpan<char> word)
    {
        Span<char> letters = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (n == 0 || letters[n - 1] != c)
            {
                letters[n++] = c;
            }
        }
        return new string(letters[..n]);
    }

    /// <summary>The entries of one or more term classes' files that are one word of plain letters.</summary>
    public static FrozenSet<string> OneWordEntries(TermClass files) => Entries(files).Where(word => word.All(char.IsAsciiLetterLower)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every entry of one or more term classes' files, as written.</summary>
    public static IEnumerable<string> Entries(TermClass files) =>
        Files.Value.Where(file => (file.Class & files) != 0).SelectMany(file => file.Phrases);
}
