using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Tests.Features.Ingest;

public sealed class RecentCacheTests
{
    [Fact]
    public void Entries_in_use_survive_while_unused_ones_are_dropped_and_memory_stays_bounded()
    {
        var cache = new RecentCache<string>(capacity: 100);
        cache.Set("live", "conversation still going");
        for (var i = 0; i < 1_000; i++)
        {
            cache.Set($"done-{i}", "finished conversation");
            // The live conversation gets a message every fifty others.
            if (i % 50 == 0)
            {
                Assert.True(cache.TryGet("live", out var value));
                Assert.Equal("conversation still going", value);
            }
            Assert.InRange(cache.Count, 1, 200);
        }

        Assert.True(cache.TryGet("live", out _));
        Assert.True(cache.TryGet("done-999", out _));
        Assert.False(cache.TryGet("done-0", out _));
        cache.Remove("live");
        Assert.False(cache.TryGet("live", out _));
    }
}
