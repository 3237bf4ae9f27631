using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Commands;

/// <summary>
/// Operator commands run by the console's own executable against its configured database, without starting the
/// server: <c>apikey create NAME</c>, <c>apikey list</c>, <c>apikey revoke ID</c>. Options such as
/// <c>--ConnectionStrings:ReviewConsole=…</c> work as for the server.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["apikey"];

    /// <summary>The command words (before any --option), or empty when the server should start.</summary>
    public static string[] CommandOf(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal) ? [.. args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))] : [];

    public static string[] OptionsOf(string[] args) => [.. args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];

    public static async Task<int> RunAsync(IServiceProvider services, string[] command, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        await DatabaseInitializer.MigrateAsync(services, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await services.GetRequiredService<PolicyProvider>().LoadAsync(
                scope.ServiceProvider.GetRequiredService<ReviewDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        var keys = services.GetRequiredService<ApiKeyService>();
        var audit = services.GetRequiredService<AuditLog>();
        switch (command)
        {
            case ["apikey", "create", var name]:
                var created = await keys.CreateAsync(name, null, cancellationToken);
                await audit.RecordAsync(AuditActor.System with { Name = "command line" }, AuditActions.ApiKeyCreated, $"api-key:{created.Id}", after: created.Name, cancellationToken: cancellationToken);
                await output.WriteLineAsync($"API key {created.Id} \"{created.Name}\" created. It is shown once; store it now:");
                await output.WriteLineAsync(created.Key);
                return 0;
            case ["apikey", "list"]:
                foreach (var client in await keys.ListAsync(cancellationToken))
                {
                    var state = client.RevokedAt is { } revoked ? $"revoked {revoked:u}" : "active";
                    await output.WriteLineAsync($"{client.Id,5}  {client.KeyPrefix}…  {client.Name}  created {client.CreatedAt:u}  {state}");
                }
                return 0;
            case ["apikey", "revoke", var id] when int.TryParse(id, out var keyId):
                if (!await keys.RevokeAsync(keyId, cancellationToken))
                {
                    await errors.WriteLineAsync($"No active API key {keyId}.");
                    return 1;
                }
                await audit.RecordAsync(AuditActor.System with { Name = "command line" }, AuditActions.ApiKeyRevoked, $"api-key:{keyId}", cancellationToken: cancellationToken);
                await output.WriteLineAsync($"API key {keyId} revoked.");
                return 0;
            default:
                await errors.WriteLineAsync("usage: apikey create NAME | apikey list | apikey revoke ID   [--Option=value …]");
                return 2;
        }
    }
}
