using BenchmarkDotNet.Attributes;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Benchmarks;

/// <summary>Per-message cost of the engine with every detector on. OperationsPerInvoke makes each figure per message.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Batch = 1000;
    private readonly MessageAnalyzer analyzer = new();
    private readonly TerminationEngine engine = new(TerminationPolicy.Default);
    private string[] messages = [];

    [GlobalSetup]
    public void Setup() => messages = ChatMessages.Generate(Batch);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AnalyzeMessage()
    {
        var signals = 0;
        foreach (var message in messages)
        {
            signals += analyzer.Analyze(message).Signals.Count;
        }
        return signals;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int DecideMessage()
    {
        var state = ConversationState.New;
        var ended = 0;
        for (var i = 0; i < messages.Length; i++)
        {
            if (i % 10 == 0)
            {
                state = ConversationState.New;
            }
            var (decision, next) = engine.DecideUserMessage(state, messages[i]);
            state = next;
            ended += decision.Kind == DecisionKind.Terminate ? 1 : 0;
        }
        return ended;
    }
}
