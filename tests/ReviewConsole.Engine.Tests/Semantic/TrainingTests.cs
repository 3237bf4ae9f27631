using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic;
using ReviewConsole.Semantic.Training;

namespace ReviewConsole.Engine.Tests.Semantic;

/// <summary>Training with the real packaged encoder on a tiny corpus, and the model that ships.</summary>
public sealed class TrainingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("semantic-train-").FullName;

    [Fact]
    public void The_template_corpus_is_the_same_on_every_run_and_covers_the_labels_the_corpora_lack()
    {
        var first = TemplateCorpus.Generate();
        var second = TemplateCorpus.Generate();

        Assert.Equal(first.Select(e => e.Text), second.Select(e => e.Text));
        foreach (var label in new[] { SemanticLabels.EndRequest, SemanticLabels.Crisis, SemanticLabels.SexualHarassment, SemanticLabels.UnsafeRequest, SemanticLabels.BenignSensitive })
        {
            Assert.True(first.Count(e => e.Label == label) >= 100, $"{label}: {first.Count(e => e.Label == label)}");
        }
        Assert.Equal([TemplateCorpus.SourceA, TemplateCorpus.SourceB, TemplateCorpus.SourceEveryday], first.Select(e => e.Source).Distinct().Order());
        Assert.DoesNotContain(TemplateCorpus.SourceEveryday, ModelTrainer.CalibrationSources);
    }

    [Fact]
    public void The_abusive_labels_summed_get_a_threshold_of_their_own_within_the_same_false_positive_budget()
    {
        // 100 benign texts of a calibration source, each read as much unsafe-request as harassment, 0 to 0.297 each.
        var examples = Enumerable.Range(0, 100).Select(i => new TrainingExample($"text {i}", SemanticLabels.Benign, "self-instruct")).ToList();
        var outOfSource = Enumerable.Range(0, 100).Select(i => new[] { 1 - 0.006f * i, 0.003f * i, 0.003f * i }).ToArray();

        var thresholds = ModelTrainer.ChooseThresholds([SemanticLabels.Benign, SemanticLabels.UnsafeRequest, SemanticLabels.Harassment], examples, outOfSource,
            new ModelTrainer.Calibration(BenignFalsePositive: 0.01, MinThreshold: 0.1));

        // 1% of 100: one text may pass, so each threshold sits just over the second highest score.
        Assert.Equal(0.2941, thresholds[SemanticLabels.UnsafeRequest], 3);
        Assert.Equal(0.2941, thresholds[SemanticLabels.Harassment], 3);
        Assert.Equal(0.5881, thresholds[SemanticLabels.AnyHarm], 3);
    }

    [Fact]
    public void A_training_file_with_an_unknown_label_is_refused_with_its_line()
    {
        var path = Path.Combine(folder, "bad.jsonl");
        File.WriteAllLines(path, ["{\"text\": \"hello\", \"label\": \"benign\"}", "{\"text\": \"x\", \"label\": \"rude\"}"]);

        var error = Assert.Throws<InvalidDataException>(() => TrainingCorpus.ReadTrainFile(path).ToList());

        Assert.Contains("bad.jsonl:2", error.Message);
        Assert.Contains("'rude'", error.Message);
    }

    [Fact]
    public void Train_on_a_tiny_corpus_writes_a_model_that_loads_and_reads_an_unseen_end_request()
    {
        var train = Path.Combine(folder, "data", "train");
        Directory.CreateDirectory(train);
        var templates = TemplateCorpus.Generate();
        void Write(string source, string label, int count) => File.WriteAllLines(Path.Combine(train, source + ".jsonl"),
            templates.Where(e => e.Label == label).Take(count).Select(e => System.Text.Json.JsonSerializer.Serialize(new { text = e.Text, label = e.Label })));
        Write("tiny-benign", SemanticLabels.Benign, 30);
        Write("tiny-end", SemanticLabels.EndRequest, 30);
        Write("tiny-insults", SemanticLabels.Harassment, 30);
        var examples = TrainingCorpus.Load(Path.Combine(folder, "data"), templates: false);
        var encoder = PackagedEncoders.Open("minilm");
        var trainer = new ModelTrainer(encoder, new EmbeddingCache(encoder, Path.Combine(folder, "cache.bin")));

        var result = trainer.Train(examples, "tiny-1");
        var path = Path.Combine(folder, "tiny.json");
        result.Model.Save(path);
        var stage = new SemanticStage(encoder, SemanticModel.Load(path));

        Assert.Equal(90, examples.Count);
        Assert.Equal(["tiny-benign", "tiny-end", "tiny-insults"], result.Folds.Keys.Order());
        Assert.Equal(SemanticLabels.EndRequest, stage.Score("could you please close our chat, I have to go").Top.Label);
        Assert.Equal(SemanticLabels.Harassment, stage.Score("you are a worthless heap of wires").Top.Label);
        Assert.True(File.Exists(Path.Combine(folder, "cache.bin")), "the vectors are cached for the next run");
        Assert.Equal(90, result.Model.Neighbours!.Count);
    }

    [Fact]
    public void Both_packaged_encoders_read_together_give_one_unit_vector_whose_halves_are_each_encoders()
    {
        using var both = PackagedEncoders.Open("minilm+arcticxs");
        using var miniLm = PackagedEncoders.Open("minilm");
        using var arctic = PackagedEncoders.Open("arcticxs");
        const string text = "please close this chat now";

        var joined = both.Encode([text])[0];
        var first = miniLm.Encode([text])[0];
        var second = arctic.Encode([text])[0];

        Assert.Equal(PackagedEncoders.Both, both.Name);
        Assert.Equal(768, joined.Length);
        Assert.Equal(1.0, Math.Sqrt(joined.Sum(v => (double)v * v)), 3);
        var scale = 1 / Math.Sqrt(2);
        Assert.All(Enumerable.Range(0, 384), d => Assert.Equal(first[d] * scale, joined[d], 4));
        Assert.All(Enumerable.Range(0, 384), d => Assert.Equal(second[d] * scale, joined[384 + d], 4));
        Assert.Equal("minilm+arcticxs", PackagedEncoders.ShortName(PackagedEncoders.Resolve("both")));
    }

    [Fact]
    public void Reviewers_examples_are_kept_first_among_the_neighbours_of_their_label()
    {
        var templates = TemplateCorpus.Generate();
        List<TrainingExample> examples =
        [
            .. templates.Where(e => e.Label == SemanticLabels.Benign).Take(20).Select(e => e with { Source = "public" }),
            .. templates.Where(e => e.Label == SemanticLabels.Harassment).Take(20).Select(e => e with { Source = "public" }),
            .. templates.Where(e => e.Label == SemanticLabels.Harassment).Skip(20).Take(3).Select(e => e with { Source = TrainingCorpus.ReviewerSource }),
        ];
        var encoder = PackagedEncoders.Open("minilm");
        var trainer = new ModelTrainer(encoder, new EmbeddingCache(encoder, null));

        var neighbours = trainer.Train(examples, "tiny-2", neighbourOptions: new ModelTrainer.NeighbourOptions(PerLabel: 3)).Model.Neighbours!;

        Assert.Equal(6, neighbours.Count);
        var sources = Convert.FromBase64String(neighbours.SourceIndexes).Select(i => neighbours.Sources[i]);
        var labels = Convert.FromBase64String(neighbours.LabelIndexes);
        Assert.All(sources.Zip(labels).Where(p => p.Second == 1), p => Assert.Equal(TrainingCorpus.ReviewerSource, p.First));
    }

    [Fact]
    public void A_gate_trained_without_one_template_half_passes_most_harm_of_that_half_and_skips_much_of_its_benign_text()
    {
        var templates = TemplateCorpus.Generate();

        var (gate, folds) = GateTrainer.Train(templates);
        var unseen = folds[TemplateCorpus.SourceB];
        var heldOut = templates.Where(e => e.Source == TemplateCorpus.SourceB).ToList();
        double Passed(IEnumerable<TrainingExample> examples) => examples.Average(e => unseen.Passes(SemanticStage.Prepare(e.Text)) ? 1.0 : 0.0);

        Assert.InRange(Passed(heldOut.Where(e => GateTrainer.IsPositive(e.Label))), 0.9, 1.0);
        Assert.InRange(Passed(heldOut.Where(e => e.Label == SemanticLabels.Benign)), 0.0, 0.6);
        Assert.InRange(gate.HeldOutRecall, 0.95, 1.0);
    }

    [Fact]
    public void The_shipped_model_loads_names_its_encoder_and_version()
    {
        var stage = ShippedModel.Open();

        Assert.Equal(PackagedEncoders.MiniLm, stage.Model.Encoder);
        Assert.StartsWith("minilm-", stage.Model.Version, StringComparison.Ordinal);
        Assert.All(stage.Model.Thresholds.Values, t => Assert.InRange(t, 0.3, 0.97));
        Assert.NotNull(stage.Model.Gate);
    }

    [Fact]
    public void With_the_shipped_model_a_crisis_said_indirectly_is_safeguarded_and_never_terminated()
    {
        var engine = new TerminationEngine(TerminationPolicy.Default, new MessageAnalyzer(semantic: ShippedModel.Open()));
        var state = ConversationState.New;
        var decisions = new List<Decision>();
        foreach (var message in new[]
        {
            "I finished every tablet in the bathroom cupboard a while ago and my eyes are getting heavy, please forgive me",
            "you pathetic useless machine", "you pathetic useless machine", "you pathetic useless machine", "you pathetic useless machine",
        })
        {
            var (decision, next) = engine.DecideUserMessage(state, message);
            decisions.Add(decision);
            state = next;
        }

        Assert.Equal(DecisionKind.Safeguard, decisions[0].Kind);
        Assert.DoesNotContain(decisions, d => d.Kind == DecisionKind.Terminate);
    }

    [Theory]
    [InlineData("please close the chat, I've paid off my debts and tomorrow I won't be around", DecisionKind.Safeguard)]
    [InlineData("close the chat please, I'm off to cook dinner for my kids", DecisionKind.Terminate)]
    [InlineData("close this chat please, I've had a long week and my back aches", DecisionKind.Terminate)]
    public void With_the_shipped_model_a_goodbye_note_beside_a_request_to_end_is_safeguarded_and_a_plain_reason_ends_it(string message, DecisionKind expected)
    {
        var engine = new TerminationEngine(TerminationPolicy.Default, new MessageAnalyzer(semantic: ShippedModel.Open()));

        var (decision, _) = engine.DecideUserMessage(ConversationState.New, message);

        Assert.Equal(expected, decision.Kind);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
