using System.Collections.Immutable;

namespace ReviewConsole.Engine.Semantic;

/// <summary>What the semantic stage thought of one message: each label's probability under one model version.</summary>
public sealed record SemanticScores(string ModelVersion, ImmutableArray<string> Labels, ImmutableArray<float> Probabilities)
{
    public float this[string label]
    {
        get
        {
            var index = Labels.IndexOf(label);
            return index < 0 ? 0f : Probabilities[index];
        }
    }

    /// <summary>The most probable label and its probability.</summary>
    public (string Label, float Probability) Top
    {
        get
        {
            var best = 0;
            for (var k = 1; k < Probabilities.Length; k++)
            {
                if (Probabilities[k] > Probabilities[best])
                {
                    best = k;
                }
            }
            return (Labels[best], Probabilities[best]);
        }
    }
}
