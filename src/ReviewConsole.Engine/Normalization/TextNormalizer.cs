using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ReviewConsole.Engine.Normalization;

/// <summary>
/// Folds a message to the skeleton the detectors read, undoing the evasions of PRODUCT.md: compatibility forms
/// (NFKC: full-width, mathematical letters), invisible and format characters, tag-block smuggling, homoglyphs,
/// leetspeak, letters masked with '*' or '1' meant as "l" (<see cref="AmbiguousLetters"/>), letters split by spaces, dots or dashes,
/// stretched letters, and words of abuse run together or typed without vowels (<see cref="TokenRepairs"/>).
/// Pure-ASCII messages — nearly all traffic — skip every Unicode step.
/// </summary>
public static class TextNormalizer
{
    private const char Boundary = '|';
    private const char Separator = ' ';

    // Marks '.', '-', '_' or '*' between two letters: "k.i.l.l" is one word spelled out, "i k i l l a" may be several.
    private const char SoftSeparator = '\u0001';

    public static NormalizedText Normalize(string text)
    {
        return Normalize(text, CreateBuffer(text.Length));
    }

    /// <summary>A reusable buffer for <see cref="Normalize(string, NormalizedText)"/>; grows as needed.</summary>
    public static NormalizedText CreateBuffer(int capacity)
    {
        var size = Math.Max(64, capacity * 3 + 16);
        return new NormalizedText(new char[size], new int[size], 0, 0, EvasionTraits.None, null);
    }

    /// <summary>
    /// The same folding for a reader that knows words, not skeletons (the sentence encoder): letter runs are kept up
    /// to two ("sleepy", "sorry"), clause ends become ". ". Evasions fold exactly as in <see cref="Normalize(string)"/>.
    /// </summary>
    public static string Readable(string text)
    {
        var normalized = Normalize(text, CreateBuffer(text.Length), maxLetterRun: 2);
        var readable = normalized.ToString().Replace(" | ", ". ", StringComparison.Ordinal);
        return normalized.HiddenTagText is { } hidden ? readable + ". " + Readable(hidden) : readable;
    }

    /// <summary>Normalizes into <paramref name="target"/>, reusing its arrays; returns the buffer actually used.</summary>
    public static NormalizedText Normalize(string text, NormalizedText target) => Normalize(text, target, maxLetterRun: 1);

    private static NormalizedText Normalize(string text, NormalizedText target, int maxLetterRun)
    {
        if (target.Buffer.Length < text.Length * 3 + 16)
        {
            target = CreateBuffer(text.Length);
        }

        var folded = new Folder(target.Buffer, target.OriginalStartBuffer);
        StringBuilder? hiddenTags = null;
        var traits = EvasionTraits.None;
        var mirrored = false;
        if (UpsideDownText.MayHold(text))
        {
            text = UpsideDownText.Resolve(text, out var turned, out mirrored);
            traits |= turned ? EvasionTraits.UpsideDown : EvasionTraits.None;
        }
        if (SeparatorSymbols.MayHold(text))
        {
            text = SeparatorSymbols.Resolve(text);
        }
        if (LeetSymbols.MayHold(text))
        {
            text = LeetSymbols.Resolve(text, out var resolved);
            traits |= resolved ? EvasionTraits.Leetspeak : EvasionTraits.None;
        }
        if (AmbiguousLetters.MayHold(text))
        {
            text = AmbiguousLetters.Resolve(text);
        }
        text = TransposedLetters.Resolve(text);

        // "d()wn": a pair of brackets drawn as an "o" makes the text one letter shorter, which the one-for-one fast path cannot write.
        if (System.Text.Ascii.IsValid(text) && !HasBracketLetter(text))
        {
            FoldAscii(text, target.Buffer, target.OriginalStartBuffer);
            folded = new Folder(target.Buffer, target.OriginalStartBuffer, text.Length);
        }
        else
        {
            FoldUnicode(text, ref folded, ref traits, ref hiddenTags);
        }

        var length = Postprocess(text, target.Buffer, target.OriginalStartBuffer, folded.Length, maxLetterRun, ref traits);
        target.Reset(text, length, traits, hiddenTags?.ToString(), mirrored);
        return target;
    }

    // What each ASCII character becomes when it is not between two letters or digits: itself (lowercased), a word
    // separator or a clause boundary. Between letters '.', '-', '_', '*' are soft separators and '!' is leetspeak.
    private static readonly char[] AsciiFold = BuildAsciiFold();

