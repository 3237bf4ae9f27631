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
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }
            var category = CategoryAt(highlights, index);
            var (mark, latin) = markEvasions ? CharacterMarks.Of(rune) : (CharacterMark.Plain, '\0');
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
                var code = "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
                segments.Add(mark == CharacterMark.Hidden
                    ? new TextSegment($"⟨{code}⟩", category, mark, $"Hidden character {code}")
                    : new TextSegment(text.Substring(index, consumed), category, mark, $"{code} looks like '{latin}'"));
            }
            index += consumed;
        }
        Flush(segments, run, runCategory);
        return segments;
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
