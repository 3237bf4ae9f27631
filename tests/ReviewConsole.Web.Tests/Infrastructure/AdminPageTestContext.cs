using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>
/// bUnit rendering of an admin page against the real app's services (database, audit log): the page is signed in
/// as an Admin, with MudBlazor's services and the app services it names.
/// </summary>
public abstract class AdminPageTestContext(SharedAppFixture fixture) : BunitContext, IAsyncLifetime
{
    protected SharedAppFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected IRenderedComponent<TPage> RenderAsAdmin<TPage>(params Type[] appServices) where TPage : IComponent
    {
        Services.AddMudServices();
        Services.AddSingleton(Fixture.Factory.Services.GetRequiredService<AuditLog>());
        foreach (var type in appServices)
        {
            Services.AddSingleton(type, Fixture.Factory.Services.GetRequiredService(type));
        }
        AddAuthorization().SetAuthorized("admin@reviewconsole.local").SetRoles(Roles.Admin);
        JSInterop.Mode = JSRuntimeMode.Loose;
        return Render<TPage>();
    }
}
