using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Tests.Infrastructure;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Tests.Features.Queue;

/// <summary>The queue on a database of its own: keyset pages, views, filters, claims and counts.</summary>
public sealed class ReviewQueueTests : IClassFixture<ReviewQueueTests.World>
{
    /// <summary>Nine terminations over three accounts and two crises, made through the ingest API.</summary>
    public sealed class World : IAsyncLifetime
    {
        public SharedAppFixture App { get; } = new();
        public List<ReviewItem> Terminations { get; } = [];
        public List<ReviewItem> Crises { get; } = [];

        public async Task InitializeAsync()
        {
            using var api = await ApiTestClient.CreateAsync(App.Factory);
            for (var i = 0; i < 9; i++)
            {
                Terminations.Add(await ReviewWorld.TerminateAsync(api, $"queue-t{i}", $"queue-acct{i % 3}"));
            }
            Crises.Add(await ReviewWorld.SafeguardAsync(api, "queue-s0", "queue-acct0"));
            Crises.Add(await ReviewWorld.SafeguardAsync(api, "queue-s1", "queue-acct9"));
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private readonly World world;
    private readonly ReviewQueue queue;

    public ReviewQueueTests(World world)
    {
        this.world = world;
        queue = world.App.Factory.Scoped.GetRequiredService<ReviewQueue>();
    }

    private async Task<List<long>> PendingIdsAsync()
    {
        using var scope = world.App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewConsole.Web.Data.ReviewDbContext>();
        return await db.ReviewItems.Where(r => r.Status == ReviewStatus.Pending).Select(r => r.Id).ToListAsync();
    }

    private async Task<List<QueueRow>> AllPagesAsync(QueueQuery query)
    {
        var rows = new List<QueueRow>();
        QueueCursor? cursor = null;
        do
        {
            var page = await queue.PageAsync(query, cursor);
            Assert.True(page.Rows.Count <= query.PageSize);
            rows.AddRange(page.Rows);
            cursor = page.Next;
        }
        while (cursor is not null);
        return rows;
    }

    [Fact]
    public async Task Keyset_pages_visit_every_pending_item_once_in_priority_order_with_crises_first()
    {
        var rows = await AllPagesAsync(new QueueQuery { PageSize = 4 });

        var ids = rows.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal((await PendingIdsAsync()).Order(), ids.Order());
        Assert.Equal(DecisionKind.Safeguard, rows[0].Kind);
        Assert.DoesNotContain(rows.SkipWhile(r => r.Kind == DecisionKind.Safeguard), r => r.Kind == DecisionKind.Safeguard);
        Assert.Equal(rows.OrderByDescending(r => r.Priority).ThenBy(r => r.Id).Select(r => r.Id), ids);
    }

    [Fact]
    public async Task Newest_first_pages_are_ordered_by_time_and_complete()
    {
        var rows = await AllPagesAsync(new QueueQuery { PageSize = 3, Sort = QueueSort.Newest });

        Assert.Equal(rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.Id), rows.Select(r => r.Id));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task The_crisis_view_holds_only_safeguards_and_filters_narrow_the_queue()
    {
        var crisis = await AllPagesAsync(new QueueQuery { View = QueueView.Crisis });
        Assert.NotEmpty(crisis);
        Assert.All(crisis, r => Assert.Contains(r.Id, world.Crises.Select(c => c.Id)));

        var oneAccount = await AllPagesAsync(new QueueQuery { AccountId = "queue-acct1" });
        Assert.Equal(3, oneAccount.Count);
        Assert.All(oneAccount, r => Assert.Equal("queue-acct1", r.AccountId));

        var category = world.Terminations[0].Category!;
        var byCategory = await AllPagesAsync(new QueueQuery { Category = category });
        Assert.NotEmpty(byCategory);
        Assert.All(byCategory, r => Assert.Equal(category, r.Category));

        var severe = await AllPagesAsync(new QueueQuery { MinSeverity = 99 });
        Assert.Empty(severe);
    }

    [Fact]
    public async Task A_claimed_item_is_refused_to_a_second_reviewer_skipped_by_next_and_free_again_when_the_claim_expires()
    {
        var first = await ReviewWorld.ReviewerAsync(world.App.Factory);
        var second = await ReviewWorld.ReviewerAsync(world.App.Factory, 2);
        var claims = world.App.Factory.Scoped.GetRequiredService<ItemClaims>();
        var query = new QueueQuery { AccountId = "queue-acct2" };
        var target = (await queue.NextFreeAsync(query, null, first.Id))!.Value;

        Assert.True((await claims.ClaimAsync(target, new AuditActor(first.Id, first.UserName!, null))).Claimed);
        var refused = await claims.ClaimAsync(target, new AuditActor(second.Id, second.UserName!, null));
        Assert.False(refused.Claimed);
        Assert.Equal(first.UserName, refused.HeldBy);
        Assert.NotEqual(target, await queue.NextFreeAsync(query, null, second.Id));
        Assert.Equal(target, await queue.NextFreeAsync(query, null, first.Id));

        // The lease runs out by itself.
        using (var scope = world.App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewConsole.Web.Data.ReviewDbContext>();
            await db.ReviewItems.Where(r => r.Id == target).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }
        Assert.True((await claims.ClaimAsync(target, new AuditActor(second.Id, second.UserName!, null))).Claimed);
        await claims.ReleaseAsync(target, second.Id);
    }

    [Fact]
    public async Task Counts_are_cached_until_a_label_changes_them()
    {
        var reviewer = await ReviewWorld.ReviewerAsync(world.App.Factory);
        var before = await queue.CountsAsync();
        Assert.True(before.CrisisPending >= 1);

        var crisis = await queue.ItemAsync(world.Crises[1].Id);
        var labels = world.App.Factory.Scoped.GetRequiredService<LabelService>();
        var outcome = await labels.LabelAsync(new LabelRequest(crisis!.Id, crisis.Version, LabelVerdict.Correct, null, null, 12),
            new AuditActor(reviewer.Id, reviewer.UserName!, null));

        Assert.IsType<LabelOutcome.Saved>(outcome);
        var after = await queue.CountsAsync();
        Assert.Equal(before.CrisisPending - 1, after.CrisisPending);
        Assert.Equal(before.Of(ReviewStatus.Labelled) + 1, after.Of(ReviewStatus.Labelled));
    }
}
