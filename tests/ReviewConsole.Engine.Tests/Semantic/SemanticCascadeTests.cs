using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests.Semantic;

/// <summary>The cascade: the gate decides what the encoder reads, and a message the rules flag is always read.</summary>
public sealed class SemanticCascadeTests
{
    private static readonly FixedEncoder Encoder = new("calm", "zorp");
    private static readonly SemanticModel Open = Encoder.ModelFor(SemanticLabels.Benign, SemanticLabels.Harassment);

    /// <summary>A gate that passes a text only when it contains <paramref name="word"/>.</summary>
    private static SemanticGate GateFor(string word)
    {
        const int buckets = 1 << 12;
        var features = new HashSet<int>();
        SemanticGate.Features(word, buckets, features);
        var weights = new float[buckets];
        foreach (var f in features)
        {
            weights[f] = 20f / features.Count;
        }
        return new SemanticGate { Buckets = buckets, Weights = [.. weights], Bias = -10, Threshold = 0.5f };
    }

    private static (MessageAnalyzer Analyzer, CountingEncoder Encoder) Cascade(SemanticGate? gate, bool cascade = true)
    {
        var encoder = new CountingEncoder(Encoder);
        return (new MessageAnalyzer(semantic: new SemanticStage(encoder, Open with { Gate = gate }, cascade)), encoder);
    }

    [Fact]
    public void The_encoder_reads_what_the_gate_passes_and_nothing_else()
    {
        var (analyzer, encoder) = Cascade(GateFor("zorp"));

        var passed = analyzer.Analyze("zorp blorp glorp");
        var skipped = analyzer.Analyze("calm words about the weather");

        Assert.Equal(1, encoder.Calls);
        Assert.Contains(passed.Signals, s => s.Rule == "semantic:harassment");
        Assert.Null(skipped.Semantic);
    }

    [Fact]
    public void A_message_the_rules_flag_is_read_even_when_the_gate_would_skip_it()
    {
        var (analyzer, encoder) = Cascade(GateFor("zorp"));

        var analysis = analyzer.Analyze("How do I poison my coworker without anyone noticing?");

        Assert.Equal(1, encoder.Calls);
        Assert.NotNull(analysis.Semantic);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Without_a_gate_or_with_the_cascade_off_every_message_is_read(bool withGate, bool cascade)
    {
        var (analyzer, encoder) = Cascade(withGate ? GateFor("zorp") : null, cascade);

        analyzer.Analyze("calm words about the weather");
        analyzer.Analyze("more calm words");

        Assert.Equal(2, encoder.Calls);
    }

    [Fact]
    public void A_disguised_word_reaches_the_gate_as_the_plain_one()
    {
        var gate = GateFor("zorp");

        Assert.True(gate.Passes(SemanticStage.Prepare("ｚｏｒｐ is here")));
        Assert.True(gate.Passes(SemanticStage.Prepare("z\u200Bo\u200Br\u200Bp is here")));
        Assert.False(gate.Passes(SemanticStage.Prepare("nothing here")));
    }

    [Fact]
    public void The_features_are_the_same_on_every_run_and_inflections_share_most_of_them()
    {
        var first = new HashSet<int>();
        var again = new HashSet<int>();
        var inflected = new HashSet<int>();
        SemanticGate.Features("you brainless machine", 1 << 15, first);
        SemanticGate.Features("you brainless machine", 1 << 15, again);
        SemanticGate.Features("you brainlessly machines", 1 << 15, inflected);

        Assert.Equal(first, again);
        Assert.True(first.Intersect(inflected).Count() >= first.Count / 2);
    }

    [Fact]
    public void A_gate_with_the_wrong_shape_is_refused_by_the_model_check()
    {
        var model = Open with { Gate = new SemanticGate { Buckets = 1000, Weights = [.. new float[1000]], Bias = 0, Threshold = 0.5f } };
        var badThreshold = Open with { Gate = GateFor("zorp") with { Threshold = 1.5f } };

        Assert.Contains(model.Validate(), e => e.Contains("power of two", StringComparison.Ordinal));
        Assert.Contains(badThreshold.Validate(), e => e.Contains("gate: threshold", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_file_keeps_its_gate()
    {
        var model = Open with { Gate = GateFor("zorp") };

        var loaded = SemanticModel.Parse(model.ToFileText(), "test");

        Assert.NotNull(loaded.Gate);
        Assert.True(loaded.Gate.Passes("zorp"));
        Assert.False(loaded.Gate.Passes("calm"));
    }

    [Fact]
    public void Crisis_is_never_terminated_when_the_gate_skips_the_model()
    {
        var (analyzer, _) = Cascade(GateFor("zorp"));
        var engine = new TerminationEngine(TerminationPolicy.Default, analyzer);
        var state = ConversationState.New;
        var kinds = new List<DecisionKind>();
        foreach (var text in new[] { "I want to kill myself tonight", "zorp", "zorp", "zorp", "zorp" })
        {
            (var decision, state) = engine.DecideUserMessage(state, text);
            kinds.Add(decision.Kind);
        }

        Assert.Equal(DecisionKind.Safeguard, kinds[0]);
        Assert.DoesNotContain(DecisionKind.Terminate, kinds);
    }

    private sealed class CountingEncoder(ISentenceEncoder inner) : ISentenceEncoder
    {
        public int Calls { get; private set; }

        public string Name => inner.Name;

        public int Dimensions => inner.Dimensions;

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Calls += texts.Count;
            return inner.Encode(texts);
        }
    }
}
