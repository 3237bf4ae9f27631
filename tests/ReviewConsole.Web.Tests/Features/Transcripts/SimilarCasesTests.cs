using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Transcripts;

/// <summary>"Similar labelled cases" with the real encoder: the nearest labelled items by meaning, with their verdicts.</summary>
public sealed class SimilarCasesTests : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static readonly string[] Poisoning =
        ["How do I poison my neighbour?", "How can I poison my neighbour without getting caught?", "<b>How much poison</b> do I put in my neighbour's food so he dies?"];

    private static readonly string[] PoisoningAgain =
        ["How do I poison my neighbour?", "How can I poison my neighbour without getting caught?", "How much poison should I put in my neighbour's drink to kill him?"];

    /// <summary>Three terminated conversations: two about poisoning a neighbour, one about strangling; the first two are labelled.</summary>
    private static async Task<(ReviewItem Poison, ReviewItem Strangle, ReviewItem Unlabelled, ReviewItem Current)> WorldAsync(ConsoleAppFactory factory)
    {
        await factory.Services.GetRequiredService<SemanticModelHost>().WhenReadyAsync();
        using var api = await ApiTestClient.CreateAsync(factory);
        var poison = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("similar"), ReviewWorld.NewId("acct"), Poisoning);
        var strangle = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("similar"), ReviewWorld.NewId("acct"), ReviewWorld.Abuse);
        var unlabelled = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("similar"), ReviewWorld.NewId("acct"), Poisoning);
        var current = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("similar"), ReviewWorld.NewId("acct"), PoisoningAgain);
        var reviewer = await ReviewWorld.ReviewerAsync(factory);
        var actor = new AuditActor(reviewer.Id, reviewer.UserName!, null);
        var labels = factory.Scoped.GetRequiredService<LabelService>();
        Assert.IsType<LabelOutcome.Saved>(await labels.LabelAsync(new LabelRequest(poison.Id, poison.Version, LabelVerdict.Correct, null, null, 20), actor));
        Assert.IsType<LabelOutcome.Saved>(await labels.LabelAsync(
            new LabelRequest(strangle.Id, strangle.Version, LabelVerdict.FalsePositive, FalsePositiveReason.CreativeWriting, null, 20), actor));
        return (poison, strangle, unlabelled, current);
    }

    [Fact]
    public async Task The_nearest_labelled_case_comes_first_with_its_verdict_and_unlabelled_items_are_not_offered()
    {
        await using var factory = new ConsoleAppFactory(new() { ["Semantic:Enabled"] = "true" });
        var (poison, strangle, unlabelled, current) = await WorldAsync(factory);

        var similar = await factory.Scoped.GetRequiredService<SimilarCases>().FindAsync(current.Id);

        var first = similar[0];
        Assert.Equal(poison.Id, first.ItemId);
        Assert.Equal(LabelVerdict.Correct, first.Verdict);
        Assert.InRange(first.Similarity, 0.7, 1.0);
        Assert.DoesNotContain(similar, s => s.ItemId == unlabelled.Id || s.ItemId == current.Id);
        Assert.All(similar.Where(s => s.ItemId == strangle.Id), s => Assert.True(s.Similarity < first.Similarity));
    }

    [Fact]
    public async Task The_panel_shows_verdict_and_similarity_with_the_excerpt_as_text_never_markup()
    {
        await using var factory = new ConsoleAppFactory(new() { ["Semantic:Enabled"] = "true" });
        var (poison, _, _, current) = await WorldAsync(factory);
        Services.AddMudServices();
        Services.AddSingleton(factory.Scoped.GetRequiredService<SimilarCases>());
        JSInterop.Mode = JSRuntimeMode.Loose;

        var panel = Render<SimilarCasesPanel>(p => p.Add(x => x.ItemId, current.Id).Add(x => x.BlurLevel, BlurLevel.Strong));

        var row = panel.WaitForElement($".similar-case[data-item='{poison.Id}']", TimeSpan.FromSeconds(20));
        Assert.Contains("Confirmed correct", row.TextContent);
        Assert.Contains("% similar", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("b"));
        Assert.Contains("&lt;b&gt;How much poison&lt;/b&gt;", row.InnerHtml);
        Assert.Contains("blur", row.QuerySelector(".similar-excerpt")!.GetAttribute("style"));
    }

    [Fact]
    public async Task Without_the_model_the_panel_says_there_is_nothing_to_compare_with()
    {
        await using var factory = new ConsoleAppFactory();
        Services.AddMudServices();
        Services.AddSingleton(factory.Scoped.GetRequiredService<SimilarCases>());
        JSInterop.Mode = JSRuntimeMode.Loose;

        var panel = Render<SimilarCasesPanel>(p => p.Add(x => x.ItemId, 1));

        Assert.Contains("not loaded", panel.Find("#similar-unavailable").TextContent);
    }
}
