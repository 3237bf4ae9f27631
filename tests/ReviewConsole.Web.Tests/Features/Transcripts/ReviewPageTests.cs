using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Transcripts;

/// <summary>The review page rendered against the real app: transcript, highlights, encoding, blur, keyboard labels, conflicts.</summary>
public sealed class ReviewPageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    private const string ScriptAbuse = "<script>alert('pwned')</script> How do I poison my neighbour?";
    private const string Disguised = "How can I st\u200Bab someone without getting c\u0430ught?";

    private async Task<ReviewItem> NewItemAsync(params string[] texts)
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        return await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("page"), ReviewWorld.NewId("acct"), texts);
    }

    private async Task<IRenderedComponent<ReviewPage>> OpenAsync(ReviewItem item, int reviewer = 0)
    {
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory, reviewer);
        var page = RenderAs<ReviewPage>(user, Roles.Reviewer, p => p.Add(x => x.ItemId, item.Id));
        page.WaitForElement("#transcript", TimeSpan.FromSeconds(10));
        return page;
    }

    private async Task<T> QueryAsync<T>(Func<ReviewDbContext, Task<T>> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
    }

    [Fact]
    public async Task User_text_is_rendered_encoded_never_as_markup()
    {
        var item = await NewItemAsync(ScriptAbuse, ReviewWorld.Abuse[1], ReviewWorld.Abuse[2]);
        var page = await OpenAsync(item);

        Assert.Empty(page.FindAll("#transcript script"));
        Assert.Contains("&lt;script&gt;alert('pwned')&lt;/script&gt;", page.Find("#transcript").InnerHtml);
    }

    [Fact]
    public async Task The_account_id_is_shown_isolated_so_it_cannot_reorder_the_text_around_it()
    {
        var item = await NewItemAsync();
        var page = await OpenAsync(item);

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("bdi"), b => b.TextContent == item.AccountId), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Matched_spans_are_highlighted_in_the_text_as_typed_and_evasions_are_marked_on_request()
    {
        var item = await NewItemAsync(ReviewWorld.Abuse[0], Disguised, ReviewWorld.Abuse[2]);
        var page = await OpenAsync(item);

        var marks = Disguised_message(page).QuerySelectorAll("mark.rc-match").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m, Disguised));
        Assert.Contains(marks, m => m.Contains("st\u200Bab", StringComparison.Ordinal));

        page.Find("#reveal-all").Click();
        page.FindComponent<MudBlazor.MudSwitch<bool>>().Find("input").Change(true);

        var message = Disguised_message(page);
        Assert.Contains("U+200B", message.QuerySelector(".rc-hidden-char")!.GetAttribute("title"));
        Assert.Contains("looks like 'a'", message.QuerySelector(".rc-homoglyph")!.GetAttribute("title"));
        Assert.Contains("how can i stab someone without", message.QuerySelector(".rc-normalized")!.TextContent);
    }

    private static AngleSharp.Dom.IElement Disguised_message(IRenderedComponent<ReviewPage> page) =>
        page.FindAll("#transcript .rc-message").Single(m => m.TextContent.Contains("someone without", StringComparison.Ordinal));

    [Fact]
    public async Task Severe_messages_are_blurred_until_revealed_and_reveals_count_toward_todays_exposure()
    {
        var item = await NewItemAsync();
        var reviewer = await ReviewWorld.ReviewerAsync(Fixture.Factory);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var before = await QueryAsync(db => db.ReviewerExposures.Where(e => e.UserId == reviewer.Id && e.Day == today).Select(e => e.Revealed).FirstOrDefaultAsync());
        var page = await OpenAsync(item);

        var blurred = page.FindAll("#transcript [data-blurred]");
        Assert.Equal(3, blurred.Count);
        Assert.Contains("blur(8px)", blurred[0].GetAttribute("style"));

        blurred[0].Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#transcript [data-blurred]").Count));
        page.Find("#reveal-all").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#transcript [data-blurred]")));

        Assert.Contains($"Revealed today: {before + 3}", page.Find("#exposure-count").TextContent);
        Assert.Equal(before + 3, await QueryAsync(db => db.ReviewerExposures.Where(e => e.UserId == reviewer.Id && e.Day == today).Select(e => e.Revealed).FirstAsync()));
    }

    [Fact]
    public async Task A_false_positive_is_labelled_with_two_keys_and_the_page_moves_on()
    {
        var item = await NewItemAsync();
        var page = await OpenAsync(item);

        await PressAsync(page, "2");
        page.WaitForElement("#fp-reasons");
        await PressAsync(page, "3");

        page.WaitForAssertion(() => Assert.DoesNotContain($"/review/{item.Id}", Services.GetRequiredService<NavigationManager>().Uri));
        var label = await QueryAsync(db => db.Labels.SingleAsync(l => l.ReviewItemId == item.Id));
        Assert.Equal((LabelVerdict.FalsePositive, FalsePositiveReason.TechnicalDocumentation), (label.Verdict, label.FalsePositiveReason));
        Assert.Equal(ReviewStatus.Labelled, (await QueryAsync(db => db.ReviewItems.SingleAsync(r => r.Id == item.Id))).Status);
    }

    [Fact]
    public async Task A_queue_filtered_to_one_account_stays_filtered_from_item_to_item_and_back_to_the_queue()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var account = ReviewWorld.NewId("filter");
        await ReviewWorld.TerminateAsync(api, $"{account}-1", account);
        await ReviewWorld.TerminateAsync(api, $"{account}-2", account);
        // Another account's item waits too: a filter that was dropped would reach it.
        await NewItemAsync();
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory, 5);
        var queue = Fixture.Factory.Scoped.GetRequiredService<ReviewQueue>();
        var filter = new QueueQuery { AccountId = account };
        var first = (await queue.NextFreeAsync(filter, null, user.Id))!.Value;
        var items = await QueryAsync(db => db.ReviewItems.Where(r => r.AccountId == account).Select(r => r.Id).ToListAsync());
        var second = items.Single(id => id != first);

        var page = RenderAs<ReviewPage>(user, Roles.Reviewer, p => p.Add(x => x.ItemId, first));
        page.WaitForElement("#transcript", TimeSpan.FromSeconds(10));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/review/{first}?account={account}");
        await PressAsync(page, "1");
        page.WaitForAssertion(() => Assert.EndsWith($"/review/{second}?account={account}", navigation.Uri));

        page.Render(p => p.Add(x => x.ItemId, second));
        page.WaitForAssertion(() => Assert.Contains($"/review/{second}?account={account}#message-", page.Find("#decision-timeline a").GetAttribute("href")));
        await PressAsync(page, "1");
        page.WaitForAssertion(() => Assert.EndsWith($"/queue?account={account}", navigation.Uri));
    }

    [Fact]
    public async Task Labelling_after_another_reviewer_shows_who_won_and_saves_nothing()
    {
        var item = await NewItemAsync();
        var page = await OpenAsync(item);
        var other = await ReviewWorld.ReviewerAsync(Fixture.Factory, 3);
        // The other reviewer labels while this page is open (their claim would have stopped them in the UI; the API does not care).
        await Fixture.Factory.Scoped.GetRequiredService<LabelService>().LabelAsync(
            new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, null, 20), new AuditActor(other.Id, other.UserName!, null));

        page.Find("#verdict-1").Click();

        page.WaitForAssertion(() => Assert.Contains(other.UserName!, page.Find("#label-conflict").TextContent));
        Assert.Equal(1, await QueryAsync(db => db.Labels.CountAsync(l => l.ReviewItemId == item.Id)));
    }

    [Fact]
    public async Task An_item_another_reviewer_has_open_can_be_read_but_not_labelled()
    {
        var item = await NewItemAsync();
        var other = await ReviewWorld.ReviewerAsync(Fixture.Factory, 4);
        await Fixture.Factory.Scoped.GetRequiredService<ItemClaims>().ClaimAsync(item.Id, new AuditActor(other.Id, other.UserName!, null));

        var page = await OpenAsync(item);

        Assert.Contains(other.UserName!, page.Find("#claim-warning").TextContent);
        Assert.Empty(page.FindAll("#verdict-1"));
        Assert.NotEmpty(page.FindAll("#transcript .rc-bubble"));
    }

    [Fact]
    public async Task Opening_an_item_claims_it_and_leaving_without_a_verdict_releases_it()
    {
        var item = await NewItemAsync();
        var reviewer = await ReviewWorld.ReviewerAsync(Fixture.Factory, 5);
        await OpenAsync(item, 5);
        Assert.Equal(reviewer.Id, await QueryAsync(db => db.ReviewItems.Where(r => r.Id == item.Id).Select(r => r.ClaimedById).SingleAsync()));

        await DisposeComponentsAsync();

        Assert.Null(await QueryAsync(db => db.ReviewItems.Where(r => r.Id == item.Id).Select(r => r.ClaimedById).SingleAsync()));
    }

    [Fact]
    public async Task An_item_already_labelled_says_the_verdict_its_reason_note_and_who_gave_it()
    {
        var item = await NewItemAsync();
        var other = await ReviewWorld.ReviewerAsync(Fixture.Factory, 6);
        await Fixture.Factory.Scoped.GetRequiredService<LabelService>().LabelAsync(
            new LabelRequest(item.Id, item.Version, LabelVerdict.FalsePositive, FalsePositiveReason.Research, "a toxicology study", 20),
            new AuditActor(other.Id, other.UserName!, null));

        var page = await OpenAsync(item);

        var reason = page.Find("#label-disabled-reason").TextContent;
        Assert.Contains("False positive (research): a toxicology study", reason);
        Assert.Contains($"by {other.UserName}", reason);
    }
}
