namespace ReviewConsole.Engine.Time;

/// <summary>
/// Window arithmetic that cannot throw: a time near year 1 minus a window is year 1. Stored times come from clients
/// and old imports; one of them must never turn a window's start into an exception.
/// </summary>
public static class SaturatingTime
{
    public static DateTimeOffset Before(DateTimeOffset time, TimeSpan span) =>
        time - DateTimeOffset.MinValue <= span ? DateTimeOffset.MinValue : time - span;
}
