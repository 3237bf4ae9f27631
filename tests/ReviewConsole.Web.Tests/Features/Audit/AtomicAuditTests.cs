using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Audit;

/// <summary>A change and its audit entry commit together or not at all: when the entry cannot be written, nothing changes.</summary>
public sealed class AtomicAuditTests
{
    private static async Task RefuseAuditEntriesAsync(ConsoleAppFactory factory)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END;";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> QueryAsync<T>(ConsoleAppFactory factory, Func<ReviewDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
    }

    [Fact]
    public async Task A_label_a_role_change_and_a_published_policy_whose_audit_entry_fails_are_not_stored()
    {
        using var factory = new ConsoleAppFactory();
        using var api = await ApiTestClient.CreateAsync(factory);
        var item = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("atomic"), ReviewWorld.NewId("acct"));
        var reviewer = await ReviewWorld.ReviewerAsync(factory);
        var actor = new AuditActor(reviewer.Id, reviewer.UserName!, null);
        var policiesBefore = await QueryAsync(factory, db => db.PolicyVersions.CountAsync());
        await RefuseAuditEntriesAsync(factory);

        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => services.GetRequiredService<LabelService>()
            .LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, null, 12), actor));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => services.GetRequiredService<UserAdministration>()
            .SetRolesAsync(reviewer.Id, [Roles.Reviewer, Roles.Manager], actor));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => services.GetRequiredService<PolicyVersions>()
            .PublishAsync(TerminationPolicy.Default with { StrikesToTerminate = 3 }, "stricter", actor));

        Assert.Equal(ReviewStatus.Pending, await QueryAsync(factory, db => db.ReviewItems.Where(r => r.Id == item.Id).Select(r => r.Status).SingleAsync()));
        Assert.False(await QueryAsync(factory, db => db.Labels.AnyAsync(l => l.ReviewItemId == item.Id)));
        Assert.False(await QueryAsync(factory, db => db.UserRoles.AnyAsync(r => r.UserId == reviewer.Id && r.RoleId == db.Roles.Single(x => x.Name == Roles.Manager).Id)));
        Assert.Equal(policiesBefore, await QueryAsync(factory, db => db.PolicyVersions.CountAsync()));
    }
}
