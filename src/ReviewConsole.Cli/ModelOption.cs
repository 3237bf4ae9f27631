using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic;

namespace ReviewConsole.Cli;

/// <summary>Which semantic model a command uses: the shipped one, a file, or none (the rules alone).</summary>
/// <param name="Cascade">Let the model's gate choose what the encoder reads, as a server with Semantic:Cascade does.</param>
internal sealed record ModelOption(string? Path, bool Cascade = false)
{
    public static ModelOption Default { get; } = new(ShippedModel.DefaultPath);

    public static ModelOption RulesOnly { get; } = new((string?)null);

    /// <summary>Throws <see cref="ReviewConsole.Engine.Semantic.SemanticModelException"/> when the file cannot be used.</summary>
    public MessageAnalyzer OpenAnalyzer() => Path is null ? new MessageAnalyzer() : new MessageAnalyzer(semantic: ShippedModel.Open(Path, Cascade));
}
