using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic;

namespace ReviewConsole.Cli;

/// <summary>Which semantic model a command uses: the shipped one, a file, or none (the rules alone).</summary>
internal sealed record ModelOption(string? Path)
{
    public static ModelOption Default { get; } = new(ShippedModel.DefaultPath);

    public static ModelOption RulesOnly { get; } = new((string?)null);

    /// <summary>Throws <see cref="ReviewConsole.Engine.Semantic.SemanticModelException"/> when the file cannot be used.</summary>
    public MessageAnalyzer OpenAnalyzer() => Path is null ? new MessageAnalyzer() : new MessageAnalyzer(semantic: ShippedModel.Open(Path));
}
