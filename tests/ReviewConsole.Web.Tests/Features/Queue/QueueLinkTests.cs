using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;

namespace ReviewConsole.Web.Tests.Features.Queue;

public sealed class QueueLinkTests
{
    [Fact]
    public void A_fresh_queue_needs_no_query_string()
    {
        Assert.Equal("", QueueLink.QueryString(new QueueQuery()));
        Assert.Equal(new QueueQuery(), QueueLink.Parse("https://console.example/queue"));
    }

    [Fact]
    public void Every_filter_survives_the_trip_through_an_address()
    {
        var filtered = new QueueQuery
        {
            View = QueueView.Crisis,
            Status = ReviewStatus.SecondOpinion,
            Kind = DecisionKind.Safeguard,
            Category = "Harassment",
            MinSeverity = 3,
            From = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero),
            PolicyVersion = "v 7",
            AccountId = "acct&evil=1",
            Sort = QueueSort.Newest,
        };

        var link = QueueLink.QueryString(filtered);

        Assert.StartsWith("?", link);
        Assert.Equal(filtered, QueueLink.Parse("/review/12" + link + "#message-3"));
    }

    [Fact]
    public void An_edited_address_narrows_nothing_by_mistake()
    {
        var parsed = QueueLink.Parse("/queue?view=nonsense&status=7&kind=&severity=-2&from=yesterday&sort=oldest&account=%20a1%20", ReviewStatus.SecondOpinion);

        Assert.Equal(new QueueQuery { Status = ReviewStatus.SecondOpinion, AccountId = "a1" }, parsed);
    }
}
