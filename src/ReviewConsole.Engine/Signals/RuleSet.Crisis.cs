namespace ReviewConsole.Engine.Signals;

/// <summary>The rules of a writer at risk and of coercion: a crisis said or used as leverage.</summary>
internal readonly ref partial struct RuleSet
{
    private void Crisis(ref List<Signal>? signals)
    {
        if (view.Has(TermClass.Coercion) || SelfHarmAsLeverage() is not null)
        {
            return; // Leverage, not distress: the Coercion rule speaks for it.
        }
        // "I have a gun and I know the address": the means named beside a menace, and no word of the writer's own life,
        // arm a threat; the menace rule speaks for it.
        if (view.Has(TermClass.Menace) && !view.Has(TermClass.SelfReference) && !view.Has(TermClass.SelfHarm))
        {
            return;
        }
        if (FirstMatch(TermClass.CrisisDistress) is { } distress && !IsIdiom(distress))
        {
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, RuleConfidence.CrisisDistress, RuleNames.CrisisDistress, [distress], []);
            return;
        }
        // "Make it look like suicide" stages a killing: the crime rule speaks for it.
        if (FirstMatch(TermClass.SelfHarm) is { } selfHarm && !IsPartOfLongerMatch(selfHarm, TermClass.Crime)
            && !(view.Has(TermClass.DescriptiveFrame) && !view.Has(TermClass.RequestFrame)))
        {
            var contexts = new List<string>();
            var framed = view.Has(TermClass.Defensive) || view.Has(TermClass.CreativeContext);
            var confidence = framed ? RuleConfidence.SelfHarmMethodFramed : RuleConfidence.SelfHarmMethod;
            if (framed)
            {
                contexts.Add("helping, fictional or preventive framing");
            }
            Add(ref signals, SignalCategory.Crisis, Severity.Severe, confidence, RuleNames.SelfHarmMethod, [selfHarm], contexts);
        }
    }

    private void Coercion(ref List<Signal>? signals)
    {
        if ((FirstMatch(TermClass.Coercion) ?? SelfHarmAsLeverage()) is not { } coercion)
        {
            return;
        }
        var usesCrisis = view.Has(TermClass.SelfHarm) || view.Has(TermClass.CrisisDistress);
        // "Do it now or else": a short message, or one that gives an order, is said to the one addressed.
        var directed = view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative | TermClass.AbusiveImperative) || usesCrisis
            || view.Count <= RuleLimit.CoercionOnlyWords;
        if (!directed)
        {
            return;
        }
        Add(ref signals, SignalCategory.Coercion, usesCrisis ? Severity.High : Severity.Medium, usesCrisis ? RuleConfidence.CoercionUsingCrisis : RuleConfidence.Coercion,
            usesCrisis ? RuleNames.CoercionUsingCrisis : RuleNames.Coercion, [coercion], usesCrisis ? ["a crisis used as leverage, not a genuine crisis"] : []);
    }

    private static readonly string[] Alternatives = Lexicon.Folded("or", "unless", "otherwise", "else");

    /// <summary>
    /// Self-harm named as the alternative to being helped, in a message that asks or is said to "you" ("get me into her
    /// email or I swear I'll hurt myself"): the lexicon's "or I'll kill myself" with words between.
    /// </summary>
    private PhraseMatch? SelfHarmAsLeverage()
    {
        if (!view.Has(TermClass.SelfHarm) || !view.Has(TermClass.SecondPerson | TermClass.RequestFrame | TermClass.Imperative))
        {
            return null;
        }
        foreach (var match in view.Matches)
        {
            if ((match.Classes & TermClass.SelfHarm) == 0)
            {
                continue;
            }
            for (var t = match.Token - 1; t >= 0 && t >= match.Token - RuleWindow.LeverageBeforeSelfHarm && view.Clause(t) == view.Clause(match.Token); t--)
            {
                // "…or I'll…", "…unless I…" threatens; "a walk or a bath when I want to self harm" lists.
                if (IsOneOf(t, Alternatives) && (view.Classes(t + 1) & TermClass.FirstPerson) != 0)
                {
                    return match;
                }
            }
        }
        return null;
    }
}
