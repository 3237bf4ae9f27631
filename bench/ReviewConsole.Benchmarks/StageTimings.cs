using System.Diagnostics;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `stages`: single-core time per message of normalization alone and of the whole analysis, to see where time goes, and
/// the memory the analyzer holds once its lexicon and word lists are loaded.
/// </summary>
public static class StageTimings
{
    // Disguises that make the folding read every word list it has (masks, swaps, vowels and a "g" dropped, spaced letters).
    private static readonly string[] Disguised =
        ["waht a strnge thing", "l o o k a t t h i s", "i w*n't go w*thout it", "just standin there", "a scrpt for it"];

    public static void Run()
    {
        var messages = ChatMessages.Generate(10_000);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var analyzer = new MessageAnalyzer();
        foreach (var m in messages.Concat(Disguised))
        {
            analyzer.Analyze(m);
            TextNormalizer.Readable(m);
        }
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"memory:    {(loaded - before) / 1048576.0:0.0} MB held with the lexicon and word lists loaded");
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
