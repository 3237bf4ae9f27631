using ReviewConsole.Web.Features.Detection;

namespace ReviewConsole.Web.Tests.Features.Detection;

public sealed class ThreadNicenessTests
{
    [Fact]
    public void Lowers_only_the_calling_thread_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(ThreadNiceness.TryLower(5));
            return;
        }
        var before = NiceOfThisThread();
        int? lowered = null;
        var thread = new Thread(() =>
        {
            Assert.True(ThreadNiceness.TryLower(before + 5));
            lowered = NiceOfThisThread();
        });

        thread.Start();
        thread.Join();

        Assert.Equal(before + 5, lowered);
        Assert.Equal(before, NiceOfThisThread());
    }

    // /proc/thread-self/stat: the 19th field is the nice value; the 2nd, the command, may hold spaces, so count after ')'.
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
