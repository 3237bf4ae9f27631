using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Tests.Semantic;

public sealed class SemanticNeighboursTests
{
    // Three labels over three dimensions; the heads alone read every vector as "calm" (label 0).
    private static readonly string[] Labels = [SemanticLabels.Benign, SemanticLabels.Harassment, SemanticLabels.EndRequest];

    private static SemanticModel ModelWith(SemanticNeighbours? neighbours) =>
        new FixedEncoder("calm", "rude", "bye").ModelFor(Labels) with
        {
            Weights = [[5f, 5f, 5f], [0f, 0f, 0f], [0f, 0f, 0f]],
            Neighbours = neighbours,
        };

    private static float[] Unit(params float[] v)
    {
        var length = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / length)];
    }

    // Two harassment examples from one source near (0.1, 1, 0), and ten benign ones from another near (1, 0, 0).
    private static SemanticNeighbours Neighbours(int k = 3) => SemanticNeighbours.Create(
        [Unit(0.1f, 1, 0), Unit(0.2f, 1, 0), .. Enumerable.Range(0, 10).Select(i => Unit(1, 0.01f * i, 0))],
        [1, 1, .. Enumerable.Repeat(0, 10)],
        ["convabuse", "convabuse", .. Enumerable.Repeat("tweets", 10)],
        k, temperature: 20, weight: 0.5);

    [Fact]
    public void A_message_beside_labelled_insults_gets_their_label_where_the_heads_miss_it()
    {
        var message = Unit(0, 1, 0.1f);

        var headsAlone = ModelWith(null).Predict(message);
        var withNeighbours = ModelWith(Neighbours()).Predict(message);

        Assert.True(headsAlone[1] < 0.01, $"heads alone: {headsAlone[1]}");
        Assert.True(withNeighbours[1] > 0.45, $"with neighbours: {withNeighbours[1]}");
        Assert.Equal(1, withNeighbours.Sum(), 3);
    }

    [Fact]
    public void Each_label_votes_by_its_share_so_a_large_corpus_does_not_win_by_number()
    {
        // Between two insults and ten benign texts, all twelve among the nearest and the insults a little closer:
        // counted by head the ten benign texts would outvote them (≈0.6 to 0.4); divided by each label's size, the insults win.
        var votes = Neighbours(k: 12).Vote(Unit(1, 1, 0), Labels.Length);

        Assert.True(votes[1] > 0.7, $"harassment's share: {votes[1]}");
    }

    [Fact]
    public void A_source_held_out_does_not_vote()
    {
        var message = Unit(0, 1, 0.1f);

        var votes = (Neighbours() with { ExcludedSource = "convabuse" }).Vote(message, Labels.Length);

        Assert.Equal(0, votes[1]);
        Assert.Equal(1, votes[0], 3);
    }

    [Fact]
    public void A_saved_model_votes_the_same_after_loading()
    {
        var model = ModelWith(Neighbours());
        var message = Unit(0.3f, 1, 0.2f);

        var loaded = SemanticModel.Parse(model.ToFileText(), "inline");

        Assert.Equal(12, loaded.Neighbours!.Count);
        Assert.Equal(model.Predict(message), loaded.Predict(message));
    }

    [Fact]
    public void Neighbours_whose_vectors_do_not_match_the_dimensions_are_refused_at_load()
    {
        var broken = ModelWith(Neighbours() with { Vectors = Convert.ToBase64String(new byte[7]) });

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Parse(broken.ToFileText(), "model.json"));

        Assert.Contains("model.json", error.Message);
        Assert.Contains("neighbours: 12 labels need as many sources, 3 bytes of vector", error.Message);
    }

    [Fact]
    public void A_neighbour_label_past_the_model_labels_is_refused()
    {
        var broken = ModelWith(Neighbours() with { LabelIndexes = Convert.ToBase64String(Enumerable.Repeat((byte)7, 12).ToArray()) });

        var error = Assert.Throws<SemanticModelException>(() => SemanticModel.Parse(broken.ToFileText(), "model.json"));

        Assert.Contains("index points past its list", error.Message);
    }
}
