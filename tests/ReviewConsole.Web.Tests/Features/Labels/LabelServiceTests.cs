using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Labels;

public sealed class LabelServiceTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private LabelService Labels => fixture.Factory.Scoped.GetRequiredService<LabelService>();

    private async Task<(ReviewItem Item, AuditActor First, AuditActor Second)> NewItemAsync()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var item = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("label"), ReviewWorld.NewId("acct"));
        var first = await ReviewWorld.ReviewerAsync(fixture.Factory);
        var second = await ReviewWorld.ReviewerAsync(fixture.Factory, 2);
        return (item, new AuditActor(first.Id, first.UserName!, "127.0.0.1"), new AuditActor(second.Id, second.UserName!, null));
    }

    private async Task<T> QueryAsync<T>(Func<ReviewConsole.Web.Data.ReviewDbContext, Task<T>> query)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewConsole.Web.Data.ReviewDbContext>());
    }

    [Fact]
    public async Task A_false_positive_with_its_reason_is_stored_takes_the_item_out_of_the_queue_and_is_audited()
    {
        var (item, reviewer, _) = await NewItemAsync();

        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.FalsePositive, FalsePositiveReason.HistoricalAnalysis, "WW2 essay", 41), reviewer);

        var saved = Assert.IsType<LabelOutcome.Saved>(outcome);
        Assert.Equal(ReviewStatus.Labelled, saved.Status);
        var label = await QueryAsync(db => db.Labels.SingleAsync(l => l.ReviewItemId == item.Id));
        Assert.Equal((LabelVerdict.FalsePositive, FalsePositiveReason.HistoricalAnalysis, "WW2 essay", 41, reviewer.UserId),
            (label.Verdict, label.FalsePositiveReason, label.Note, label.SecondsSpent, (string?)label.ReviewerId));
        var queue = fixture.Factory.Scoped.GetRequiredService<ReviewQueue>();
        var pending = await queue.PageAsync(new QueueQuery { AccountId = item.AccountId }, null);
        Assert.DoesNotContain(pending.Rows, r => r.Id == item.Id);
        var audit = await QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ReviewLabelled && e.Target == $"review-item:{item.Id}"));
        Assert.Equal(reviewer.Name, audit.ActorName);
        Assert.Contains("Pending", audit.Before);
        Assert.Contains("HistoricalAnalysis", audit.After);
    }

    [Fact]
    public async Task A_reviewer_who_labels_second_is_told_who_labelled_first_and_nothing_is_overwritten()
    {
        var (item, first, second) = await NewItemAsync();
        Assert.IsType<LabelOutcome.Saved>(await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, null, 30), first));

        // The second reviewer opened the item before the first label: same version in hand.
        var late = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.FalsePositive, FalsePositiveReason.Research, null, 50), second);

        var conflict = Assert.IsType<LabelOutcome.Conflict>(late);
        Assert.Equal(first.Name, conflict.By);
        Assert.NotNull(conflict.At);
        var labels = await QueryAsync(db => db.Labels.Where(l => l.ReviewItemId == item.Id).ToListAsync());
        Assert.Equal(LabelVerdict.Correct, Assert.Single(labels).Verdict);
    }

    [Fact]
    public async Task Two_reviewers_labelling_at_the_same_moment_store_exactly_one_label()
    {
        var (item, first, second) = await NewItemAsync();

        var outcomes = await Task.WhenAll(
            Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, null, 10), first),
            Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.EscalateToLegal, null, null, 10), second));

        Assert.Single(outcomes, o => o is LabelOutcome.Saved);
        Assert.Single(outcomes, o => o is LabelOutcome.Conflict);
        Assert.Equal(1, await QueryAsync(db => db.Labels.CountAsync(l => l.ReviewItemId == item.Id)));
    }

    [Fact]
    public async Task Second_opinion_and_legal_escalation_keep_the_item_open_for_a_later_verdict()
    {
        var (item, first, second) = await NewItemAsync();

        var opinion = Assert.IsType<LabelOutcome.Saved>(await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.SecondOpinion, null, "not sure", 5), first));
        Assert.Equal(ReviewStatus.SecondOpinion, opinion.Status);
        var legal = Assert.IsType<LabelOutcome.Saved>(await Labels.LabelAsync(new LabelRequest(item.Id, opinion.Version, LabelVerdict.EscalateToLegal, null, null, 5), second));
        Assert.Equal(ReviewStatus.Escalated, legal.Status);
        var legalView = await fixture.Factory.Scoped.GetRequiredService<ReviewQueue>().PageAsync(new QueueQuery { View = QueueView.Legal, AccountId = item.AccountId }, null);
        Assert.Contains(legalView.Rows, r => r.Id == item.Id);
        var final = Assert.IsType<LabelOutcome.Saved>(await Labels.LabelAsync(new LabelRequest(item.Id, legal.Version, LabelVerdict.Correct, null, null, 5), first));
        Assert.Equal(ReviewStatus.Labelled, final.Status);
    }

    [Theory]
    [InlineData(LabelVerdict.FalsePositive, null, null, "Choose why")]
    [InlineData(LabelVerdict.FalsePositive, FalsePositiveReason.Other, " ", "Say in the note")]
    public async Task An_incomplete_false_positive_is_refused_with_a_clear_message(LabelVerdict verdict, FalsePositiveReason? reason, string? note, string message)
    {
        var (item, reviewer, _) = await NewItemAsync();

        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, verdict, reason, note, 3), reviewer);

        Assert.Contains(message, Assert.IsType<LabelOutcome.Invalid>(outcome).Message);
        Assert.Equal(0, await QueryAsync(db => db.Labels.CountAsync(l => l.ReviewItemId == item.Id)));
    }

    private async Task<(ReviewItem Item, AuditActor Reviewer)> NewCrisisItemAsync()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var item = await ReviewWorld.SafeguardAsync(api, ReviewWorld.NewId("crisis"), ReviewWorld.NewId("acct"));
        var reviewer = await ReviewWorld.ReviewerAsync(fixture.Factory);
        return (item, new AuditActor(reviewer.Id, reviewer.UserName!, null));
    }

    [Fact]
    public async Task A_crisis_at_imminent_risk_is_escalated_for_urgent_handling_and_shows_as_such()
    {
        var (item, reviewer) = await NewCrisisItemAsync();

        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.ImminentRisk, null, "says the pills are taken", 12), reviewer);

        Assert.Equal(ReviewStatus.Escalated, Assert.IsType<LabelOutcome.Saved>(outcome).Status);
        var queue = fixture.Factory.Scoped.GetRequiredService<ReviewQueue>();
        var escalated = await queue.PageAsync(new QueueQuery { View = QueueView.Legal, AccountId = item.AccountId }, null);
        Assert.Contains(escalated.Rows, r => r.Id == item.Id);
        Assert.StartsWith("Escalated: imminent risk: says the pills are taken — by ", (await queue.ItemAsync(item.Id))!.VerdictText);
    }

    [Fact]
    public async Task Not_a_crisis_needs_no_other_reason_and_reads_as_such()
    {
        var (item, reviewer) = await NewCrisisItemAsync();

        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.FalsePositive, FalsePositiveReason.NotACrisis, null, 7), reviewer);

        Assert.Equal(ReviewStatus.Labelled, Assert.IsType<LabelOutcome.Saved>(outcome).Status);
        var view = await fixture.Factory.Scoped.GetRequiredService<ReviewQueue>().ItemAsync(item.Id);
        Assert.StartsWith("Not a crisis — by ", view!.VerdictText);
    }

    [Fact]
    public async Task Crisis_verdicts_are_refused_on_abuse_items_and_abuse_reasons_on_crisis_items()
    {
        var (abuse, reviewer, _) = await NewItemAsync();
        var (crisis, _) = await NewCrisisItemAsync();

        var imminent = await Labels.LabelAsync(new LabelRequest(abuse.Id, abuse.Version, LabelVerdict.ImminentRisk, null, null, 3), reviewer);
        var research = await Labels.LabelAsync(new LabelRequest(crisis.Id, crisis.Version, LabelVerdict.FalsePositive, FalsePositiveReason.Research, null, 3), reviewer);

        Assert.Contains("crisis items only", Assert.IsType<LabelOutcome.Invalid>(imminent).Message);
        Assert.Contains("'not a crisis'", Assert.IsType<LabelOutcome.Invalid>(research).Message);
    }

    [Fact]
    public async Task An_over_long_note_is_refused()
    {
        var (item, reviewer, _) = await NewItemAsync();
        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, LabelVerdict.Correct, null, new string('x', LabelService.MaxNoteLength + 1), 3), reviewer);
        Assert.IsType<LabelOutcome.Invalid>(outcome);
    }
}
