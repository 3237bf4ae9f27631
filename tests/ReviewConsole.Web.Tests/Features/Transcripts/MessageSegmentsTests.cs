using ReviewConsole.Engine.Normalization;
using ReviewConsole.Web.Features.Transcripts;

namespace ReviewConsole.Web.Tests.Features.Transcripts;

public sealed class MessageSegmentsTests
{
    private static string Words(IEnumerable<TextSegment> segments) =>
        string.Concat(segments.Where(s => s.Mark != CharacterMark.Hidden).Select(s => s.Text));

    [Fact]
    public void A_run_of_hidden_characters_is_one_marker_with_its_count_and_the_word_stays_whole()
    {
        var segments = MessageSegments.Of("k\u200B\u200C\u200Bill it", [], markEvasions: true);

        var marker = Assert.Single(segments, s => s.Mark == CharacterMark.Hidden);
        Assert.Equal("·3", marker.Text);
        Assert.Equal("3 hidden characters: U+200B U+200C", marker.Title);
        Assert.Equal("kill it", Words(segments));
    }

    [Fact]
    public void A_word_salted_between_every_letter_reads_as_the_word_with_small_markers()
    {
        var segments = MessageSegments.Of("s\u200Bt\u200Ba\u200Bb", [], markEvasions: true);

        Assert.Equal(3, segments.Count(s => s.Mark == CharacterMark.Hidden));
        Assert.All(segments.Where(s => s.Mark == CharacterMark.Hidden), s => Assert.Equal("·", s.Text));
        Assert.Equal("stab", Words(segments));
    }

    [Fact]
    public void A_look_alike_in_a_latin_word_is_marked_and_the_same_letter_in_a_russian_word_is_not()
    {
        // "kіll" with a Cyrillic "і", then "идиот", whose "и", "о" and "т" fold to Latin letters only in a disguise.
        var segments = MessageSegments.Of("k\u0456ll идиот", [], markEvasions: true);

        var marked = Assert.Single(segments, s => s.Mark == CharacterMark.Homoglyph);
        Assert.Equal("\u0456", marked.Text);
        Assert.Equal("U+0456 looks like 'i'", marked.Title);
    }

    [Fact]
    public void Without_evasion_marks_the_text_is_one_plain_run()
    {
        var segment = Assert.Single(MessageSegments.Of("a\u200Bb", [], markEvasions: false));

        Assert.Equal("a\u200Bb", segment.Text);
    }
}
