namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>
/// A failure while an app is torn down, written out in full: xunit reports a class cleanup failure by the exception's
/// type alone, so scripts/test.sh prints this file after the run.
/// </summary>
public static class TeardownFailures
{
    private static readonly Lock Gate = new();

    public static string FilePath { get; } = Path.Combine(Path.GetTempPath(), "rc-tests", "teardown-failures.log");

    public static void Record(Exception exception)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, $"{DateTimeOffset.UtcNow:O} {exception}{Environment.NewLine}{Environment.NewLine}");
        }
    }
}
