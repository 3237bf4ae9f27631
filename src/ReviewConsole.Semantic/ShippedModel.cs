using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Semantic;

/// <summary>The model file that ships with the application, and opening a model with the encoder it names.</summary>
public static class ShippedModel
{
    public const string FileName = "semantic-model.json";

    /// <summary>Where the shipped model is copied beside the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", FileName);

    /// <summary>
    /// Loads the model file and opens its encoder. A missing or damaged file, or one trained on an encoder that is not
    /// shipped, throws <see cref="SemanticModelException"/> naming the file.
    /// </summary>
    public static SemanticStage Open(string? path = null, bool cascade = false)
    {
        var model = Load(path ?? DefaultPath);
        return new SemanticStage(PackagedEncoders.Open(model.Encoder), model, cascade);
    }

    /// <summary>Reads and checks a model file without opening its encoder: it must be whole and name a shipped encoder.</summary>
    public static SemanticModel Load(string path)
    {
        var model = SemanticModel.Load(path);
        return PackagedEncoders.Names.Contains(model.Encoder)
            ? model
            : throw new SemanticModelException(path, $"it was trained on the encoder '{model.Encoder}', which is not shipped ({string.Join(", ", PackagedEncoders.Names)})");
    }
}
