using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Tests.Semantic;

public sealed class SemanticModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("semantic-model-").FullName;
    private readonly SemanticModel model = new FixedEncoder("calm", "rude", "bye").ModelFor(SemanticLabels.Benign, SemanticLabels.Harassment, SemanticLabels.EndRequest);

    [Fact]
    public void A_saved_model_loads_with_its_version_weights_and_thresholds()
    {
        var path = Path.Combine(folder, "model.json");
        model.Save(path);

        var loaded = SemanticModel.Load(path);

        Assert.Equal("test-model-1", loaded.Version);
        Assert.Equal(model.Labels.ToArray(), loaded.Labels.ToArray());
        Assert.Equal(model.Weights[1].ToArray(), loaded.Weights[1].ToArray());
        Assert.Equal(0.6, loaded.Thresholds[SemanticLabels.Harassment]);
        Assert.Equal(model.Predict([0, 1, 0]), loaded.Predict([0, 1, 0]));
    }

    [Fact]
    public void A_missing_file_is_refused_in_one_line_naming_it()
    {
        var path = Path.Combine(folder, "absent.json");

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_edited_weight_is_caught_by_the_checksum()
    {
        var path = Path.Combine(folder, "model.json");
        model.Save(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("10", "11", StringComparison.Ordinal));

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Load(path));

        Assert.Contains("checksum", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_truncated_file_is_refused_as_invalid_json()
    {
        var path = Path.Combine(folder, "model.json");
        File.WriteAllText(path, model.ToFileText()[..100]);

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Load(path));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void A_model_whose_rows_do_not_match_its_dimensions_is_refused()
    {
        var broken = model with { Dimensions = 5 };

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Parse(broken.ToFileText(), "inline"));

        Assert.Contains("weights must be 3 rows of 5", error.Message);
    }

    [Fact]
    public void A_suspicion_threshold_above_its_threshold_is_refused()
    {
        var label = model.Thresholds.Keys.First();
        var broken = model with { SuspicionThresholds = model.Thresholds.Clear().Add(label, Math.Min(0.999, model.Thresholds[label] + 0.1)) };

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Parse(broken.ToFileText(), "inline"));

        Assert.Contains($"suspicion threshold for '{label}' must not exceed its threshold", error.Message);
    }

    [Fact]
    public void A_model_trained_on_another_encoder_is_refused_by_the_stage()
    {
        var other = model with { Encoder = "some-other-encoder/2" };

        var error = Assert.Throws<ArgumentException>(() => new SemanticStage(new FixedEncoder("calm", "rude", "bye"), other));

        Assert.Contains("some-other-encoder/2", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
