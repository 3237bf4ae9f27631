using System.Collections.Frozen;

namespace ReviewConsole.Engine.Signals;

/// <summary>Words that open a question ("what", "how", "can", "is"…): a clause that starts with one asks something.</summary>
internal static class QuestionWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        new[] { "what", "where", "which", "how", "who", "when", "why", "would", "will", "can", "could", "should", "is", "are", "does", "do", "did" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token is a question word.</summary>
    public static bool Opens(TokenView view, int token) => Openers.Contains(view.Text[view.Start(token)..view.End(token)]);
}
