using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Restrictions;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Appeals;

/// <summary>Appeal outcomes and restriction decisions, checked where the chat product sees them: the account status API.</summary>
public sealed class AppealAndRestrictionTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private async Task<AuditActor> ReviewerAsync()
    {
        var user = await ReviewWorld.ReviewerAsync(fixture.Factory);
        return new AuditActor(user.Id, user.UserName!, null);
    }

    /// <summary>Three terminations: the third brings a restriction recommendation. Returns the last conversation id.</summary>
    private static async Task<string> RepeatOffenderAsync(ApiTestClient api, string account)
    {
        var last = "";
        for (var c = 0; c < 3; c++)
        {
            last = $"{account}-c{c}";
            await ReviewWorld.TerminateAsync(api, last, account);
        }
        return last;
    }

    private static async Task<long> AppealAsync(ApiTestClient api, string conversation, string account)
    {
        var response = await api.Http.PostAsJsonAsync("/api/v1/appeals", new { conversationId = conversation, accountId = account, text = "I was writing a crime novel." });
        response.EnsureSuccessStatusCode();
        return (await ApiTestClient.JsonAsync(response)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Overturning_an_appeal_marks_a_false_positive_lifts_the_restriction_and_the_status_api_shows_it()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("appeal");
        var conversation = await RepeatOffenderAsync(api, account);
        var restriction = await api.QueryAsync(db => db.Restrictions.SingleAsync(r => r.AccountId == account));
        var actor = await ReviewerAsync();
        Assert.IsType<RestrictionOutcome.Done>(await fixture.Factory.Scoped.GetRequiredService<RestrictionDecisions>()
            .DecideAsync(restriction.Id, restriction.Version, RestrictionAction.Apply, actor));
        var appealId = await AppealAsync(api, conversation, account);
        var appeal = await api.QueryAsync(db => db.Appeals.SingleAsync(a => a.Id == appealId));

        var outcome = await fixture.Factory.Scoped.GetRequiredService<AppealDecisions>()
            .DecideAsync(appealId, appeal.Version, overturn: true, "Quoting fiction; not a real threat.", actor);

        Assert.Equal(new AppealOutcome.Done(AppealStatus.Overturned, 1), outcome);
        var status = await ApiTestClient.JsonAsync(await api.Http.GetAsync($"/api/v1/accounts/{account}/status"));
        Assert.Equal("None", status.GetProperty("restriction").GetString());
        Assert.Equal("Lifted", status.GetProperty("restrictions")[0].GetProperty("status").GetString());
        var shown = status.GetProperty("appeals")[0];
        Assert.Equal("Overturned", shown.GetProperty("status").GetString());
        Assert.Equal("Quoting fiction; not a real threat.", shown.GetProperty("reason").GetString());
        var label = await api.QueryAsync(db => db.Labels.Include(l => l.ReviewItem).SingleAsync(l => l.ReviewItem!.ConversationId == conversation));
        Assert.Equal(LabelVerdict.FalsePositive, label.Verdict);
        Assert.Equal(ReviewStatus.Labelled, label.ReviewItem!.Status);
        Assert.True(await api.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.AppealOverturned && e.Target == $"appeal:{appealId}")));
    }

    [Fact]
    public async Task Upholding_keeps_the_termination_and_a_second_decision_on_the_same_appeal_is_refused()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("uphold");
        var conversation = $"{account}-c";
        await ReviewWorld.TerminateAsync(api, conversation, account);
        var appealId = await AppealAsync(api, conversation, account);
        var appeal = await api.QueryAsync(db => db.Appeals.SingleAsync(a => a.Id == appealId));
        var decisions = fixture.Factory.Scoped.GetRequiredService<AppealDecisions>();
        var actor = await ReviewerAsync();

        Assert.Equal(new AppealOutcome.Done(AppealStatus.Upheld, 0), await decisions.DecideAsync(appealId, appeal.Version, false, "Repeated threats.", actor));
        var again = await decisions.DecideAsync(appealId, appeal.Version, true, "Changed my mind.", actor);

        Assert.Contains("already upheld", Assert.IsType<AppealOutcome.Conflict>(again).Message);
        var status = await ApiTestClient.JsonAsync(await api.Http.GetAsync($"/api/v1/accounts/{account}/status"));
        Assert.Equal("Upheld", status.GetProperty("appeals")[0].GetProperty("status").GetString());
        Assert.Equal(0, await api.QueryAsync(db => db.Labels.CountAsync(l => l.ReviewItem!.ConversationId == conversation)));
    }

    [Fact]
    public async Task An_appeal_decision_needs_a_reason()
    {
        var outcome = await fixture.Factory.Scoped.GetRequiredService<AppealDecisions>().DecideAsync(1, Guid.Empty, true, "  ", await ReviewerAsync());
        Assert.IsType<AppealOutcome.Invalid>(outcome);
    }

    [Fact]
    public async Task Applying_restricts_the_account_dismissing_clears_it_and_a_stale_decision_is_refused()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("restrict");
        await RepeatOffenderAsync(api, account);
        var restriction = await api.QueryAsync(db => db.Restrictions.SingleAsync(r => r.AccountId == account));
        var decisions = fixture.Factory.Scoped.GetRequiredService<RestrictionDecisions>();
        var actor = await ReviewerAsync();

        Assert.IsType<RestrictionOutcome.Done>(await decisions.DecideAsync(restriction.Id, restriction.Version, RestrictionAction.Apply, actor));
        var status = await ApiTestClient.JsonAsync(await api.Http.GetAsync($"/api/v1/accounts/{account}/status"));
        Assert.Equal("Restricted", status.GetProperty("restriction").GetString());

        // A second reviewer still holding the recommendation as it was cannot dismiss what was applied.
        var stale = await decisions.DecideAsync(restriction.Id, restriction.Version, RestrictionAction.Dismiss, actor);
        Assert.IsType<RestrictionOutcome.Conflict>(stale);

        var applied = await api.QueryAsync(db => db.Restrictions.SingleAsync(r => r.Id == restriction.Id));
        Assert.IsType<RestrictionOutcome.Done>(await decisions.DecideAsync(applied.Id, applied.Version, RestrictionAction.Lift, actor));
        status = await ApiTestClient.JsonAsync(await api.Http.GetAsync($"/api/v1/accounts/{account}/status"));
        Assert.Equal("None", status.GetProperty("restriction").GetString());
        var actions = await api.QueryAsync(db => db.AuditEntries.Where(e => e.Target == $"account:{account}").Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.RestrictionApplied, AuditActions.RestrictionLifted], actions);
    }

    [Fact]
    public async Task After_a_dismissal_ingest_sees_the_account_afresh_and_can_recommend_again()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var account = ReviewWorld.NewId("again");
        await RepeatOffenderAsync(api, account);
        var restriction = await api.QueryAsync(db => db.Restrictions.SingleAsync(r => r.AccountId == account));
        await fixture.Factory.Scoped.GetRequiredService<RestrictionDecisions>()
            .DecideAsync(restriction.Id, restriction.Version, RestrictionAction.Dismiss, await ReviewerAsync());

        await ReviewWorld.TerminateAsync(api, $"{account}-c9", account);

        var restrictions = await api.QueryAsync(db => db.Restrictions.Where(r => r.AccountId == account).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RestrictionStatus.Dismissed, RestrictionStatus.Recommended], restrictions);
        var status = await ApiTestClient.JsonAsync(await api.Http.GetAsync($"/api/v1/accounts/{account}/status"));
        Assert.Equal("Recommended", status.GetProperty("restriction").GetString());
    }
}
