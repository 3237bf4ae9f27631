using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests;

public sealed class PolicyTests
{
    [Fact]
    public void Default_policy_is_valid() => Assert.Empty(TerminationPolicy.Default.Validate());

    [Theory]
    [InlineData("HarmThreshold", 1.5)]
    [InlineData("Decay", -0.1)]
    [InlineData("StrikeWindowMessages", 0)]
    [InlineData("StrikesToTerminate", 0)]
    public void Out_of_range_values_are_named_in_the_error(string field, double value)
    {
        var policy = field switch
        {
            "HarmThreshold" => TerminationPolicy.Default with { HarmThreshold = value },
            "Decay" => TerminationPolicy.Default with { Decay = value },
            "StrikeWindowMessages" => TerminationPolicy.Default with { StrikeWindowMessages = (int)value },
            _ => TerminationPolicy.Default with { StrikesToTerminate = (int)value },
        };

        var error = Assert.Throws<PolicyValidationException>(() => policy.EnsureValid());

        Assert.Contains(error.Errors, e => e.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void One_message_can_never_terminate()
    {
        var policy = TerminationPolicy.Default with { WarningsBeforeStrikes = 0, StrikesToTerminate = 1 };

        Assert.Contains(policy.Validate(), e => e.Contains("one message never terminates", StringComparison.Ordinal));
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var policy = TerminationPolicy.Default with
        {
            Version = "tuned-2",
            HarmThreshold = 0.55,
            CategoryWeights = TerminationPolicy.Default.CategoryWeights.SetItem(SignalCategory.Profanity, 0.1),
        };

        var copy = TerminationPolicy.FromJson(policy.ToJson());

        Assert.Equal("tuned-2", copy.Version);
        Assert.Equal(0.55, copy.HarmThreshold);
        Assert.Equal(0.1, copy.WeightOf(SignalCategory.Profanity));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"harmThreshold\": 7}")]
    [InlineData("{\"unknownField\": 1}")]
    public void Bad_json_is_refused_with_a_clear_error(string json) =>
        Assert.Throws<PolicyValidationException>(() => TerminationPolicy.FromJson(json));

    [Fact]
    public void A_stored_policy_from_before_a_category_existed_gets_its_default_weight_not_zero()
    {
        // As stored before Obfuscation had a weight: the tuned profanity weight stays, the missing category is named.
        var stored = TerminationPolicy.Default with
        {
            CategoryWeights = TerminationPolicy.Default.CategoryWeights.Remove(SignalCategory.Obfuscation).SetItem(SignalCategory.Profanity, 0.1),
        };

        var loaded = TerminationPolicy.FromJson(stored.ToJson());

        Assert.Equal(TerminationPolicy.Default.WeightOf(SignalCategory.Obfuscation), loaded.WeightOf(SignalCategory.Obfuscation));
        Assert.Equal(0.1, loaded.WeightOf(SignalCategory.Profanity));
        Assert.Contains(SignalCategory.Obfuscation, loaded.CategoryWeights.Keys);
    }

    [Fact]
    public void A_policy_built_without_a_categorys_weight_is_refused_naming_it()
    {
        var policy = TerminationPolicy.Default with { CategoryWeights = TerminationPolicy.Default.CategoryWeights.Remove(SignalCategory.Coercion) };

        Assert.Contains(policy.Validate(), e => e.StartsWith("CategoryWeights.Coercion is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_policy_names_a_weight_for_every_category() =>
        Assert.All(Enum.GetValues<SignalCategory>(), c => Assert.Contains(c, TerminationPolicy.Default.CategoryWeights.Keys));
}
