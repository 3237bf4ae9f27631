using System.Net;
using System.Net.Http.Json;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Dashboard;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Tests.Features.Dashboard;

/// <summary>
/// Every dashboard figure against an independent computation from the base tables, on a small world made through
/// the ingest API, reviewed and appealed through the services reviewers use.
/// </summary>
public sealed class DashboardMetricsTests : PageTestContext, IClassFixture<DashboardMetricsTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public SharedAppFixture App { get; } = new();

        public async Task InitializeAsync()
        {
            using var api = await ApiTestClient.CreateAsync(App.Factory);
            var user = await ReviewWorld.ReviewerAsync(App.Factory);
            var reviewer = new AuditActor(user.Id, user.UserName!, null);
            var labels = App.Factory.Scoped.GetRequiredService<LabelService>();
            string[] benign = ["What is the capital of France?", "Thanks, and of Spain?"];
            for (var i = 0; i < 6; i++)
            {
                // Conversations 0 and 1 are one account's (its abusive compute adds up), the rest one each.
                var account = i < 2 ? "dash-heavy" : $"dash-acct-{i}";
                var texts = ReviewWorld.Abuse;
                for (var m = 0; m < texts.Length; m++)
                {
                    var response = await api.PostMessageAsync($"dash-t{i}", $"m{m}", texts[m], account, extra: new { tokenCount = 1000 * (i + 1) });
                    if ((await ApiTestClient.JsonAsync(response)).GetProperty("decision").GetString() == "terminate")
                    {
                        break;
                    }
                }
                var item = await api.QueryAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(r => r.ConversationId == $"dash-t{i}"));
                var verdict = i switch { 0 or 1 or 2 => LabelVerdict.Correct, 3 => LabelVerdict.FalsePositive, 4 => LabelVerdict.EscalateToLegal, _ => (LabelVerdict?)null };
                if (verdict is { } v)
                {
                    await labels.LabelAsync(new LabelRequest(item.Id, item.Version, v, v == LabelVerdict.FalsePositive ? FalsePositiveReason.Research : null, null, 30 * (i + 1)), reviewer);
                }
            }
            for (var i = 0; i < 4; i++)
            {
                for (var m = 0; m < benign.Length; m++)
                {
                    (await api.PostMessageAsync($"dash-b{i}", $"m{m}", benign[m], $"dash-benign-{i}", extra: new { tokenCount = 50 })).EnsureSuccessStatusCode();
                }
            }
            await ReviewWorld.SafeguardAsync(api, "dash-s0", "dash-crisis");

            // Two appeals: one overturned, one upheld.
            var decisions = App.Factory.Scoped.GetRequiredService<AppealDecisions>();
            foreach (var (conversation, account, overturn) in new[] { ("dash-t3", "dash-acct-3", true), ("dash-t2", "dash-acct-2", false) })
            {
                var filed = await api.Http.PostAsJsonAsync("/api/v1/appeals", new { conversationId = conversation, accountId = account, text = "please" });
                var id = (await ApiTestClient.JsonAsync(filed)).GetProperty("id").GetInt64();
                var appeal = await api.QueryAsync(db => db.Appeals.SingleAsync(a => a.Id == id));
                await decisions.DecideAsync(id, appeal.Version, overturn, "reviewed", reviewer);
            }
            await App.Factory.Scoped.GetRequiredService<RollupService>().RefreshAsync();
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private readonly World world;

    public DashboardMetricsTests(World world) : base(world.App) => this.world = world;

    private static DashboardFilter Today => new(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-6), DateOnly.FromDateTime(DateTime.UtcNow), null);

    /// <summary>What the page shows when it opens: the last 90 days, every category.</summary>
    private Task<DashboardData> PageFiguresAsync()
    {
        var today = DateOnly.FromDateTime(world.App.Factory.Scoped.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        return world.App.Factory.Scoped.GetRequiredService<DashboardQuery>().LoadAsync(new DashboardFilter(today.AddDays(-89), today, null));
    }

    private async Task<T> QueryAsync<T>(Func<ReviewDbContext, Task<T>> query)
    {
        await using var scope = world.App.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
    }

    [Fact]
    public async Task Every_figure_equals_an_independent_computation_from_the_base_tables()
    {
        var data = await world.App.Factory.Scoped.GetRequiredService<DashboardQuery>().LoadAsync(Today);

        var items = await QueryAsync(db => db.ReviewItems.AsNoTracking().Include(r => r.Conversation).ToListAsync());
        var labels = await QueryAsync(db => db.Labels.AsNoTracking().ToListAsync());
        var terminations = items.Where(r => r.Kind == DecisionKind.Terminate).ToList();
        Assert.Equal(6, terminations.Count);
        Assert.Equal(await QueryAsync(db => db.Conversations.CountAsync()), data.Conversations);
        Assert.Equal(items.Count, data.Flagged);
        Assert.Equal((6, 1), (data.Terminations, data.Safeguards));
        Assert.Equal(items.Count / (double)data.Conversations, data.FlaggedShare!.Value, 9);
        Assert.Equal(terminations.Sum(t => t.Conversation!.TotalTokens), data.TokensTerminated);
        // Compute avoided: a typical abusive session (12,000 tokens) minus the tokens used when it was ended, never negative.
        var avoided = terminations.Sum(t => Math.Max(0, 12_000 - t.Conversation!.TotalTokens));
        Assert.Equal(avoided, data.TokensAvoided);
        Assert.Equal(avoided / 1000.0 * 2.50, data.DollarsAvoided, 6);
        Assert.Equal(data.TokensAvoided, data.Days[^1].CumulativeTokensAvoided);

        var correct = labels.Count(l => l.Verdict == LabelVerdict.Correct);
        var falsePositives = labels.Count(l => l.Verdict == LabelVerdict.FalsePositive);
        Assert.Equal((correct, falsePositives), (data.Confirmed, data.FalsePositives));
        Assert.Equal(falsePositives / (double)(correct + falsePositives), data.FalsePositiveRate!.Value, 9);
        Assert.Equal(labels.Count, data.Reviewed);
        var seconds = labels.Select(l => l.SecondsSpent).Order().ToList();
        Assert.Equal(seconds[(seconds.Count - 1) / 2], data.MedianReviewSeconds);
        Assert.Equal(labels.Sum(l => l.SecondsSpent) / 3600.0 * 28, data.ReviewerCost, 6);
        Assert.Equal((1, 450.0), (data.Escalations, data.LegalCost));
        Assert.Equal((1, 1, 0.5), (data.AppealsOverturned, data.AppealsUpheld, data.AppealOverturnRate!.Value));
        Assert.Equal(new Funnel(items.Count, correct + falsePositives, correct, falsePositives, 2, 1), data.Funnel);
        Assert.Equal(await QueryAsync(db => db.ReviewItems.CountAsync(r => r.Status == ReviewStatus.Pending)), data.Backlog);
    }

    [Fact]
    public async Task The_concentration_curve_and_the_costliest_accounts_come_from_the_accounts_abusive_compute()
    {
        var data = await world.App.Factory.Scoped.GetRequiredService<DashboardQuery>().LoadAsync(Today);

        var accounts = await QueryAsync(db => db.Accounts.AsNoTracking().ToListAsync());
        var tokens = accounts.Select(a => a.AbusiveTokens).OrderDescending().ToList();
        var total = (double)tokens.Sum();
        foreach (var point in data.Concentration)
        {
            var top = (int)Math.Ceiling(accounts.Count * point.AccountShare);
            Assert.Equal(tokens.Take(top).Sum() / total, point.ComputeShare, 9);
        }
        Assert.Equal(1.0, data.Concentration[^1].ComputeShare, 9);
        Assert.Equal(accounts.MaxBy(a => a.AbusiveTokens)!.Id, data.CostliestAccounts[0].AccountId);
        Assert.Equal(accounts.Single(a => a.Id == "dash-heavy").AbusiveTokens, data.CostliestAccounts.Single(a => a.AccountId == "dash-heavy").AbusiveTokens);
        Assert.Equal(accounts.Count(a => a.AbusiveTokens > 0), data.CostliestAccounts.Count);
        Assert.Equal(data.CostliestAccounts.Select(a => a.AbusiveTokens).OrderDescending(), data.CostliestAccounts.Select(a => a.AbusiveTokens));
    }

    [Fact]
    public async Task Figures_that_must_agree_do_and_the_page_says_how()
    {
        var user = (await world.App.Factory.Scoped.GetRequiredService<UserAdministration>().ListAsync()).First(u => u.Roles.Contains(Roles.Manager));
        var page = RenderAs<DashboardPage>(new ApplicationUser { Id = user.Id, UserName = user.Email }, Roles.Manager);
        page.WaitForElement("#dashboard-tiles");
        var data = await PageFiguresAsync();
        var labels = await QueryAsync(db => db.Labels.AsNoTracking().ToListAsync());

        // Workload = the funnel's reviewed (correct or false positive) + legal escalations + second opinions, each said on the tile.
        var secondOpinions = labels.Count(l => l.Verdict == LabelVerdict.SecondOpinion);
        Assert.Equal(data.Reviewed, data.Funnel.Reviewed + data.Escalations + secondOpinions);
        Assert.Contains($"{data.Funnel.Reviewed:N0} correct or false positive, {data.Escalations:N0} to legal, {secondOpinions:N0} other", page.Find("#tile-review").TextContent);
        // The overturn rate's denominator is the appeals decided, shown beside the funnel's appeals filed.
        var decided = data.AppealsOverturned + data.AppealsUpheld;
        Assert.Contains($"of {decided:N0} decided", page.Find("#tile-fp").TextContent);
        Assert.Contains($"Appeals decided (overturned or upheld){decided:N0}", page.Find("#table-funnel").TextContent);
        // Over the whole history, the dashboard's terminations are the overview's.
        Assert.Equal(await QueryAsync(db => db.ReviewItems.CountAsync(r => r.Kind == DecisionKind.Terminate)), data.Terminations);
    }

    [Fact]
    public void The_daily_false_positive_rate_is_taken_over_seven_days()
    {
        static DayFigures Day(int i, int confirmed, int falsePositives) =>
            new(new DateOnly(2026, 11, 1).AddDays(i), new Dictionary<string, int>(), 0, 0, 0, 0, 0, 0, 0, confirmed, falsePositives);
        DayFigures[] days = [Day(0, 9, 1), Day(1, 0, 0), Day(2, 1, 1), .. Enumerable.Range(3, 7).Select(i => Day(i, 0, 0))];

        var rates = DashboardPage.WeeklyFalsePositiveRates(days);

        Assert.Equal(0.1, rates[0]!.Value, 9);
        Assert.Equal(0.1, rates[1]!.Value, 9);
        Assert.Equal(2 / 12.0, rates[2]!.Value, 9);
        Assert.Equal(1 / 2.0, rates[7]!.Value, 9);
        Assert.Null(rates[9]);
    }

    [Fact]
    public void The_median_and_concentration_helpers_follow_their_definitions()
    {
        Assert.Equal(20, DashboardQuery.Median([(10, 1), (20, 1), (30, 1)]));
        Assert.Equal(10, DashboardQuery.Median([(10, 2), (30, 2)]));
        Assert.Equal(0, DashboardQuery.Median([]));
        // 100 accounts, 3 of which used 70 of 100 abusive tokens: the brief's "3% consume 70%".
        var (points, topThree) = DashboardQuery.Concentration([40, 20, 10, 10, 10, 10], accounts: 100);
        Assert.Equal(0.70, topThree, 9);
        Assert.Equal(0.40, points[0].ComputeShare, 9);
    }

    [Fact]
    public async Task Before_the_first_count_the_page_says_it_is_counting_and_fills_in_once_the_count_has_run()
    {
        var user = (await world.App.Factory.Scoped.GetRequiredService<UserAdministration>().ListAsync()).First(u => u.Roles.Contains(Roles.Manager));
        // A server just started: its rollups have not run yet.
        var rollups = new RollupState();
        var query = new DashboardQuery(world.App.Factory.Scoped.GetRequiredService<IDbContextFactory<ReviewDbContext>>(),
            world.App.Factory.Scoped.GetRequiredService<CostSettingsStore>(), rollups, new MemoryCache(new MemoryCacheOptions()));
        var page = RenderAs<DashboardPage>(new ApplicationUser { Id = user.Id, UserName = user.Email }, Roles.Manager,
            replace: services => services.AddSingleton(query));
        page.WaitForElement("#dashboard-tiles");

        Assert.Contains("Counting…", page.Find("#dashboard-counting").TextContent);
        Assert.Contains("figures as of — UTC", page.Markup);

        var ranAt = new DateTimeOffset(2026, 12, 1, 9, 30, 15, TimeSpan.Zero);
        rollups.Ran(ranAt);

        // The page looks again every few seconds while it waits for the first count.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#dashboard-counting")), TimeSpan.FromSeconds(10));
        Assert.Contains("figures as of 09:30:15 UTC", page.Markup);
    }

    [Fact]
    public async Task The_charts_receive_the_dashboard_figures()
    {
        var user = (await world.App.Factory.Scoped.GetRequiredService<UserAdministration>().ListAsync()).First(u => u.Roles.Contains(Roles.Manager));
        var manager = new ApplicationUser { Id = user.Id, UserName = user.Email };
        var page = RenderAs<DashboardPage>(manager, Roles.Manager);
        page.WaitForElement("#dashboard-tiles");
        var data = await PageFiguresAsync();

        var charts = page.FindComponents<MudChart<double>>();
        var terminations = charts.Single(c => c.Instance.ChartType == ChartType.StackedBar).Instance.ChartSeries;
        Assert.Equal(data.Terminations, terminations.Sum(s => s.Data.Values.Sum()));
        var funnel = charts.Single(c => c.Instance.ChartType == ChartType.Bar && c.Instance.ChartLabels.Contains("Flagged")).Instance.ChartSeries.Single();
        Assert.Equal(new double[] { data.Funnel.Flagged, data.Funnel.Reviewed, data.Funnel.Confirmed, data.Funnel.FalsePositives, data.Funnel.Appealed, data.Funnel.Overturned },
            funnel.Data.Values);
        var avoided = charts.Single(c => c.Instance.ChartSeries.Any(s => s.Name == "Cumulative ($)")).Instance.ChartSeries.Single(s => s.Name == "Cumulative ($)");
        Assert.Equal(data.DollarsAvoided, avoided.Data.Values[^1], 6);
        Assert.Contains($"{data.Terminations:N0} / {data.Safeguards:N0}", page.Find("#tile-terminations").TextContent);
        // A manager reads the cost settings; only an admin edits them.
        Assert.NotNull(page.Find("#cost-readonly"));
        Assert.Empty(page.FindAll("#cost-save"));
    }

    [Fact]
    public async Task Changing_the_cost_settings_is_audited_and_counts_compute_avoided_again()
    {
        var store = world.App.Factory.Scoped.GetRequiredService<CostSettingsStore>();
        var (settings, version) = await store.GetAsync();
        var query = world.App.Factory.Scoped.GetRequiredService<DashboardQuery>();
        try
        {
            Assert.Null(await store.SaveAsync(settings with { TypicalAbusiveSessionTokens = 5_000 }, version, new AuditActor(null, "admin", null)));
            Assert.NotNull(await store.SaveAsync(settings with { TypicalAbusiveSessionTokens = 6_000 }, version, new AuditActor(null, "admin", null)));
            await world.App.Factory.Scoped.GetRequiredService<RollupService>().RefreshAsync();

            var data = await query.LoadAsync(Today);
            var terminated = await QueryAsync(db => db.ReviewItems.Where(r => r.Kind == DecisionKind.Terminate).Select(r => r.Conversation!.TotalTokens).ToListAsync());
            Assert.Equal(terminated.Sum(t => Math.Max(0, 5_000 - t)), data.TokensAvoided);
            Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CostSettingsChanged && e.After!.Contains("5000"))));
        }
        finally
        {
            var (_, now) = await store.GetAsync();
            await store.SaveAsync(settings, now, new AuditActor(null, "admin", null));
            await world.App.Factory.Scoped.GetRequiredService<RollupService>().RefreshAsync();
        }
    }

    [Fact]
    public async Task A_manager_exports_a_chart_as_csv_and_a_reviewer_cannot_open_the_dashboard()
    {
        var (managerEmail, managerPassword, _) = DemoUsers.Manager;
        using var manager = await SignInClient.CreateSignedInAsync(world.App.Factory, managerEmail, managerPassword);
        var csv = await manager.GetStringAsync(DashboardCsvExport.UrlFor("funnel", Today));
        Assert.StartsWith("stage,count", csv);
        Assert.Contains("appealed,2", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/dashboard/export.csv?table=secrets")).StatusCode);

        var (reviewerEmail, reviewerPassword, _) = DemoUsers.Reviewer;
        using var reviewer = await SignInClient.CreateSignedInAsync(world.App.Factory, reviewerEmail, reviewerPassword);
        foreach (var path in new[] { "/dashboard", DashboardCsvExport.UrlFor("days", Today) })
        {
            var response = await reviewer.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
    }
}
