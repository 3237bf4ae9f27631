using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// A word of abuse written without its vowels ("wrthlss", "fckng", "btch"): a token of no vowel at all that is the
/// consonants of exactly one one-word entry of the profanity or insult files is read as that entry. Four consonants are
/// shared by too many everyday words ("blnd" is "blind", "trns" is "turns"), so only the spellings listed are read at
/// that length; five or more name one word, save the few listed that are everyday words too.
/// </summary>
internal static class DroppedVowels
{
    private const int MinConsonants = 5;

    // The shortest spelling read: no shorter token is looked up.
    private const int MinSpelling = 4;

    /// <summary>The five vowels the folding drops and restores ("y" is a consonant to it).</summary>
    internal static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiou");

    // Four-consonant spellings people type for these words and for nothing everyday.
    private static readonly string[] ShortSpellings = ["stpd", "btch", "fckn", "fckd", "fckr", "rtrd", "prck", "wnkr", "grbg", "clwn", "sknk"];

    // Five consonants that spell an everyday word too: "blocks", "chunks".
    private static readonly string[] EverydaySkeletons = ["blcks", "chnks"];

    private static readonly Lazy<FrozenDictionary<string, string>> Words = new(Build);

    private static FrozenDictionary<string, string> Build()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        // The shortest word wins a shared skeleton: "stpd" is "stupid", not "stupido".
        foreach (var word in LexiconWords.AbusiveWords.OrderBy(word => word.Length).ThenBy(word => word, StringComparer.Ordinal))
        {
            var skeleton = Skeleton(word);
            if (skeleton.Length == LexiconWords.Squeezed(word).Length || EverydaySkeletons.Contains(skeleton) || LexiconWords.All.Contains(skeleton)
                || (skeleton.Length < MinConsonants && !ShortSpellings.Contains(skeleton)))
            {
                continue;
            }
            found.TryAdd(skeleton, word);
        }
        return found.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Skeleton(string word) => LexiconWords.Squeezed(new string([.. LexiconWords.Squeezed(word).Where(c => !IsVowel(c))]));

    /// <summary>The word a vowelless token (folded letters) stands for, doubled letters kept or squeezed as the text is; else null.</summary>
    public static string? Restore(ReadOnlySpan<char> token, bool keepDoubles)
    {
        if (token.Length < MinSpelling || token.ContainsAny(Vowels) || !Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LexiconWords.Squeezed(token), out var word))
        {
            return null;
        }
        return keepDoubles ? word : LexiconWords.Squeezed(word);
    }
}
