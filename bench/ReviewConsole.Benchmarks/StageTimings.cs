using System.Diagnostics;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Benchmarks;

/// <summary>`stages`: single-core time per message of normalization alone and of the whole analysis, to see where time goes.</summary>
public static class StageTimings
{
    public static void Run()
    {
        var messages = ChatMessages.Generate(10_000);
        var analyzer = new MessageAnalyzer();
        var buffer = TextNormalizer.CreateBuffer(512);
        const int rounds = 50;
        Console.WriteLine($"normalize: {Time(() => { foreach (var m in messages) { buffer = TextNormalizer.Normalize(m, buffer); } }):0.000} µs/message");
        Console.WriteLine($"analyze:   {Time(() => { foreach (var m in messages) { analyzer.Analyze(m); } }):0.000} µs/message");

        double Time(Action pass)
        {
            pass();
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                pass();
            }
            return clock.Elapsed.TotalMicroseconds / (rounds * messages.Length);
        }
    }
}
