namespace ReviewConsole.Engine.Evaluation;

public sealed record Turn(bool IsUser, string Text);

/// <summary>A conversation from a labelled data set, replayed through the engine as if live.</summary>
public sealed record LabelledConversation(string Id, string Label, IReadOnlyList<Turn> Turns, string? Evasion);
