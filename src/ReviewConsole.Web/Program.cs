using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Dashboard;
using ReviewConsole.Web.Components;
using ReviewConsole.Web.Components.Account;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Extensions;
using ReviewConsole.Web.Features.Commands;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Engine.Semantic;

try
{
    var command = CommandLine.CommandOf(args);
    if (command.Length > 0 && !CommandLine.IsWellFormed(command))
    {
        return await CommandLine.UsageAsync(Console.Error);
    }
    var builder = WebApplication.CreateBuilder(command.Length > 0 ? CommandLine.OptionsOf(args) : args);
    builder.AddApplicationServices();
    builder.AddEdgeSecurity();
    // A build output (not a publish) lists its assets in a manifest only Development reads by default: without it
    // `dotnet run -c Release` in Production answers every asset with 200 and no bytes.
    if (File.Exists(Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json")))
    {
        builder.WebHost.UseStaticWebAssets();
    }

    var app = builder.Build();
    if (command.Length > 0)
    {
        return await CommandLine.RunAsync(app.Services, command, Console.Out, Console.Error, CancellationToken.None);
    }
    // Read and check the model file now: a missing or damaged one stops start-up here, in one line.
    app.Services.GetRequiredService<SemanticModelHost>();

    app.UseEdgeSecurity();
    app.UseErrorAnswers();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRequiredPasswordChange();
    app.UseRateLimiter();
    app.UseAntiforgery();

    app.MapStaticAssets();
    app.MapHealthChecks("/healthz").AllowAnonymous();
    app.MapApi();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapIdentityEndpoints();
    app.MapAuditCsvExport();
    app.MapDashboardCsvExport();

    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"ReviewConsole cannot start: {ex.Message}");
    return 1;
}
catch (SemanticModelException ex)
{
    await Console.Error.WriteLineAsync($"ReviewConsole cannot start: {ex.Message} Set Semantic:ModelPath to a model file made by `train`, or Semantic:Enabled to false.");
    return 1;
}

public partial class Program;
