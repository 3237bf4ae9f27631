using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Demo;
using ReviewConsole.Web.Tests.Infrastructure;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Tests.Features.Demo;

public sealed class DemoWorldTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_gives_the_same_world_and_another_seed_a_different_one()
    {
        var first = new DemoWorld(7).Generate(300, Now).SelectMany(c => c.Messages).Select(m => (m.ConversationId, m.AccountId, m.Text, m.SentAt)).ToList();
        var again = new DemoWorld(7).Generate(300, Now).SelectMany(c => c.Messages).Select(m => (m.ConversationId, m.AccountId, m.Text, m.SentAt)).ToList();
        var other = new DemoWorld(8).Generate(300, Now).SelectMany(c => c.Messages).Select(m => m.Text).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(m => m.Text), other);
    }

    [Fact]
    public void The_world_has_every_kind_spread_over_90_days_in_time_order_with_heavy_tailed_traffic()
    {
        var world = new DemoWorld(2026).Generate(3000, Now).ToList();

        Assert.Equal(3000, world.Count);
        Assert.Equal(Enum.GetValues<DemoKind>().Order(), world.Select(c => c.Kind).Distinct().Order());
        var starts = world.Select(c => c.Messages[0].SentAt).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.True(starts[0] >= Now.AddDays(-90) && starts[^1] <= Now);
        Assert.Contains(world.SelectMany(c => c.Messages), m => m.Text.Contains('\u200B') || m.Text.Contains('\u0430') || m.Text.Contains("p01s0n"));

        // A few accounts produce most of the abusive compute.
        var abusive = world.Where(c => c.Kind is DemoKind.PersistentAbuse or DemoKind.Harassment or DemoKind.Jailbreak)
            .GroupBy(c => c.AccountId).Select(g => g.Sum(c => c.Messages.Sum(m => (long)m.TokenCount))).OrderDescending().ToList();
        var accounts = world.Select(c => c.AccountId).Distinct().Count();
        var top = (int)Math.Ceiling(accounts * 0.03);
        Assert.True(abusive.Take(top).Sum() > 0.5 * abusive.Sum(), $"top 3% of accounts: {abusive.Take(top).Sum()} of {abusive.Sum()} abusive tokens");
    }

    [Fact]
    public async Task Seeding_goes_through_the_engine_and_leaves_something_true_for_every_page()
    {
        using var factory = new ConsoleAppFactory();
        var result = await factory.Services.GetRequiredService<DemoSeeder>().SeedAsync(600, seed: 11, progress: null, CancellationToken.None);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        Assert.Equal(600, await db.Conversations.CountAsync());
        Assert.Equal(result.Messages, await db.Messages.CountAsync());
        Assert.True(await db.ReviewItems.AnyAsync(r => r.Kind == DecisionKind.Terminate));
        Assert.True(await db.ReviewItems.AnyAsync(r => r.Kind == DecisionKind.Safeguard));
        Assert.True(await db.ReviewItems.AnyAsync(r => r.Status == ReviewStatus.Pending));
        Assert.True(await db.Labels.AnyAsync());
        Assert.True(await db.AccountLinks.AnyAsync(l => l.Kind == LinkKind.NearDuplicateMessages));
        Assert.True(await db.AccountLinks.AnyAsync(l => l.Kind == LinkKind.SharedDevice));
        // Crisis conversations are safeguarded, never terminated.
        var crisisTerminated = await db.Conversations.CountAsync(c => c.CrisisSeen && c.Status == ConversationStatus.Terminated);
        Assert.Equal(0, crisisTerminated);
        Assert.Equal(result.Labels, await db.Labels.CountAsync());
    }

    [Fact]
    public async Task A_first_start_in_demo_mode_fills_the_console_in_the_background_and_a_restart_adds_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));
        try
        {
            int labels;
            using (var first = new ConsoleAppFactory(new() { ["Bootstrap:DemoConversations"] = "200" }, folder))
            {
                await SeedingFinishedAsync(first);
                Assert.Equal(200, await CountConversationsAsync(first));
                labels = await CountLabelsAsync(first);
                Assert.True(labels > 0);
            }
            using var second = new ConsoleAppFactory(new() { ["Bootstrap:DemoConversations"] = "200" }, folder);
            // The second start's seeding service has run to its end (and found the world there): nothing was added.
            await SeedingFinishedAsync(second);
            Assert.Equal(200, await CountConversationsAsync(second));
            Assert.Equal(labels, await CountLabelsAsync(second));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SeedingFinishedAsync(ConsoleAppFactory factory)
    {
        var seeding = factory.Services.GetServices<IHostedService>().OfType<DemoSeedingService>().Single();
        await seeding.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static async Task<int> CountLabelsAsync(ConsoleAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewDbContext>().Labels.CountAsync();
    }

    private static async Task<int> CountConversationsAsync(ConsoleAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewDbContext>().Conversations.CountAsync();
    }
}
