using System.Diagnostics;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `coordination [--messages 400000]`: the coordination detector's cost per flagged message and the memory its window
/// holds when full, for the worst case of the window: every flagged message distinct, from many accounts.
/// </summary>
public static class CoordinationWindowBench
{
    public static void Run(string[] args)
    {
        var count = args.Length >= 3 && args[1] == "--messages" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 400_000;
        var random = new Random(11);
        var words = Enumerable.Range(0, 5_000).Select(i => $"w{i:x}").ToArray();
        var texts = Enumerable.Range(0, count).Select(i =>
            string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + $" number {i}").ToArray();
        var signatures = texts.Select(NearDuplicateSignature.Of).ToArray();
        var detector = new CoordinationDetector(TerminationPolicy.Default);
        var start = DateTimeOffset.UtcNow;
        var hints = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            hints += detector.Observe(new AccountActivity($"acct-{i % 50_000}", start.AddMilliseconds(i), texts[i], Flagged: true, Signature: signatures[i])).Count;
        }
        var elapsed = clock.Elapsed;
        var window = detector.WindowCount;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(detector);
        detector = null;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"coordination: {count:N0} distinct flagged messages, {elapsed.TotalMicroseconds / count:N2} µs each (signature computed ahead), " +
            $"{hints:N0} hints; window {window:N0} messages holding {(after - before) / 1048576.0:N1} MB ({(after - before) / (double)window:N0} bytes per message)");
    }
}
