namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>One running app shared by the tests of a class that do not need a database of their own; disposed asynchronously.</summary>
public sealed class SharedAppFixture : IAsyncLifetime
{
    public ConsoleAppFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}
