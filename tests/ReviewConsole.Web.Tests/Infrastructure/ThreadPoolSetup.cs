using System.Runtime.CompilerServices;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>
/// bUnit's synchronous waits block pool threads while the app under test (the backtest's workers, the ingest writer)
/// needs them too; on CI's two cores the pool then grows too slowly and waits time out. Start it larger, and wait longer.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), io);
        // Renders that wait on the real database can take seconds on a loaded CI machine.
        Bunit.BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(30);
    }
}
