namespace ReviewConsole.Semantic.Training;

/// <summary>One labelled text. <paramref name="Source"/> groups examples for leave-one-source-out measurement.</summary>
public sealed record TrainingExample(string Text, string Label, string Source);
