using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Policies;

/// <summary>Publishing and rolling back, seen where it matters: the next message the ingest API decides.</summary>
public sealed class PolicyPublishTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private static readonly AuditActor Admin = new(null, "admin@reviewconsole.local", null);

    /// <summary>Three harmful messages in a new conversation of a new account: the third decision and its policy version.</summary>
    private async Task<(string Decision, string Version)> ThirdDecisionAsync()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var conversation = ReviewWorld.NewId("pub");
        var account = ReviewWorld.NewId("acct");
        System.Text.Json.JsonElement body = default;
        for (var i = 0; i < 3; i++)
        {
            body = await ApiTestClient.JsonAsync(await api.PostMessageAsync(conversation, $"m{i}", ReviewWorld.Abuse[i], account));
        }
        return (body.GetProperty("decision").GetString()!, body.GetProperty("policyVersion").GetString()!);
    }

    [Fact]
    public async Task Publishing_changes_the_next_decision_and_rolling_back_restores_it_both_audited_with_their_diff()
    {
        var versions = fixture.Factory.Scoped.GetRequiredService<PolicyVersions>();
        var provider = fixture.Factory.Scoped.GetRequiredService<PolicyProvider>();
        var original = provider.Current.Policy;
        Assert.Equal(("terminate", original.Version), await ThirdDecisionAsync());

        var outcome = await versions.PublishAsync(original with { StrikesToTerminate = 3 }, "Fewer early terminations", Admin);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var (decision, version) = await ThirdDecisionAsync();
        Assert.Equal("warn", decision);
        Assert.Equal(published.VersionId, version);

        var list = await versions.ListAsync();
        var originalRecord = list.Single(v => v.VersionId == original.Version);
        Assert.IsType<PublishOutcome.Published>(await versions.MakeCurrentAsync(originalRecord.Id, Admin));
        Assert.Equal(("terminate", original.Version), await ThirdDecisionAsync());

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var publishEntry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PolicyPublished && e.Target == $"policy:{published.VersionId}");
        Assert.Contains("StrikesToTerminate", publishEntry.After, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Fewer early terminations", publishEntry.After);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PolicyRolledBack && e.Target == $"policy:{original.Version}"));
        // The published version is immutable and still there; exactly one is current.
        Assert.Equal(1, await db.PolicyVersions.CountAsync(p => p.IsCurrent));
        Assert.Equal(3, TerminationPolicy.FromJson((await db.PolicyVersions.SingleAsync(p => p.VersionId == published.VersionId)).PolicyJson).StrikesToTerminate);
    }

    [Fact]
    public async Task An_invalid_or_unchanged_candidate_is_not_published()
    {
        var versions = fixture.Factory.Scoped.GetRequiredService<PolicyVersions>();
        var current = fixture.Factory.Scoped.GetRequiredService<PolicyProvider>().Current.Policy;

        var invalid = await versions.PublishAsync(current with { HarmThreshold = 7 }, null, Admin);
        var unchanged = await versions.PublishAsync(current, null, Admin);

        Assert.Contains(Assert.IsType<PublishOutcome.Invalid>(invalid).Errors, e => e.Contains("HarmThreshold"));
        Assert.IsType<PublishOutcome.Unchanged>(unchanged);
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted_through_the_app()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await fixture.Factory.Scoped.GetRequiredService<AuditLog>().RecordAsync(Admin, "test-entry", "x");
        var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();

        entry.Action = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        await using var fresh = fixture.Factory.Services.CreateAsyncScope();
        Assert.Equal("test-entry", (await fresh.ServiceProvider.GetRequiredService<ReviewDbContext>().AuditEntries.SingleAsync(e => e.Id == entry.Id)).Action);
        // The log's own service only appends: to a change's unit of work, or on its own.
        Assert.Equal(["Add", "RecordAsync"], typeof(AuditLog).GetMethods().Where(m => m.DeclaringType == typeof(AuditLog)).Select(m => m.Name).Order());
    }
}
