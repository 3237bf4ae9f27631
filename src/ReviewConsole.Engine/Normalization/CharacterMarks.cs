using System.Text;

namespace ReviewConsole.Engine.Normalization;

public enum CharacterMark
{
    Plain,
    /// <summary>Renders as nothing: zero-width, direction marks, variation selectors, tag characters.</summary>
    Hidden,
    /// <summary>A letter of another script that passes for a Latin one.</summary>
    Homoglyph,
    /// <summary>Full-width or mathematical styled letters that fold to plain ones.</summary>
    Styled,
}

/// <summary>What a single character is doing in a message, for showing a reviewer where the disguise is.</summary>
public static class CharacterMarks
{
    /// <summary>
    /// The mark of the character at <paramref name="index"/> of <paramref name="text"/>: as <see cref="Of(Rune)"/>, but a
    /// look-alike in a word of its own script ("тупой") is that script's letter, as the engine reads it.
    /// </summary>
    public static (CharacterMark Mark, char Latin) Of(string text, int index, Rune rune)
    {
        var mark = Of(rune);
        return mark.Mark == CharacterMark.Homoglyph && ConfusableFolder.StandsInItsOwnScript(text, index, out _) ? (CharacterMark.Plain, '\0') : mark;
    }

    public static (CharacterMark Mark, char Latin) Of(Rune rune)
    {
        if (TextNormalizer.IsInvisible(rune) || rune.Value is >= 0xE0000 and <= 0xE007F)
        {
            return (CharacterMark.Hidden, '\0');
        }
        if (rune.IsAscii)
        {
            return (CharacterMark.Plain, '\0');
        }
        if (ConfusableFolder.TryFold(rune.Value, out var latin))
        {
            return (CharacterMark.Homoglyph, latin);
        }
        if (rune.IsBmp && StyledLetters.SmallCapital((char)rune.Value) is { } small)
        {
            return (CharacterMark.Styled, small);
        }
        var compatible = rune.ToString().Normalize(NormalizationForm.FormKC);
        return compatible.Length == 1 && char.IsAsciiLetterOrDigit(compatible[0])
            ? (CharacterMark.Styled, compatible[0])
            : (CharacterMark.Plain, '\0');
    }
}
