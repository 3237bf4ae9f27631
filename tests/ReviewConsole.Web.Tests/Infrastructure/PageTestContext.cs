using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Accounts;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Dashboard;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Restrictions;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Features.Wellness;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>
/// bUnit rendering of a page against the real app's services (database, audit log), signed in with a role, with
/// MudBlazor's services and the app services it names.
/// </summary>
public abstract class PageTestContext(SharedAppFixture fixture) : BunitContext, IAsyncLifetime
{
    /// <summary>Everything the review pages use.</summary>
    protected static readonly Type[] WorkspaceServices =
    [
        typeof(ReviewQueue), typeof(ItemClaims), typeof(TranscriptQuery), typeof(SimilarCases), typeof(AccountPanelQuery), typeof(LabelService),
        typeof(ReviewerWellness), typeof(RestrictionDecisions), typeof(AppealDecisions), typeof(AppealQueries), typeof(RestrictionQueries),
        typeof(IngestBatchProcessor), typeof(IngestCache), typeof(TimeProvider),
        typeof(DashboardQuery), typeof(CostSettingsStore), typeof(RollupService), typeof(RollupState),
    ];

    protected SharedAppFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected IRenderedComponent<TPage> RenderAsAdmin<TPage>(params Type[] appServices) where TPage : IComponent
    {
        UseServices(appServices);
        AddAuthorization().SetAuthorized("admin@reviewconsole.local").SetRoles(Roles.Admin);
        return RenderInteractive<TPage>(null);
    }

    /// <summary>A key pressed on the page, handed over as js/shortcuts.js hands it to the page's listener.</summary>
    protected static Task PressAsync<TPage>(IRenderedComponent<TPage> page, string key) where TPage : class, IComponent =>
        page.InvokeAsync(() => page.FindComponent<KeyboardShortcuts>().Instance.OnShortcut(key));

    /// <summary>
    /// Signed in as a real user of the app (its id goes into labels, claims and the audit log). <paramref name="replace"/>
    /// registers a test's own instance of a service after the app's, so the page gets it instead.
    /// </summary>
    protected IRenderedComponent<TPage> RenderAs<TPage>(ApplicationUser user, string role, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null,
        Action<IServiceCollection>? replace = null)
        where TPage : IComponent
    {
        UseServices(WorkspaceServices);
        replace?.Invoke(Services);
        AddAuthorization().SetAuthorized(user.UserName!).SetRoles(role).SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
        return RenderInteractive(parameters);
    }

    private void UseServices(Type[] appServices)
    {
        Services.AddMudServices();
        Services.AddSingleton(Fixture.Factory.Scoped.GetRequiredService<AuditLog>());
        foreach (var type in appServices)
        {
            Services.AddSingleton(type, Fixture.Factory.Scoped.GetRequiredService(type));
        }
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<TPage> RenderInteractive<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters) where TPage : IComponent
    {
        // As in the browser once the circuit is up. Set last: the renderer fixes the services.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return parameters is null ? Render<TPage>() : Render(parameters);
    }
}
