using BenchmarkDotNet.Running;
using ReviewConsole.Benchmarks;

if (args is ["replay", var count])
{
    ReplayThroughput.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["stages"])
{
    StageTimings.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
