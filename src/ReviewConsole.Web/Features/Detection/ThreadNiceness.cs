using System.Runtime.InteropServices;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// Lowers the calling thread's scheduling priority on Linux, where .NET ignores <see cref="Thread.Priority"/>: the
/// encoder's background thread then takes only the CPU that ingest leaves, instead of an equal share of two cores.
/// </summary>
internal static class ThreadNiceness
{
    private const int PriorityOfProcess = 0; // PRIO_PROCESS: with a thread id, one thread.
    private const int GetThreadIdCall = 186; // SYS_gettid on x86-64.
    private const int GetThreadIdCallArm64 = 178;

    /// <summary>Sets the calling thread's nice value (0 normal, 19 lowest); false where it cannot.</summary>
    public static bool TryLower(int nice)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        var call = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => GetThreadIdCall,
            Architecture.Arm64 => GetThreadIdCallArm64,
            _ => -1,
        };
        if (call < 0)
        {
            return false;
        }
        try
        {
            var threadId = SystemCall(call);
            return threadId > 0 && SetPriority(PriorityOfProcess, (uint)threadId, nice) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: the source generator needs unsafe code enabled, and these signatures are blittable.
    [DllImport("libc", EntryPoint = "syscall")]
    private static extern long SystemCall(long number);

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, uint who, int priority);
}
