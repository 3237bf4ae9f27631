using BenchmarkDotNet.Running;
using ReviewConsole.Benchmarks;

if (args is ["replay", var count])
{
    ReplayThroughput.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}
if (args is ["load", ..])
{
    return await IngestLoad.RunAsync(args);
}
if (args is ["workspace", ..])
{
    return await WorkspaceBench.RunAsync(args);
}
if (args is ["dashboard", ..])
{
    return await DashboardBench.RunAsync(args);
}
if (args is ["backtest", ..])
{
    return await BacktestBench.RunAsync(args);
}
if (args is ["ui", ..])
{
    return await ReviewerUiBench.RunAsync(args);
}
if (args is ["coordination", ..])
{
    CoordinationWindowBench.Run(args);
    return 0;
}
if (args is ["semantic", ..])
{
    SemanticTimings.Run(args);
    return 0;
}
if (args is ["stages"])
{
    StageTimings.Run();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
