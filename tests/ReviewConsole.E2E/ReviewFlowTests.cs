using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.E2E;

/// <summary>A reviewer's day in the browser, on data sent through the ingest API as the chat product sends it.</summary>
public sealed class ReviewFlowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string[] Abuse = ["How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?"];

    private static async Task TerminateAsync(HttpClient api, string conversation, string account)
    {
        for (var i = 0; i < Abuse.Length; i++)
        {
            var response = await api.PostAsJsonAsync($"api/v1/conversations/{conversation}/messages",
                new { messageId = $"m{i}", accountId = account, role = "user", text = Abuse[i] });
            response.EnsureSuccessStatusCode();
            if (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("decision").GetString() == "terminate")
            {
                return;
            }
        }
        throw new InvalidOperationException("The conversation was not terminated.");
    }

    private async Task<IPage> SignInAsReviewerAsync(ColorScheme? scheme = null)
    {
        var (email, password, _) = DemoUsers.Reviewer;
        return await session.NewSignedInPageAsync(email, password, scheme);
    }

    [Fact]
    public async Task A_reviewer_opens_the_first_item_reveals_it_labels_a_false_positive_with_the_keyboard_and_it_leaves_the_queue()
    {
        using var api = await session.Server.CreateApiClientAsync();
        var account = $"e2e-{Guid.NewGuid():N}"[..20];
        await TerminateAsync(api, $"{account}-c", account);
        var page = await SignInAsReviewerAsync();

        await page.GotoAsync($"queue?account={account}");
        await BrowserSession.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#queue-grid")).ToContainTextAsync(account);
        await BrowserSession.ScreenshotAsync(page, "review-queue");
        await session.OpenNextItemAsync(page);
        var itemUrl = page.Url;
        await Assertions.Expect(page.Locator("#shortcuts-ready")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("#transcript [data-blurred]")).ToHaveCountAsync(3);
        await BrowserSession.ScreenshotAsync(page, "review-item-blurred");

        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("#transcript [data-blurred]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#exposure-count")).ToContainTextAsync("Revealed today: 3");
        await Assertions.Expect(page.Locator("#transcript mark.rc-match").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "review-item-revealed");

        await page.Keyboard.PressAsync("2");
        await Assertions.Expect(page.Locator("#fp-reasons")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("1");
        // Polled, not awaited as a navigation event: a client-side move to the queue can land without the event (CI).
        await Assertions.Expect(page).Not.ToHaveURLAsync(itemUrl);

        await page.GotoAsync($"queue?account={account}");
        await Assertions.Expect(page.Locator("#queue-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reviewer_triages_twenty_items_from_a_filtered_queue_with_the_keyboard_alone_in_light_and_dark_mode()
    {
        using var api = await session.Server.CreateApiClientAsync();
        var account = $"e2e-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 20; i++)
        {
            await TerminateAsync(api, $"{account}-{i}", account);
        }
        // Keys a reviewer would mix: correct; false positive, research; second opinion.
        string[][] verdicts = [["1"], ["2", "1"], ["4"]];
        var triaged = 0;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await SignInAsReviewerAsync(scheme);
            await page.GotoAsync($"queue?account={account}");
            await BrowserSession.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.Locator("#queue-shortcuts-ready")).ToBeAttachedAsync();
            await ThemeTests.WaitUntilAsync(page, dark: scheme == ColorScheme.Dark);
            await ThemeTests.AssertReadableAsync(page, ".mud-chip", "#queue-grid td", "#queue-start");
            await page.Keyboard.PressAsync("j");

            for (var i = 0; i < 10; i++, triaged++)
            {
                await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/review/\d+\?account={account}$"));
                var item = new Uri(page.Url).AbsolutePath.Split('/')[^1];
                await Assertions.Expect(page.Locator($"#review-title[data-item='{item}']")).ToBeVisibleAsync();
                // The review page's keys are heard once its listener is attached (the first item opens a new page).
                await Assertions.Expect(page.Locator("#shortcuts-ready")).ToBeAttachedAsync();
                await Assertions.Expect(page.Locator("#transcript .rc-bubble.terminate")).ToBeInViewportAsync();
                if (i == 0)
                {
                    await ThemeTests.AssertReadableAsync(page, ".mud-chip", "#transcript .rc-meta", "#label-form button");
                }
                Assert.False(await page.EvalOnSelectorAsync<bool>("#transcript", "t => t.scrollHeight > t.clientHeight + 1"),
                    $"item {item}: the transcript scrolls in a box of its own");
                foreach (var key in verdicts[triaged % verdicts.Length])
                {
                    await page.Keyboard.PressAsync(key);
                }
                await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex($@"/review/{item}\?"));
            }
            if (scheme == ColorScheme.Dark)
            {
                await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/queue\?account={account}$"));
                await Assertions.Expect(page.Locator("#queue-empty")).ToBeVisibleAsync();
            }
            await page.Context.CloseAsync();
        }
        Assert.Equal(20, triaged);
    }

    [Fact]
    public async Task A_long_conversation_opens_on_its_termination_in_the_page_scroll_the_timeline_jumps_and_other_is_typed_and_saved_with_Enter()
    {
        using var api = await session.Server.CreateApiClientAsync();
        var account = $"e2e-{Guid.NewGuid():N}"[..20];
        var conversation = $"{account}-long";
        for (var i = 0; i < 30; i++)
        {
            var response = await api.PostAsJsonAsync($"api/v1/conversations/{conversation}/messages", new
            {
                messageId = $"chat{i}", accountId = account, role = i % 2 == 0 ? "user" : "assistant",
                text = i % 2 == 0 ? $"Could you suggest a recipe for dinner number {i}? Something with lentils and spinach, please." : "Here is a simple lentil and spinach curry you can make in thirty minutes.",
            });
            response.EnsureSuccessStatusCode();
        }
        await TerminateAsync(api, conversation, account);
        var page = await SignInAsReviewerAsync();
        await page.SetViewportSizeAsync(1440, 900);

        await page.GotoAsync($"queue?account={account}");
        await session.OpenNextItemAsync(page);
        var itemUrl = page.Url;

        await Assertions.Expect(page.Locator("#transcript .rc-bubble.terminate")).ToBeInViewportAsync();
        var nested = await page.EvalOnSelectorAsync<bool>("#transcript", "t => t.scrollHeight > t.clientHeight + 1");
        Assert.False(nested, "the transcript scrolls with the page, not in a box of its own");
        await Assertions.Expect(page.Locator("#label-form")).ToBeInViewportAsync();
        await BrowserSession.ScreenshotAsync(page, "review-opens-on-termination");

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await page.Locator("#decision-timeline .rc-timeline-jump").First.ClickAsync();
        var firstWarning = await page.Locator("#decision-timeline .rc-timeline-jump").First.GetAttributeAsync("data-sequence");
        await Assertions.Expect(page.Locator($"#message-{firstWarning}")).ToBeInViewportAsync();
        Assert.Equal(itemUrl, page.Url);

        await Assertions.Expect(page.Locator("#shortcuts-ready")).ToBeAttachedAsync();
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("5");
        await Assertions.Expect(page.Locator("#label-note")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("quoting a thriller");
        await page.Keyboard.PressAsync("Enter");
        // Polled, not awaited as a navigation event: a client-side move to the queue can land without the event (CI).
        await Assertions.Expect(page).Not.ToHaveURLAsync(itemUrl);
    }

    [Fact]
    public async Task An_appeal_overturned_by_a_reviewer_shows_in_the_account_status_api()
    {
        using var api = await session.Server.CreateApiClientAsync();
        var account = $"e2e-{Guid.NewGuid():N}"[..20];
        var conversation = $"{account}-c";
        await TerminateAsync(api, conversation, account);
        var filed = await api.PostAsJsonAsync("api/v1/appeals", new { conversationId = conversation, accountId = account, text = "I was quoting my <b>crime novel</b>." });
        filed.EnsureSuccessStatusCode();
        var appealId = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var page = await SignInAsReviewerAsync();

        await page.GotoAsync("appeals");
        await BrowserSession.WaitUntilLiveAsync(page);
        await BrowserSession.ClickThroughToAsync(page, $"#appeals-grid tr:has-text('{account}')", $"/appeals/{appealId}");
        await BrowserSession.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.Locator("#appeal-text")).ToHaveTextAsync("I was quoting my <b>crime novel</b>.");
        await page.FillAsync("#appeal-reason", "Fiction, not a threat.");
        await page.ClickAsync("#appeal-overturn");
        await Assertions.Expect(page.Locator("#appeal-message")).ToContainTextAsync("Overturned");
        await BrowserSession.ScreenshotAsync(page, "appeal-overturned");

        var status = JsonDocument.Parse(await api.GetStringAsync($"api/v1/accounts/{account}/status")).RootElement;
        var appeal = status.GetProperty("appeals")[0];
        Assert.Equal("Overturned", appeal.GetProperty("status").GetString());
        Assert.Equal("Fiction, not a threat.", appeal.GetProperty("reason").GetString());
    }
}
