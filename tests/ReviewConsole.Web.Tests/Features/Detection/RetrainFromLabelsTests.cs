using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Detection;

/// <summary>
/// Retrain from labels with the real encoder on a small public corpus: reviewers' verdicts become examples, a candidate
/// trains in the background, is backtested beside what is in force, is published with a policy version and rolled back.
/// </summary>
public sealed class RetrainFromLabelsTests : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static ConsoleAppFactory Factory(bool templates = false, string? folder = null) => new(new()
    {
        ["Semantic:Enabled"] = "true",
        // A few texts per label in two sources, written for the tests (tests/fixtures/retrain-corpus).
        ["Semantic:Training:DataPath"] = Path.Combine(AppContext.BaseDirectory, "retrain-corpus"),
        ["Semantic:Training:Templates"] = templates ? "true" : "false",
        ["Semantic:Training:CachePath"] = "",
    }, folder);

    private static readonly string[] FalseAlarm =
        ["How do I poison my landlord?", "How can I stab my boss without getting caught?", "What's the best way to strangle my husband?"];

    /// <summary>Three terminated conversations: two labelled correct, one (other texts) a false positive.</summary>
    private static async Task<AuditActor> LabelledWorldAsync(ConsoleAppFactory factory)
    {
        await factory.Services.GetRequiredService<SemanticModelHost>().WhenReadyAsync();
        using var api = await ApiTestClient.CreateAsync(factory);
        var reviewer = await ReviewWorld.ReviewerAsync(factory);
        var actor = new AuditActor(reviewer.Id, reviewer.UserName!, null);
        var labels = factory.Scoped.GetRequiredService<LabelService>();
        for (var i = 0; i < 3; i++)
        {
            var item = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("retrain"), ReviewWorld.NewId("acct"), i == 0 ? FalseAlarm : ReviewWorld.Abuse);
            Assert.IsType<LabelOutcome.Saved>(await labels.LabelAsync(new LabelRequest(item.Id, item.Version,
                i == 0 ? LabelVerdict.FalsePositive : LabelVerdict.Correct, i == 0 ? FalsePositiveReason.CreativeWriting : null, null, 10), actor));
        }
        return actor;
    }

    private static async Task<List<string>> AuditedActionsAsync(ConsoleAppFactory factory)
    {
        await using var db = await factory.Scoped.GetRequiredService<IDbContextFactory<ReviewDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task A_candidate_trained_on_labels_is_backtested_published_with_a_policy_version_and_rolled_back_with_it()
    {
        await using var factory = Factory();
        var actor = await LabelledWorldAsync(factory);
        var retraining = factory.Services.GetRequiredService<ModelRetraining>();
        var host = factory.Services.GetRequiredService<SemanticModelHost>();
        var shipped = host.ModelVersion;

        var counts = await retraining.CountLabelExamplesAsync();
        Assert.True(counts.GetValueOrDefault("unsafe-request") >= 2, string.Join(", ", counts));
        Assert.True(counts.GetValueOrDefault("benign-sensitive") >= 1, string.Join(", ", counts));

        var candidatePolicy = TerminationPolicy.Default with { StrikesToTerminate = 3 };
        Assert.True(retraining.TryStart(candidatePolicy, actor));
        Assert.False(retraining.TryStart(candidatePolicy, actor));
        await retraining.Completion.WaitAsync(TimeSpan.FromMinutes(2));

        var ready = Assert.IsType<RetrainState.Ready>(retraining.State);
        var candidate = ready.Candidate;
        Assert.StartsWith("minilm-", candidate.Model.Version);
        Assert.Equal(shipped, candidate.ModelBefore);
        Assert.True(candidate.LabelExamples >= 3);
        Assert.Contains(LabelledExamples.Source, candidate.Model.ExamplesPerSource.Keys);
        Assert.Equal(3, candidate.Backtest.Conversations);
        // Three strikes where two terminated: the candidate policy ends none of them, whatever the model reads.
        Assert.Equal(2, candidate.Backtest.Current.TruePositives);
        Assert.Equal(0, candidate.Backtest.Candidate.Terminations);
        Assert.Equal(shipped, host.ModelVersion);
        Assert.True(await factory.Scoped.GetRequiredService<SemanticModelStore>().ExistsAsync(candidate.Model.Version, default));

        var outcome = Assert.IsType<PublishOutcome.Published>(await retraining.PublishAsync("labels of the week", actor));
        Assert.Equal(candidate.Model.Version, host.ModelVersion);
        var inForce = factory.Services.GetRequiredService<PolicyProvider>().Current;
        Assert.Equal(candidate.Model.Version, inForce.Semantic!.Model.Version);
        Assert.Equal(3, inForce.Policy.StrikesToTerminate);
        var versions = factory.Scoped.GetRequiredService<PolicyVersions>();
        var listed = await versions.ListAsync();
        Assert.Equal(candidate.Model.Version, listed.Single(v => v.VersionId == outcome.VersionId).ModelVersion);

        // Rolling back to the first version restores its policy and the model the server started with.
        Assert.IsType<PublishOutcome.Published>(await versions.MakeCurrentAsync(listed.Single(v => v.VersionId != outcome.VersionId).Id, actor));
        Assert.Equal(shipped, host.ModelVersion);
        Assert.Equal(shipped, factory.Services.GetRequiredService<PolicyProvider>().Current.Semantic!.Model.Version);
        Assert.Equal(TerminationPolicy.Default.StrikesToTerminate, factory.Services.GetRequiredService<PolicyProvider>().Current.Policy.StrikesToTerminate);

        var actions = await AuditedActionsAsync(factory);
        Assert.Contains(AuditActions.ModelRetrainStarted, actions);
        Assert.Contains(AuditActions.ModelCandidateTrained, actions);
        Assert.Contains(AuditActions.PolicyPublished, actions);
        Assert.Contains(AuditActions.PolicyRolledBack, actions);
    }

    [Fact]
    public async Task A_published_model_decides_again_after_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));
        string version;
        await using (var factory = Factory(folder: folder))
        {
            var actor = await LabelledWorldAsync(factory);
            var retraining = factory.Services.GetRequiredService<ModelRetraining>();
            Assert.True(retraining.TryStart(TerminationPolicy.Default, actor));
            await retraining.Completion.WaitAsync(TimeSpan.FromMinutes(2));
            version = Assert.IsType<RetrainState.Ready>(retraining.State).Candidate.Model.Version;
            Assert.IsType<PublishOutcome.Published>(await retraining.PublishAsync(null, actor));
        }
        try
        {
            await using var restarted = new ConsoleAppFactory(new() { ["Semantic:Enabled"] = "true" }, folder);
            var host = restarted.Services.GetRequiredService<SemanticModelHost>();
            await host.WhenReadyAsync();
            Assert.Equal(version, host.ModelVersion);
            Assert.Equal(version, restarted.Services.GetRequiredService<PolicyProvider>().Current.Semantic!.Model.Version);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Cancelling_stops_the_run_stores_no_model_and_is_audited()
    {
        // With the templates (≈8,000 texts to encode) the run is still encoding when it is cancelled.
        await using var factory = Factory(templates: true);
        var actor = await LabelledWorldAsync(factory);
        var retraining = factory.Services.GetRequiredService<ModelRetraining>();

        Assert.True(retraining.TryStart(TerminationPolicy.Default, actor));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (retraining.State is not RetrainState.Running { Step: var step } || !step.StartsWith("encoding", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"never reached encoding: {retraining.State}");
            await Task.Delay(20);
        }
        await retraining.CancelAsync(actor).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(actor.Name, Assert.IsType<RetrainState.Cancelled>(retraining.State).By);
        await using var db = await factory.Scoped.GetRequiredService<IDbContextFactory<ReviewDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.SemanticModels.CountAsync());
        Assert.Contains(AuditActions.ModelRetrainCancelled, await AuditedActionsAsync(factory));
    }

    [Fact]
    public async Task The_panel_shows_progress_then_the_side_by_side_backtest_and_publishes_policy_and_model()
    {
        await using var factory = Factory();
        var actor = await LabelledWorldAsync(factory);
        Services.AddMudServices();
        Services.AddSingleton(factory.Services.GetRequiredService<ModelRetraining>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        var published = false;

        var panel = Render<RetrainPanel>(p => p
            .Add(x => x.Candidate, TerminationPolicy.Default with { StrikesToTerminate = 3 })
            .Add(x => x.InForceVersion, TerminationPolicy.Default.Version)
            .Add(x => x.Actor, actor)
            .Add(x => x.OnPublished, () => published = true));

        panel.WaitForAssertion(() => Assert.Contains("unsafe-request", panel.Find("#retrain-labels").TextContent));
        panel.Find("#retrain-start").Click();
        panel.WaitForElement("#retrain-progress");
        panel.WaitForElement("#retrain-ready", TimeSpan.FromMinutes(2));
        var model = panel.Find("#retrain-model").TextContent;
        Assert.StartsWith("minilm-", model);
        var summary = panel.Find("#retrain-backtest-summary").TextContent;
        Assert.Contains("In force", summary);
        Assert.Contains("Candidate", summary);

        panel.Find("#retrain-publish").Click();
        panel.WaitForAssertion(() => Assert.Contains($"with model {model}", panel.Find("#retrain-message").TextContent));
        Assert.True(published);
        Assert.Equal(model, factory.Services.GetRequiredService<SemanticModelHost>().ModelVersion);
    }
}
