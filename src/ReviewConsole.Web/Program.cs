using ReviewConsole.Web.Components;
using ReviewConsole.Web.Components.Account;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Extensions;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddApplicationServices();

    var app = builder.Build();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseAntiforgery();

    app.MapStaticAssets();
    app.MapHealthChecks("/healthz").AllowAnonymous();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapIdentityEndpoints();

    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"ReviewConsole cannot start: {ex.Message}");
    return 1;
}

public partial class Program;
