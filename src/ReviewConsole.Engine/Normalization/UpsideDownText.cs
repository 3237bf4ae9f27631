using System.Collections.Frozen;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Text turned upside down ("ʇıɥs" for "shit"): each letter drawn by the symbol that looks like it turned half a circle,
/// the line read from its end. Generators reverse the order; some only turn the letters, so the reading that holds more
/// English words is taken. Written character for character, so the text keeps its length; when the order was reversed
/// <see cref="NormalizedText.ToOriginal"/> mirrors the spans back onto what the user typed.
/// </summary>
internal static class UpsideDownText
{
    // The turned forms upright text does not use, and the letter each stands for.
    private const string TurnedOnly = "ɐɔǝɟƃɥıᴉɾʞןʃɯɹʇʌʍʎ∀ƆƎℲ⅁ſꓘ˥Ԁᴚꓤꓕ⅄∩Λ¿¡˙„Ɛㄣϛㄥ↊";
    private const string TurnedAs = "acefghiijkllmrtvwy" + "acefgjklprrtyuv" + "?!.\"" + "34572";

    // Letters and digits that are letters or digits upright too, but another one turned: a "u" turned reads "n".
    private const string Swapped = "qbpdnu69',";
    private const string SwappedAs = "bqdpun96,'";

    // How many turned-only symbols, and what share of the letters, make a message turned rather than a word of IPA.
    private const int MinTurned = 3;
    private const double MinTurnedShare = 0.25;

    private static readonly FrozenDictionary<char, char> Upright = BuildUpright();

    private static FrozenDictionary<char, char> BuildUpright()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < TurnedOnly.Length; i++)
        {
            map[TurnedOnly[i]] = TurnedAs[i];
        }
        for (var i = 0; i < Swapped.Length; i++)
        {
            map[Swapped[i]] = SwappedAs[i];
        }
        return map.ToFrozenDictionary();
    }

    /// <summary>Whether the text holds any turned-only symbol (ASCII text never does).</summary>
    public static bool MayHold(string text) => text.AsSpan().IndexOfAny(TurnedSearch) >= 0;

    private static readonly System.Buffers.SearchValues<char> TurnedSearch = System.Buffers.SearchValues.Create(TurnedOnly);

    /// <summary>The text read upright, and whether its order was reversed to read it; the text itself when it is not turned.</summary>
    public static string Resolve(string text, out bool turned, out bool reversed)
    {
        turned = reversed = false;
        int count = 0, letters = 0;
        foreach (var c in text)
        {
            // The dotless "ı" is also a letter of Turkish upright: it reads a turned "i", it does not count as one.
            count += TurnedSearch.Contains(c) && c != 'ı' ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
        }
        if (count < MinTurned || count < letters * MinTurnedShare)
        {
            return text;
        }
        var inPlace = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            inPlace[i] = Upright.TryGetValue(text[i], out var upright) ? upright : text[i];
        }
        var backwards = (char[])inPlace.Clone();
        Array.Reverse(backwards);
        KeepSurrogatePairs(backwards);
        turned = true;
        reversed = KnownWords(backwards) >= KnownWords(inPlace);
        return new string(reversed ? backwards : inPlace);
    }

    // A reversed surrogate pair reads low then high: put each back in order.
    private static void KeepSurrogatePairs(char[] text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i + 1]))
            {
                (text[i], text[i + 1]) = (text[i + 1], text[i]);
                i++;
            }
        }
    }

    private static int KnownWords(char[] text)
    {
        var known = 0;
        Span<char> word = stackalloc char[32];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(text[i]);
                }
                length++;
                continue;
            }
            if (length is > 1 and <= 32 && EnglishWords.Knows(word[..length], squeezed: false))
            {
                known++;
            }
            length = 0;
        }
        return known;
    }
}