    private static char[] BuildAsciiFold()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = (char)c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                (>= 'a' and <= 'z') or (>= '0' and <= '9') or '@' or '$' => (char)c,
                '.' or '?' or '!' or ';' or ':' or '\n' => Boundary,
                _ => Separator,
            };
        }
        return table;
    }

    /// <summary>The pure-ASCII fast path: one table look-up per character, every character kept (origin = index).</summary>
    private static void FoldAscii(string source, char[] text, int[] origin)
    {
        var table = AsciiFold;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            origin[i] = i;
            if ((c is '.' or '!' or '-' or '_' or '*' or '\'' && InsideWord(source, i)) || IsWithoutSlash(source, i))
            {
                text[i] = c == '!' ? '!' : SoftSeparator;
                continue;
            }
            if (c == ':' && IsTimeColon(source, i))
            {
                text[i] = Separator;
                continue;
            }
            text[i] = table[c];
        }
    }

    private static void FoldUnicode(string text, ref Folder folded, ref EvasionTraits traits, ref StringBuilder? hiddenTags)
    {
        var wordHasLatin = false;
        var wordHasFolded = false;
        // Whether the word before ownScriptEnd stands in its own script (ConfusableFolder.StandsInItsOwnScript): asked once a word.
        var ownScriptEnd = -1;
        var ownScript = false;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var width = rune.Utf16SequenceLength;
            var value = rune.Value;

            if (IsBracketLetter(text, i))
            {
                traits |= EvasionTraits.Leetspeak;
                wordHasLatin = true;
                folded.AddLetter('o', i);
                i += 2;
                continue;
            }
            if (value < 0x80)
            {
                var c = (char)value;
                if (char.IsAsciiLetter(c))
                {
                    wordHasLatin = true;
                }
                else if (!char.IsAsciiDigit(c))
                {
                    if (wordHasLatin && wordHasFolded)
                    {
                        traits |= EvasionTraits.MixedScriptWord;
                    }
                    wordHasLatin = wordHasFolded = false;
                }
                folded.AddAscii(text, i, c);
            }
            else if (value is >= 0xE0000 and <= 0xE007F)
            {
                // Tag characters render as nothing but spell ASCII: decode them so what they hide is scored too.
                traits |= EvasionTraits.TagCharacters;
                if (value is >= 0xE0020 and <= 0xE007E)
                {
                    (hiddenTags ??= new StringBuilder()).Append((char)(value - 0xE0000));
                }
            }
            else if (IsInvisible(rune))
            {
                if (!JoinsAnEmoji(text, i, value))
                {
                    traits |= EvasionTraits.HiddenCharacters;
                }
            }
            else if (ConfusableFolder.TryFold(value, out var latin) && !(i < ownScriptEnd ? ownScript
                : ownScript = ConfusableFolder.StandsInItsOwnScript(text, i, out ownScriptEnd)))
            {
                traits |= EvasionTraits.Homoglyphs;
                wordHasFolded = true;
                folded.AddLetter(latin, i);
            }
            else if (value is >= 0xFF01 and <= 0xFF5E)
            {
                traits |= EvasionTraits.FullWidthOrStyled;
                var c = (char)(value - 0xFEE0);
                wordHasLatin |= char.IsAsciiLetter(c);
                folded.AddAscii(text, i, c);
            }
            else if (EnclosedLetter(value) is { } enclosed)
            {
                // A flag is two of a flag's letters: "🇫🇷" is France, not a disguise.
                traits |= IsRegionalIndicator(value) && RegionalIndicatorRun(text, i) < FlagLettersSpelling ? EvasionTraits.None : EvasionTraits.FullWidthOrStyled;
                wordHasLatin = true;
                folded.AddAscii(text, i, enclosed);
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                folded.AddSeparator(i);
                wordHasLatin = wordHasFolded = false;
            }
            else if (IsCombiningMark(rune) && folded.EndsInLatinLetterOrDigit)
            {
                // "i\u0301diot", "k\u0336i\u0336l\u0336l\u0336", "t\u03360\u0336uch": an accent or a strike typed after a Latin letter (or a leet digit) belongs to it,
                // and must not split the word. Accents are how some languages are typed; overlays and stacks are a disguise.
                traits |= StylesTheLetter(value) ? EvasionTraits.FullWidthOrStyled : EvasionTraits.None;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                FoldLetter(text, i, width, ref folded, ref traits, ref wordHasLatin);
            }
            else if (value is 0x2019 or 0x2018 or 0x02BC)
            {
                folded.AddAscii(text, i, '\'');
            }
            else if (EmojiWord(value) is { } word)
            {
                folded.AddWord(word, i, width);
                wordHasLatin = wordHasFolded = false;
            }
            else
            {
                folded.AddSeparator(i);
            }
            i += width;
        }
        if (wordHasLatin && wordHasFolded)
        {
            traits |= EvasionTraits.MixedScriptWord;
        }
    }

    // Everyday words that squeezed would spell a word of harm the lexicon reads ("rapping" is "raping", "heel" is "hell",
    // "smoother" is "smother"): typed with exactly their double letter, they keep it. Stretched further, they squeeze.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptDoubled =
        new[] { "rapping", "rapped", "rapper", "rappers", "heel", "heels", "smoother", "smoothers" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "()" drawn as an "o": between two letters or signs of leetspeak ("l()ck", "|()ve", "fl()()ds"), or opening a word
    /// ("()ffline"); after a name alone it calls a function ("print()").
    /// </summary>
    private static bool IsBracketLetter(string text, int index)
    {
        if (text[index] != '(' || index + 1 >= text.Length || text[index + 1] != ')')
        {
            return false;
        }
        var before = index;
        while (before >= 2 && text[before - 1] == ')' && text[before - 2] == '(')
        {
            before -= 2;
        }
        var after = index + 2;
        while (after + 1 < text.Length && text[after] == '(' && text[after + 1] == ')')
        {
            after += 2;
        }
        if (after >= text.Length || !IsLetterLike(text[after]))
        {
            return false;
        }
        return before == 0 || char.IsWhiteSpace(text[before - 1]) || IsLetterLike(text[before - 1]);
    }

    private static bool IsLetterLike(char c) => char.IsAsciiLetter(c) || c is '|' or '!' or '$' or '@' or '€' or '0' or '1' or '3' or '4' or '5' or '7';

    private static bool HasBracketLetter(string text)
    {
        for (var at = text.IndexOf("()", StringComparison.Ordinal); at >= 0; at = text.IndexOf("()", at + 2, StringComparison.Ordinal))
        {
            if (IsBracketLetter(text, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "🖕 you", "you 🤡", "you are 💩", "that's you 🗑️": the emoji that stand for a word of abuse or of swearing, read as
    /// that word. Said of a thing ("this weather is 💩") the word is as mild as the emoji: swearing at no one never warns.
    /// Not "🐍" or "🤮": a language, an animal or a mood as often as an insult. Each word is no longer than three times the
    /// emoji's two characters with its separator (the buffer's headroom).
    /// </summary>
    private static string? EmojiWord(int value) => value switch
    {
        0x1F595 => "fuck",
        0x1F921 => "clown",
        0x1F4A9 => "crap",
        0x1F5D1 => "trash",
        _ => null,
    };

    /// <summary>
    /// A letter drawn in a circle, a square or parentheses ("ⓘⓓⓘⓞⓣ", "🅸🅳🅸🅾🆃"), or a flag's letter ("🇮🇩🇮🇴🇹"): symbols to
    /// Unicode, not letters, and only some of them decompose to their letter. A flag itself reads as its country's code.
    /// </summary>
    // How many flag letters in a row spell a word rather than one flag.
    private const int FlagLettersSpelling = 3;

    private static bool IsRegionalIndicator(int value) => value is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>How many flag letters run together around the one at <paramref name="index"/>.</summary>
    private static int RegionalIndicatorRun(string text, int index)
    {
        var start = index;
        while (start >= 2 && char.IsSurrogatePair(text[start - 2], text[start - 1]) && IsRegionalIndicator(char.ConvertToUtf32(text[start - 2], text[start - 1])))
        {
            start -= 2;
        }
        var end = index;
        while (end + 1 < text.Length && char.IsSurrogatePair(text[end], text[end + 1]) && IsRegionalIndicator(char.ConvertToUtf32(text[end], text[end + 1])))
        {
            end += 2;
        }
        return (end - start) / 2;
    }

    private static char? EnclosedLetter(int value) => value switch
    {
        >= 0x24B6 and <= 0x24CF => (char)('a' + value - 0x24B6),
        >= 0x24D0 and <= 0x24E9 => (char)('a' + value - 0x24D0),
        >= 0x249C and <= 0x24B5 => (char)('a' + value - 0x249C),
        >= 0x1F130 and <= 0x1F149 => (char)('a' + value - 0x1F130),
        >= 0x1F150 and <= 0x1F169 => (char)('a' + value - 0x1F150),
        >= 0x1F170 and <= 0x1F189 => (char)('a' + value - 0x1F170),
        >= 0x1F1E6 and <= 0x1F1FF => (char)('a' + value - 0x1F1E6),
        _ => null,
    };

    private static void FoldLetter(string text, int index, int width, ref Folder folded, ref EvasionTraits traits, ref bool wordHasLatin)
    {
        if (StyledLetters.SmallCapital(text[index]) is { } small)
        {
            traits |= EvasionTraits.FullWidthOrStyled;
            wordHasLatin = true;
            folded.AddLetter(small, index);
            return;
        }
        var compatible = text.AsSpan(index, width).ToString().Normalize(NormalizationForm.FormKC);
        if (System.Text.Ascii.IsValid(compatible))
        {
            traits |= EvasionTraits.FullWidthOrStyled;
            foreach (var c in compatible)
            {
                wordHasLatin |= char.IsAsciiLetter(c);
                folded.AddAscii(text, index, c);
            }
            return;
        }

        // "ᶦ" and "ᵧ", the raised and lowered letters tiny text borrows where Latin has none, are a small capital "ɪ" and a
        // Greek "γ" once decomposed: they stand for the Latin letter they are drawn as.
        if (compatible.Length == 1 && compatible[0] != text[index] && (StyledLetters.SmallCapital(compatible[0]) ?? TinyGreekLetter(compatible[0])) is { } tiny)
        {
            traits |= EvasionTraits.FullWidthOrStyled;
            wordHasLatin = true;
            folded.AddLetter(tiny, index);
            return;
        }

        // Accented Latin letters fold to their base letter; other scripts stay as they are, lowercased.
        var decomposed = compatible.Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 0 && (char.IsAsciiLetter(decomposed[0]) || StrokedLetter(decomposed[0]) is not null))
        {
            wordHasLatin = true;
            folded.AddLetter(StrokedLetter(decomposed[0]) ?? char.ToLowerInvariant(decomposed[0]), index);
            return;
        }
        foreach (var c in compatible)
        {
            folded.AddLetter(char.ToLowerInvariant(c), index);
        }
    }

    /// <summary>The Greek letters that Unicode's raised and lowered forms give for the Latin ones it lacks ("ᵧ" for "y").</summary>
    private static char? TinyGreekLetter(char c) => c switch
    {
        'γ' => 'y',
        'β' => 'b',
        'ρ' => 'p',
        'χ' => 'x',
        'ι' => 'i',
        _ => null,
    };

    /// <summary>Latin letters drawn with a stroke, which Unicode does not decompose ("głupi", "Søren", "đak").</summary>
    private static char? StrokedLetter(char c) => c switch
    {
        'ł' or 'Ł' => 'l',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ħ' or 'Ħ' => 'h',
        'ı' => 'i',
        _ => null,
    };

    private static bool IsCombiningMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    // The accents of U+0300–U+0331 are how languages are typed (decomposed, as some keyboards send them); the overlays,
    // underlines and marks beyond them draw over a letter to hide it.
    private static bool StylesTheLetter(int value) => value is not (>= 0x0300 and <= 0x0331);

    /// <summary>
    /// "✌️", "❤️", "👨‍👩‍👧": the presentation selector and the joiner after a symbol are how an emoji is typed, not letters
    /// hidden; after a letter or a digit they hide a word's seams.
    /// </summary>
    private static bool JoinsAnEmoji(string text, int i, int value) =>
        value is 0xFE0F or 0xFE0E or 0x200D && i > 0 && !char.IsLetterOrDigit(text[i - 1]) && !char.IsWhiteSpace(text[i - 1]);

    /// <summary>Characters that render as nothing (zero-width, direction marks, variation selectors, tag characters).</summary>
    public static bool IsInvisible(Rune rune)
    {
        var value = rune.Value;
        return value is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x180E or 0x3164 or 0xFFA0
            or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
            or 0xFEFF or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF)
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;
    }

    /// <summary>
    /// Rejoins split letters, undoes leetspeak and squeezes letter runs. It reads a copy of the folded text: a clause end
    /// written as " | " can be longer than what it replaces ("note:i"), so writing in place would overwrite unread letters.
    /// </summary>
    private static int Postprocess(string source, char[] text, int[] origin, int length, int maxLetterRun, ref EvasionTraits traits)
    {
        length = RejoinSplitLetters(source, text, origin, length, ref traits);
        length = TokenRepairs.RepairDespaced(source, text, origin, length);
        var leetMessage = HasLeetWord(text.AsSpan(0, length));
        var folded = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        var foldedOrigin = System.Buffers.ArrayPool<int>.Shared.Rent(length);
        try
        {
            text.AsSpan(0, length).CopyTo(folded);
            origin.AsSpan(0, length).CopyTo(foldedOrigin);
            length = Squeeze(folded, foldedOrigin, length, text, origin, maxLetterRun, leetMessage, ref traits);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(folded);
            System.Buffers.ArrayPool<int>.Shared.Return(foldedOrigin);
        }
        length = TokenRepairs.Repair(text, origin, length, keepDoubles: maxLetterRun > 1);
        return TokenRepairs.ExpandShorthand(text, origin, length, keepDoubles: maxLetterRun > 1);
    }

    private static int Squeeze(char[] source, int[] sourceOrigin, int length, char[] text, int[] origin, int maxLetterRun, bool leetMessage, ref EvasionTraits traits)
    {

        var write = 0;
        var i = 0;
        while (i < length)
        {
            if (source[i] is Separator or Boundary)
            {
                // One separator between tokens; a boundary wins over a plain space.
                var boundary = false;
                var start = i;
                while (i < length && source[i] is Separator or Boundary)
                {
                    boundary |= source[i] == Boundary;
                    i++;
                }
                if (write > 0 && i < length && write + 3 <= text.Length)
                {
                    if (boundary)
                    {
                        origin[write] = sourceOrigin[start];
                        text[write++] = Separator;
                        origin[write] = sourceOrigin[start];
                        text[write++] = Boundary;
                    }
                    origin[write] = sourceOrigin[start];
                    text[write++] = Separator;
                }
                continue;
            }

            var tokenStart = i;
            var hasLetter = false;
            var hasLeet = false;
            while (i < length)
            {
                var c = source[i];
                if (c is Separator or Boundary)
                {
                    break;
                }
                if (char.IsAsciiLetterLower(c))
                {
                    hasLetter = true;
                }
                else
                {
                    hasLetter |= c > 0x7F && char.IsLetter(c);
                    hasLeet |= IsLeet(c);
                }
                i++;
            }
            // In a message already written in leetspeak, short all-digit words are words too: "1" is "I", "70" is "to"; but
            // "t00k 40 tyl3nol" keeps its count, since "40" read as letters is no word.
            var token = source.AsSpan(tokenStart, i - tokenStart);
            if (hasLeet && IsHandleOrAddress(token, source, i, length) && (token.Length > MaxWordLength || !FoldsToAWord(token)))
            {
                hasLeet = token.ContainsAny(LeetExceptAt);
            }
            var fold = hasLeet && !IsNumeral(token) && (hasLetter || (leetMessage && token.Length <= 3 && IsDigits(token) && FoldsToAWord(token)));
            if (fold)
            {
                traits |= EvasionTraits.Leetspeak;
            }

            var run = 0;
            var tokenRunLimit = maxLetterRun == 1 && !fold && KeptDoubled.Contains(token) ? 2 : maxLetterRun;
            var runLimit = tokenRunLimit;
            var previous = write > 0 ? text[write - 1] : Separator;
            // A text folded to more than the buffer holds (ligatures expand) is cut, never written past the end.
            for (var j = tokenStart; j < i && write < text.Length; j++)
            {
                var c = fold ? FoldLeet(source[j]) : source[j];
                if (c == '@' && j > tokenStart && previous != Separator)
                {
                    // "jo@example": an address's name and domain stay two words.
                    origin[write] = sourceOrigin[j];
                    text[write++] = previous = Separator;
                    run = 0;
                    continue;
                }
                if (c is '@' or '$' or '!')
                {
                    continue;
                }
                if (c == previous && (char.IsAsciiLetterLower(c) || (c > 0x7F && char.IsLetter(c))))
                {
                    // Squeezed: "kiiiill" and "kill" both become "kil"; the lexicon is squeezed the same way.
                    if (++run == 2)
                    {
                        traits |= EvasionTraits.RepeatedCharacters;
                    }
                    if (run >= runLimit)
                    {
                        continue;
                    }
                    origin[write] = sourceOrigin[j];
                    text[write++] = c;
                    continue;
                }
                run = 0;
                // For a reader of words, a letter stretched to three or more is one ("waaay" is "way"); two stay two
                // ("sorry", "sleepy").
                runLimit = maxLetterRun > 1 && RunLength(source, j, i, fold) >= 3 ? 1 : tokenRunLimit;
                previous = c;
                origin[write] = sourceOrigin[j];
                text[write++] = c;
            }
        }
        while (write > 0 && text[write - 1] is Separator or Boundary)
        {
            write--;
        }
        return write;
    }

    /// <summary>How many times the (folded) character at <paramref name="from"/> repeats from there within the token.</summary>
    private static int RunLength(ReadOnlySpan<char> source, int from, int end, bool fold)
    {
        var c = fold ? FoldLeet(source[from]) : source[from];
        var length = 1;
        while (from + length < end && (fold ? FoldLeet(source[from + length]) : source[from + length]) == c)
        {
            length++;
        }
        return length;
    }

    private static readonly System.Buffers.SearchValues<char> LeetDigits = System.Buffers.SearchValues.Create("0134578");

    /// <summary>Whether some word mixes letters with leetspeak digits ("h0w", "k1ll").</summary>
    private static bool HasLeetWord(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(LeetDigits);
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && !IsGap(text[start - 1]))
            {
                start--;
            }
            var end = at;
            while (end < text.Length && !IsGap(text[end]))
            {
                end++;
            }
            if (!IsNumeral(text[start..end]))
            {
                foreach (var c in text[start..end])
                {
                    if (char.IsLetter(c))
                    {
                        return true;
                    }
                }
            }
            var next = text[end..].IndexOfAny(LeetDigits);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumeralSuffixes =
        new[] { "s", "k", "g", "d", "x", "am", "pm", "km", "kg", "mb", "gb", "tb", "mm", "cm", "ml", "mg", "ft", "lb", "lbs", "oz", "yo", "hr", "hrs", "yr", "yrs", "mph", "min", "mins" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of one digit and a letter that are words, not leetspeak ("3D printer", "5G", "4K", "2FA").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DigitWords =
        new[] { "2d", "3d", "4d", "4k", "8k", "3g", "4g", "5g", "2fa" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A number with a unit or ending ("1930s", "90s", "21st", "10am", "3rd"): two digits or more then a known suffix, or
    /// an ordinal; never a word in leetspeak ("4ss" ends in no such suffix, "k1ll" starts with a letter, "0k" is "ok").
    /// </summary>
    private static bool IsNumeral(ReadOnlySpan<char> token)
    {
        if (DigitWords.Contains(token))
        {
            return true;
        }
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits == token.Length)
        {
            return false;
        }
        var suffix = token[digits..];
        if (suffix is "st" or "nd" or "rd" or "th")
        {
            // An ordinal only with its own ending: "3rd", "21st", "12th"; "3nd" is "end", "53nd" is "send".
            return suffix.SequenceEqual(OrdinalEnding(token[..digits]));
        }
        // One digit and a letter is as often a word ("1s", "0k", "4d"); one digit and a unit of two letters is not ("5pm").
        return (digits > 1 || suffix.Length > 1) && NumeralSuffixes.Contains(suffix);
    }

    private static string OrdinalEnding(ReadOnlySpan<char> digits)
    {
        var tens = digits.Length > 1 ? digits[^2] : '0';
        return tens == '1' ? "th" : digits[^1] switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
    }

    private static bool IsDigits(ReadOnlySpan<char> token) => !token.ContainsAnyExceptInRange('0', '9');

    /// <summary>"k i l l", "k.i.l.l", "k-i-l-l": three or more single letters in a row become one word.</summary>
    private static int RejoinSplitLetters(string source, char[] text, int[] origin, int length, ref EvasionTraits traits)
    {
        var write = 0;
        var i = 0;
        // The text is rewritten in place: whether the character before i was an apostrophe inside a word is remembered.
        var afterSoftInWord = false;
        var softGaps = 0;
        while (i < length)
        {
            // The letter after an apostrophe ends its word ("don't", "I'll"): it does not open a run of spaced letters,
            // or "don't w r i t e" would read "don twrite".
            var atWordStart = i == 0 || (IsGap(text[i - 1]) && !afterSoftInWord);
            var (runEnd, letters, soft) = atWordStart && IsWordChar(text[i]) ? SingleLetterRun(text, length, i) : (i, 0, false);
            // "y.o.u.'.r.e", "w.e.'.r.e": letters before or after a spelled-out apostrophe (three soft separators in a row)
            // are a word however few they are, as "we" and "re" are in "we're".
            // "u r a joke", "r u a bot": three spaced letters that spell no word are chat shorthand, each a word of its own.
            var shorthand = letters == 3 && !soft && !SplitLetterWords.IsWord(text, i, runEnd - 1);
            if ((letters >= 3 && !shorthand) || (letters == 2 && soft && (softGaps >= 3 || SpelledApostropheAt(text, runEnd, length))))
            {
                var first = i;
                var last = runEnd - 1;
                if (!soft && letters > 3 && !SplitLetterWords.IsWord(text, first, last))
                {
                    // Spaced letters swallow the neighbouring words "a" and "I": "do i k i l l a person"; not when they
                    // spell a word with them ("an i d i o t", "a u t i s m").
                    if (text[first] is 'a' or 'i') { first += 2; }
                    if (text[last] is 'a' or 'i') { last -= 2; }
                }
                for (var j = i; j < first; j++) { origin[write] = origin[j]; text[write++] = text[j]; }
                traits |= EvasionTraits.SplitLetters;
                // A whole sentence spaced out letter by letter joins into one run: cut it where the lexicon's words end
                // ("h o w d o i k i l l" reads "how do i kill", not "howdoikill"). Letters joined by dots are one word.
                var cuts = soft ? null : SplitLetterWords.Cuts(text, first, last);
                var letterIndex = 0;
                for (var j = first; j <= last; j++)
                {
                    if (IsGap(text[j]))
                    {
                        continue;
                    }
                    if (cuts is not null && letterIndex > 0 && cuts.Contains(letterIndex))
                    {
                        origin[write] = origin[j - 1];
                        text[write++] = Separator;
                    }
                    origin[write] = origin[j];
                    text[write++] = text[j];
                    letterIndex++;
                }
                for (var j = last + 1; j < runEnd; j++) { origin[write] = origin[j]; text[write++] = text[j]; }
                i = runEnd;
                // "t.o.n.i.g.h.t., thanks", "the u.s.a. is big": the dot after the last letter is the run's own, not a full stop.
                if (soft && i < length && !IsWordChar(text[i]) && source[origin[i]] == '.' && (i + 1 == length || text[i + 1] != SoftSeparator))
                {
                    i++;
                }
                afterSoftInWord = false;
                softGaps = 0;
                continue;
            }
            if (text[i] == SoftSeparator && source[origin[i]] is '-' or '_' or '.'
                && JoinedWord(text, write, i, length, anyWord: source[origin[i]] != '.') is var joined and not JoinedKind.None)
            {
                // A word of abuse split is a disguise; "step-mother" read as "stepmother" is only spelling.
                traits |= joined == JoinedKind.Abuse ? EvasionTraits.SplitLetters : EvasionTraits.None;
                i++;
                continue;
            }
            // Only a space the user typed: a gap the folding put in ("you🤡" reads "you clown") points past it or at a symbol.
            if (text[i] == Separator && origin[i] < source.Length && source[origin[i]] == ' ' && SplitBySpace(source, text, origin, write, i, length))
            {
                traits |= EvasionTraits.SplitLetters;
                i++;
                continue;
            }
            afterSoftInWord = text[i] == SoftSeparator && i > 0 && IsWordChar(text[i - 1]);
            softGaps = text[i] == SoftSeparator ? softGaps + 1 : 0;
            origin[write] = origin[i];
            text[write++] = text[i] == SoftSeparator ? Separator : text[i];
            i++;
        }
        return write;
    }

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> AbusiveWords =
        new(() => LexiconWords.AbusiveWords.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>What two pieces a dash, underscore or dot split make when joined (<see cref="JoinedWord"/>).</summary>
    private enum JoinedKind
    {
        None,
        Word,
        Abuse,
    }

    /// <summary>
    /// "id-iot", "stu_pid", "bull.shit", "conver-sation", "tha_nks": one dash or underscore splitting a word into two
    /// pieces of letters, or a dot splitting a word of abuse (a dot between words more often ends a sentence typed without
    /// its space: "die.tonight"). The separator at <paramref name="at"/> joins the word written before it (ending at
    /// <paramref name="written"/>) to the one after it when the two make a word of the lexicon or everyday English (with
    /// <paramref name="anyWord"/>) or a one-word entry of the profanity or insult files; "well-known" stays two words, and
    /// an apostrophe is the language's own ("he'll" is not "hell").
    /// </summary>
    private static JoinedKind JoinedWord(char[] text, int written, int at, int length, bool anyWord)
    {
        var before = written;
        while (before > 0 && char.IsAsciiLetterLower(text[before - 1]))
        {
            before--;
        }
        var after = at + 1;
        while (after < length && char.IsAsciiLetterLower(text[after]))
        {
            after++;
        }
        var left = written - before;
        var right = after - at - 1;
        if (left < 2 || right < 2 || left + right > MaxWordLength || (before > 0 && !IsGap(text[before - 1])) || (after < length && !IsGap(text[after])))
        {
            return JoinedKind.None;
        }
        Span<char> word = stackalloc char[left + right];
        text.AsSpan(before, left).CopyTo(word);
        text.AsSpan(at + 1, right).CopyTo(word[left..]);
        return AbusiveWords.Value.Contains(word) ? (anyWord && IsCompoundOfWords(text.AsSpan(before, left), text.AsSpan(at + 1, right)) ? JoinedKind.Word : JoinedKind.Abuse)
            : anyWord && RunTogetherSentences.IsKnownWord(word) ? JoinedKind.Word
            : JoinedKind.None;
    }

    // Single letters that are words of their own, never a piece of a split word: "a", "I", "u" (you).
    private static bool IsLoneWordLetter(ReadOnlySpan<char> piece) => piece is "a" or "i" or "u";

    /// <summary>
    /// "you are an idi ot", "stu pid bot", "f uck you", "a moro n": a space typed inside a word of abuse. The space at
    /// <paramref name="at"/> joins the piece written before it to the one after when the two make a one-word entry of the
    /// profanity or insult files and not both are words ("worth less", "pen is" stay apart), nor is either a lone letter
    /// that is a word ("a ss") or a contraction's ending (the "t" of "isn't", "ain't").
    /// </summary>
    private static bool SplitBySpace(string source, char[] text, int[] origin, int written, int at, int length)
    {
        var before = written;
        while (before > 0 && char.IsAsciiLetterLower(text[before - 1]))
        {
            before--;
        }
        // The piece after an apostrophe is a contraction's own ending ("…n't", "…'ll"), not half a word.
        if (before > 0 && origin[before - 1] < source.Length && source[origin[before - 1]] is '\'' or '\u2019')
        {
            return false;
        }
        var after = at + 1;
        while (after < length && char.IsAsciiLetterLower(text[after]))
        {
            after++;
        }
        var left = text.AsSpan(before, written - before);
        var right = text.AsSpan(at + 1, after - at - 1);
        if (left.IsEmpty || right.IsEmpty || left.Length + right.Length is < MinSplitWord or > MaxWordLength
            || (before > 0 && !IsGap(text[before - 1])) || (after < length && !IsGap(text[after])) || IsLoneWordLetter(left) || IsLoneWordLetter(right))
        {
            return false;
        }
        Span<char> word = stackalloc char[left.Length + right.Length];
        left.CopyTo(word);
        right.CopyTo(word[left.Length..]);
        // Almost no pair of words makes a word of abuse: the look-up comes first, the two words' only after.
        return AbusiveWords.Value.Contains(word) && !(IsAnyWord(left) && IsAnyWord(right));
    }

    // "Bull shit", "nut case", "towel head": a compound spelt as two words of its own is spelling, not a disguise.
    private static bool IsAnyWord(ReadOnlySpan<char> piece) => RunTogetherSentences.IsKnownWord(piece) || EnglishWords.Knows(piece, squeezed: false);

    // Shorter words of abuse are too easily made of two pieces of ordinary text ("ho e").
    private const int MinSplitWord = 4;

    // "Dim-witted", "brain-dead": a word of abuse spelt with its dash between two words of three letters or more is the
    // compound's own spelling, not a disguise; "id-iot" and "stu-pid" split it where no word ends.
    private const int CompoundPieceLetters = 3;

    private static bool IsCompoundOfWords(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        left.Length >= CompoundPieceLetters && right.Length >= CompoundPieceLetters
        && RunTogetherSentences.IsKnownWord(left) && RunTogetherSentences.IsKnownWord(right);

    /// <summary>A run of single characters each followed by one gap of the same kind: (end, letters, joined by soft gaps).</summary>
    private static (int End, int Letters, bool Soft) SingleLetterRun(char[] text, int length, int start)
    {
        var letters = 0;
        var i = start;
        char? gapKind = null;
        while (i < length && IsWordChar(text[i]) && (i + 1 == length || IsGap(text[i + 1])))
        {
            letters++;
            var gap = i + 1;
            if (gap + 1 < length && text[gap] is Separator or SoftSeparator && (gapKind is null || gapKind == text[gap])
                && IsWordChar(text[gap + 1]) && (gap + 2 == length || IsGap(text[gap + 2])))
            {
                gapKind = text[gap];
                i = gap + 1;
                continue;
            }
            i = gap;
            break;
        }
        return (i, letters, gapKind == SoftSeparator);
    }

    private static bool IsGap(char c) => c is Separator or Boundary or SoftSeparator;

    private static bool SpelledApostropheAt(char[] text, int at, int length) =>
        at + 2 < length && text[at] == SoftSeparator && text[at + 1] == SoftSeparator && text[at + 2] == SoftSeparator;

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> KnownWords =
        new(() => LexiconWords.All.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether a short all-digit word read as letters is a word the lexicon knows ("70" → "to", not "40" → "ao").</summary>
    private static bool FoldsToAWord(ReadOnlySpan<char> digits)
    {
        Span<char> word = stackalloc char[digits.Length];
        for (var k = 0; k < digits.Length; k++)
        {
            word[k] = FoldLeet(digits[k]);
        }
        return KnownWords.Value.Contains(word);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || IsLeet(c);

    // Longer than any word the lexicon holds: never folded into one, and never copied onto the stack to find out.
    private const int MaxWordLength = 32;

    private static readonly System.Buffers.SearchValues<char> LeetExceptAt = System.Buffers.SearchValues.Create("01345789$!");

    /// <summary>
    /// "@user", "bob@example.com" (its dot already a space: the domain is the word after the token, which ends at
    /// <paramref name="end"/>): an "@" that opens a handle or joins a name to a domain is not an "a" in disguise, so a
    /// message that names someone is not an evasion; "@ss" folds to a word the lexicon knows and stays leetspeak, and
    /// "sk@nks" joins no domain.
    /// </summary>
    private static bool IsHandleOrAddress(ReadOnlySpan<char> token, char[] source, int end, int length)
    {
        var at = token.IndexOf('@');
        if (at < 0 || at == token.Length - 1 || !char.IsAsciiLetterOrDigit(token[at + 1]))
        {
            return false;
        }
        return at == 0 || TopLevelDomains.Contains(NextToken(source, end, length));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        new[] { "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "ca", "au", "info", "me" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word after the separator at <paramref name="end"/>, empty at a boundary or the end of the text.</summary>
    private static ReadOnlySpan<char> NextToken(char[] source, int end, int length)
    {
        if (end + 1 >= length || source[end] != Separator)
        {
            return [];
        }
        var stop = end + 1;
        while (stop < length && source[stop] is not (Separator or Boundary))
        {
            stop++;
        }
        return source.AsSpan(end + 1, stop - end - 1);
    }

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '8' or '9' or '@' or '$' or '!';

    /// <summary>The letter a leet digit or sign stands for; any other character as it is.</summary>
    internal static char FoldLeet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        _ => c,
    };

    /// <summary>Writes folded characters with the original index each came from.</summary>
    private ref struct Folder(char[] text, int[] origin, int length = 0)
    {
        private readonly char[] text = text;
        private readonly int[] origin = origin;

        public int Length { get; private set; } = length;

        public void AddLetter(char c, int originalIndex)
        {
            if (Length < text.Length)
            {
                origin[Length] = originalIndex;
                text[Length++] = c;
            }
        }

        public void AddSeparator(int originalIndex) => AddLetter(Separator, originalIndex);

        /// <summary>
        /// A word that one symbol of <paramref name="width"/> characters stands for, set off from what is beside it, each
        /// letter pointing at the symbol and the separator after it past the symbol, so a highlight of the word is the symbol.
        /// </summary>
        public void AddWord(string word, int originalIndex, int width)
        {
            if (Length > 0 && text[Length - 1] != Separator)
            {
                AddSeparator(originalIndex);
            }
            foreach (var c in word)
            {
                AddLetter(c, originalIndex);
            }
            AddSeparator(originalIndex + width);
        }

        /// <summary>Ends in a Latin letter or a digit: a leet letter ("0" for "o") takes a strike like any other.</summary>
        public readonly bool EndsInLatinLetterOrDigit => Length > 0 && (char.IsAsciiLetterLower(text[Length - 1]) || char.IsAsciiDigit(text[Length - 1]));

        public void AddAscii(string source, int index, char c)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                AddLetter((char)(c | 0x20), index);
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                AddLetter(c, index);
            }
            else if (c is '@' or '$')
            {
                AddLetter(c, index);
            }
            else if ((c is '.' or '!' or '-' or '_' or '*' or '\'' && InsideWord(source, index)) || IsWithoutSlash(source, index))
            {
                // Inside a word: "k.i.l.l" splits letters, "k!ll" is leetspeak — neither ends a sentence. An apostrophe
                // is soft too, so "I'm a" stays three words: a run of single letters joins only across one kind of gap.
                AddLetter(c == '!' ? '!' : SoftSeparator, index);
            }
            else if (c == ':' && IsTimeColon(source, index))
            {
                AddSeparator(index);
            }
            else if (c is '.' or '?' or '!' or ';' or ':' or '\n')
            {
                AddLetter(Boundary, index);
            }
            else
            {
                AddLetter(Separator, index);
            }
        }

    }

    /// <summary>"The 6:15 train": a colon between digits is a time's, not the end of a clause.</summary>
    private static bool IsTimeColon(string source, int index) =>
        index > 0 && index + 1 < source.Length && char.IsAsciiDigit(source[index - 1]) && char.IsAsciiDigit(source[index + 1]);

    /// <summary>
    /// The slash of "w/o" ("without"), soft like an apostrophe so its two letters never join a run of spaced letters ("w/o a
    /// key" is not "woa key"); <see cref="TokenRepairs.ExpandShorthand"/> writes it out.
    /// </summary>
    private static bool IsWithoutSlash(string source, int index) =>
        source[index] == '/' && index > 0 && index + 1 < source.Length && source[index - 1] is 'w' or 'W' && source[index + 1] is 'o' or 'O'
        && (index < 2 || !char.IsLetterOrDigit(source[index - 2])) && (index + 2 >= source.Length || !char.IsLetterOrDigit(source[index + 2]));

    private static bool IsWordMark(char c) => c is '.' or '!' or '-' or '_' or '*' or '\'';

    /// <summary>
    /// Whether the mark at <paramref name="index"/> sits inside a word: between two letters or digits ("k.i.l.l",
    /// "I'm"), or in a run of up to three marks holding an apostrophe between them ("w.e.'.r.e", "that.'.s"), which
    /// splitting letters around a contraction makes. A run of dots alone ("really...no") still ends a sentence.
    /// </summary>
    private static bool InsideWord(string source, int index)
    {
        if (index > 0 && index + 1 < source.Length && char.IsLetterOrDigit(source[index - 1]) && char.IsLetterOrDigit(source[index + 1]))
        {
            return true;
        }
        var left = index;
        while (left > 0 && index - left < 2 && IsWordMark(source[left - 1]))
        {
            left--;
        }
        var right = index;
        while (right + 1 < source.Length && right - left < 2 && IsWordMark(source[right + 1]))
        {
            right++;
        }
        return left > 0 && right + 1 < source.Length && char.IsLetterOrDigit(source[left - 1]) && char.IsLetterOrDigit(source[right + 1])
            && source.AsSpan(left, right - left + 1).Contains('\'');
    }
}
