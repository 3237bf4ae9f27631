using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Dashboard;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Dashboard;

/// <summary>Rows stored with absurd times (before the API refused them, or written by hand) must not break the rollups.</summary>
public sealed class RollupTimestampTests
{
    [Fact]
    public async Task Conversations_stored_in_year_2_and_year_9999_are_left_out_and_every_pass_still_completes()
    {
        using var factory = new ConsoleAppFactory();
        using var api = await ApiTestClient.CreateAsync(factory);
        foreach (var conversation in new[] { "ts-today", "ts-ancient", "ts-future" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync(conversation, "m1", "hello there", "ts-acct")).StatusCode);
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            (await db.Conversations.SingleAsync(c => c.Id == "ts-ancient")).StartedAt = new DateTimeOffset(2, 1, 1, 0, 0, 0, TimeSpan.Zero);
            (await db.Conversations.SingleAsync(c => c.Id == "ts-future")).StartedAt = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync();
        }
        var rollups = factory.Services.GetRequiredService<RollupService>();

        factory.Services.GetRequiredService<RollupState>().RequestRebuild();
        await rollups.RefreshAsync();
        // An incremental pass that meets the future conversation's day among the changed ones.
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("ts-future", "m2", "hello again", "ts-acct")).StatusCode);
        await rollups.RefreshAsync();

        var days = await api.QueryAsync(db => db.DailyMetrics.Select(m => m.Day).Distinct().CountAsync());
        Assert.InRange(days, 1, 802);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(1, await api.QueryAsync(db => db.DailyMetrics.Where(m => m.Day == today && m.Category == RollupBuilder.NoCategory).SumAsync(m => m.Conversations)));
        Assert.Contains(factory.LogLines, line => line.Contains("older than Dashboard:HistoryDays", StringComparison.Ordinal));
        Assert.Contains(factory.LogLines, line => line.Contains("left out 1 day(s)", StringComparison.Ordinal));
    }
}
