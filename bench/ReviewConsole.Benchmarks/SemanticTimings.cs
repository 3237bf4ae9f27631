using System.Diagnostics;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Semantic;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `semantic [N]`: per encoder, the time to open it and, on one core, the time per message of the rules, of the
/// encoder with the heads, and of the whole analysis with the encoder reading every message and behind the cascade's
/// gate; then the same on every core. Realistic chat messages.
/// </summary>
public static class SemanticTimings
{
    public static void Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var messages = ChatMessages.Generate(count);
        var model = SemanticModel.Load(ShippedModel.DefaultPath);
        var rules = new MessageAnalyzer();
        Console.WriteLine($"{count} messages, mean {messages.Average(m => m.Length):0} characters; rules: {Time(m => rules.Analyze(m)):0.0} µs/message");
        foreach (var name in PackagedEncoders.Names)
        {
            var clock = Stopwatch.StartNew();
            var encoder = PackagedEncoders.Open(name);
            encoder.Encode(["warm up"]);
            var opened = clock.ElapsedMilliseconds;
            var heads = model with { Encoder = name };
            var stage = new SemanticStage(encoder, heads, cascade: true);
            if (name == PackagedEncoders.MiniLm && model.Gate is { } gate)
            {
                var read = messages.Count(m => stage.ShouldRead(m, rules.Analyze(m).Signals.Count > 0));
                Console.WriteLine($"gate: {Time(m => gate.Passes(SemanticStage.Prepare(m))):0.0} µs/message; the cascade sends {read / (double)count:P1} of these messages to the encoder");
            }
            if (name == PackagedEncoders.MiniLm)
            {
                var vectors = encoder.Encode([.. messages.Select(SemanticStage.Prepare)]);
                clock.Restart();
                foreach (var vector in vectors)
                {
                    model.Heads(vector);
                }
                var headsAlone = clock.Elapsed.TotalMicroseconds / vectors.Length;
                clock.Restart();
                foreach (var vector in vectors)
                {
                    model.Predict(vector);
                }
                Console.WriteLine($"heads alone {headsAlone:0.0} µs/message; heads and the vote of {model.Neighbours?.Count ?? 0} neighbours {clock.Elapsed.TotalMicroseconds / vectors.Length:0.0} µs/message");
            }
            var encode = Time(m => stage.Score(m));
            Console.WriteLine($"{name}: open {opened} ms; encoder + heads {encode:0} µs/message");
            foreach (var size in new[] { 8, 32 })
            {
                clock.Restart();
                foreach (var batch in messages.Chunk(size))
                {
                    stage.ScoreMany(batch);
                }
                Console.WriteLine($"  batches of {size}: encoder + heads {clock.Elapsed.TotalMicroseconds / messages.Length:0} µs/message on one core");
            }
            foreach (var (mode, analyzer) in new[] { ("every message", new MessageAnalyzer(semantic: new SemanticStage(encoder, heads))), ("cascade", new MessageAnalyzer(semantic: stage)) })
            {
                var whole = Time(m => analyzer.Analyze(m));
                clock.Restart();
                Parallel.ForEach(messages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m => analyzer.Analyze(m));
                var parallel = messages.Length / clock.Elapsed.TotalSeconds;
                Console.WriteLine($"  {mode}: whole analysis {whole:0} µs/message on one core; {parallel:0} messages/s on {Environment.ProcessorCount} cores");
            }
        }

        double Time(Action<string> analyse)
        {
            foreach (var m in messages.Take(50))
            {
                analyse(m);
            }
            var clock = Stopwatch.StartNew();
            foreach (var m in messages)
            {
                analyse(m);
            }
            return clock.Elapsed.TotalMicroseconds / messages.Length;
        }
    }
}
