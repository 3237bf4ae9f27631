using System.Globalization;
using System.Text;
using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Web.Features.Transcripts;

/// <summary>A run of a message's text that renders the same way. The text is rendered by Razor, so always encoded.</summary>
public sealed record TextSegment(string Text, string? Category, CharacterMark Mark, string? Title);

/// <summary>Cuts a message as the user typed it into runs: matched spans, and (when asked) hidden characters and homoglyphs.</summary>
public static class MessageSegments
{
    public static IReadOnlyList<TextSegment> Of(string text, IReadOnlyList<HighlightSpan> highlights, bool markEvasions)
    {
        if (highlights.Count == 0 && !markEvasions)
        {
            return [new TextSegment(text, null, CharacterMark.Plain, null)];
        }
        var segments = new List<TextSegment>();
        var run = new StringBuilder();
        string? runCategory = null;
        // Hidden characters in a row become one marker with their count, so a word salted with them stays readable.
        var hidden = new List<string>();
        string? hiddenCategory = null;
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }
            var category = CategoryAt(highlights, index);
            var (mark, latin) = markEvasions ? CharacterMarks.Of(text, index, rune) : (CharacterMark.Plain, '\0');
            if (mark == CharacterMark.Hidden)
            {
                Flush(segments, run, runCategory);
                hidden.Add(CodeOf(rune));
                hiddenCategory ??= category;
                index += consumed;
                continue;
            }
            FlushHidden(segments, hidden, hiddenCategory);
            hiddenCategory = null;
            if (mark != CharacterMark.Plain || category != runCategory)
            {
                Flush(segments, run, runCategory);
                runCategory = category;
            }
            if (mark == CharacterMark.Plain)
            {
                run.Append(text, index, consumed);
            }
            else
            {
                segments.Add(new TextSegment(text.Substring(index, consumed), category, mark, $"{CodeOf(rune)} looks like '{latin}'"));
            }
            index += consumed;
        }
        FlushHidden(segments, hidden, hiddenCategory);
        Flush(segments, run, runCategory);
        return segments;
    }

    private static string CodeOf(Rune rune) => "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>One marker for a run of hidden characters: "·" alone, "·3" for three, the codes in its title.</summary>
    private static void FlushHidden(List<TextSegment> segments, List<string> codes, string? category)
    {
        if (codes.Count == 0)
        {
            return;
        }
        var title = codes.Count == 1
            ? $"Hidden character {codes[0]}"
            : $"{codes.Count} hidden characters: {string.Join(' ', codes.Distinct())}";
        segments.Add(new TextSegment(codes.Count == 1 ? "·" : $"·{codes.Count}", category, CharacterMark.Hidden, title));
        codes.Clear();
    }

    private static string? CategoryAt(IReadOnlyList<HighlightSpan> highlights, int index)
    {
        foreach (var span in highlights)
        {
            if (index >= span.Start && index < span.End)
            {
                return span.Category;
            }
        }
        return null;
    }

    private static void Flush(List<TextSegment> segments, StringBuilder run, string? category)
    {
        if (run.Length > 0)
        {
            segments.Add(new TextSegment(run.ToString(), category, CharacterMark.Plain, null));
            run.Clear();
        }
    }
}
