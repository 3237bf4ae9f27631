using System.Collections.Frozen;
using System.Text;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Folds look-alike letters from other scripts to the Latin letter they imitate, in the spirit of Unicode TS #39's
/// skeleton: only the common homoglyphs attackers use, since a full confusables table would also fold legitimate
/// Cyrillic or Greek text that no one is disguising.
/// </summary>
internal static class ConfusableFolder
{
    private static readonly FrozenDictionary<int, char> Map = new Dictionary<int, char>
    {
        // Cyrillic
        [0x0430] = 'a', [0x0435] = 'e', [0x043E] = 'o', [0x0440] = 'p', [0x0441] = 'c', [0x0443] = 'y', [0x0445] = 'x',
        [0x0456] = 'i', [0x0458] = 'j', [0x0455] = 's', [0x04BB] = 'h', [0x0501] = 'd', [0x051B] = 'q', [0x051D] = 'w',
        [0x0410] = 'a', [0x0412] = 'b', [0x0415] = 'e', [0x041A] = 'k', [0x043A] = 'k', [0x041C] = 'm', [0x043C] = 'm',
        [0x041D] = 'h', [0x043D] = 'h', [0x041E] = 'o', [0x0420] = 'p', [0x0421] = 'c', [0x0422] = 't', [0x0442] = 't',
        [0x0425] = 'x', [0x0406] = 'i', [0x0408] = 'j', [0x0405] = 's', [0x0432] = 'b', [0x0433] = 'r', [0x0438] = 'u',
        [0x043F] = 'n', [0x044C] = 'b', [0x0457] = 'i', [0x0491] = 'r',
        // Greek
        [0x03B1] = 'a', [0x03BF] = 'o', [0x03C1] = 'p', [0x03B5] = 'e', [0x03B9] = 'i', [0x03BA] = 'k', [0x03BD] = 'v',
        [0x03C4] = 't', [0x03C5] = 'u', [0x03C7] = 'x', [0x03B7] = 'n', [0x0391] = 'a', [0x0392] = 'b', [0x0395] = 'e',
        [0x0396] = 'z', [0x0397] = 'h', [0x0399] = 'i', [0x039A] = 'k', [0x039C] = 'm', [0x039D] = 'n', [0x039F] = 'o',
        [0x03A1] = 'p', [0x03A4] = 't', [0x03A5] = 'y', [0x03A7] = 'x', [0x03C9] = 'w', [0x03B3] = 'y',
        // Latin look-alikes outside ASCII
        [0x0131] = 'i', [0x0269] = 'i', [0x0261] = 'g', [0x01C0] = 'l', [0x2113] = 'l', [0x0251] = 'a',
        // Armenian and Cherokee letters that pass for Latin
        [0x0578] = 'n', [0x057D] = 'u', [0x0585] = 'o', [0x13A0] = 'd', [0x13A1] = 'r', [0x13A2] = 't', [0x13AA] = 'g',
    }.ToFrozenDictionary();

    public static bool TryFold(int codePoint, out char latin) => Map.TryGetValue(codePoint, out latin);

    /// <summary>
    /// Whether the word around <paramref name="index"/> is written in its own script: no Latin letter, and at least one
    /// letter no Latin one imitates ("тупой" has "й" and "п"). Its look-alikes are that script's letters, not a disguise;
    /// a word of look-alikes only ("рау") or one mixed with Latin ("hеllo") is folded (Unicode TS #39 calls the first a
    /// whole-script confusable). <paramref name="wordEnd"/> is where the word ends, so a caller asks once a word.
    /// </summary>
    public static bool StandsInItsOwnScript(string text, int index, out int wordEnd)
    {
        var start = index;
        while (start > 0 && !IsWordBoundary(text[start - 1]))
        {
            start--;
        }
        wordEnd = index;
        while (wordEnd < text.Length && !IsWordBoundary(text[wordEnd]))
        {
            wordEnd++;
        }
        var ownLetter = false;
        for (var i = start; i < wordEnd;)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (rune.IsAscii)
            {
                if (char.IsAsciiLetter((char)rune.Value))
                {
                    return false;
                }
            }
            else if (Rune.IsLetter(rune) && !Map.ContainsKey(rune.Value))
            {
                ownLetter = true;
            }
            i += rune.Utf16SequenceLength;
        }
        return ownLetter;
    }

    private static bool IsWordBoundary(char c) => char.IsWhiteSpace(c) || (c < 0x80 && !char.IsAsciiLetterOrDigit(c));
}
