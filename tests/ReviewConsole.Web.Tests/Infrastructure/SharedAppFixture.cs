namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>One running app shared by the tests of a class that do not need a database of their own.</summary>
public sealed class SharedAppFixture : IDisposable
{
    public ConsoleAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
