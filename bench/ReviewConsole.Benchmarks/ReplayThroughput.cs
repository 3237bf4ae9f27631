using System.Diagnostics;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Benchmarks;

/// <summary>`replay N`: N messages in conversations of ten, on every core; prints wall time, rate and p99 latency.</summary>
public static class ReplayThroughput
{
    public static void Run(int total)
    {
        var messages = ChatMessages.Generate(10_000);
        var engine = new TerminationEngine(TerminationPolicy.Default);
        var workers = Environment.ProcessorCount;
        var perWorker = total / workers;
        var latencies = new long[workers][];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var samples = new long[perWorker / 100 + 1];
            var state = ConversationState.New;
            for (var i = 0; i < perWorker; i++)
            {
                if (i % 10 == 0)
                {
                    state = ConversationState.New;
                }
                var start = i % 100 == 0 ? Stopwatch.GetTimestamp() : 0;
                (_, state) = engine.DecideUserMessage(state, messages[(i * 7 + w) % messages.Length]);
                if (start != 0)
                {
                    samples[i / 100] = Stopwatch.GetTimestamp() - start;
                }
            }
            latencies[w] = samples;
        });
        clock.Stop();
        var all = latencies.SelectMany(l => l).Where(t => t > 0).Order().ToArray();
        var p99 = all[(int)(all.Length * 0.99)] * 1_000_000.0 / Stopwatch.Frequency;
        Console.WriteLine($"replay: {perWorker * workers:N0} messages on {workers} cores in {clock.Elapsed.TotalSeconds:0.00} s = {perWorker * workers / clock.Elapsed.TotalSeconds:N0} messages/s; p99 {p99:0.0} µs per message (sampled 1%)");
    }
}
