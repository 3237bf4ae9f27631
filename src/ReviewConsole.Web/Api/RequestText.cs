using System.Globalization;

namespace ReviewConsole.Web.Api;

/// <summary>The checks every API request's ids, fingerprints and texts pass: length, control characters, broken Unicode, invisible characters.</summary>
public static class RequestText
{
    public const int MaxIdLength = 128;

    /// <summary>A description of the first control character or lone surrogate; null when the text is clean.</summary>
    public static string? FindInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"text has an unpaired surrogate (U+{(int)c:X4}) at position {i}: it is not valid Unicode.";
            }
            if (c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007F' and <= '\u009F'))
            {
                return $"text has the control character U+{(int)c:X4} at position {i}.";
            }
        }
        return null;
    }

    /// <summary>
    /// What is wrong with an id or fingerprint, or null. Reviewers read ids: besides control characters and broken
    /// Unicode, anything that changes how the id looks without being seen is refused — bidirectional controls
    /// ("x\u202Eevil" displays as "xlive"), zero-width and other format characters, line breaks and blank fillers.
    /// </summary>
    public static string? IdProblem(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"{field} is required." : null;
        }
        if (value.Length > MaxIdLength)
        {
            return $"{field} is {value.Length} characters; at most {MaxIdLength} are accepted.";
        }
        if (FindInvalidCharacter(value) is not null)
        {
            return $"{field} contains control characters or invalid Unicode.";
        }
        for (var i = 0; i < value.Length; i++)
        {
            var category = char.GetUnicodeCategory(value, i);
            var c = value[i];
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (char.IsWhiteSpace(c) && c != ' ') || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800')
            {
                return $"{field} contains an invisible or direction-changing character (U+{char.ConvertToUtf32(value, i):X4}) at position {i}.";
            }
            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }
        return null;
    }
}
