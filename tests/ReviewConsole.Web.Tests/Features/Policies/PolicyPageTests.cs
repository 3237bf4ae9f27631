using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Detection;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Policies;

public sealed class PolicyPageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    private static readonly Type[] PolicyServices = [typeof(PolicyProvider), typeof(PolicyVersions), typeof(PolicyDrafts), typeof(BacktestRunner), typeof(ModelRetraining)];

    [Fact]
    public async Task A_stricter_threshold_is_backtested_with_the_conversations_it_cannot_judge_set_apart_then_published()
    {
        using var api = await ApiTestClient.CreateAsync(Fixture.Factory);
        var user = await ReviewWorld.ReviewerAsync(Fixture.Factory);
        var labels = Fixture.Factory.Scoped.GetRequiredService<LabelService>();
        for (var i = 0; i < 3; i++)
        {
            var item = await ReviewWorld.TerminateAsync(api, ReviewWorld.NewId("pp"), ReviewWorld.NewId("acct"));
            await labels.LabelAsync(new LabelRequest(item.Id, item.Version, i == 0 ? LabelVerdict.FalsePositive : LabelVerdict.Correct,
                i == 0 ? FalsePositiveReason.Research : null, null, 3), new AuditActor(user.Id, user.UserName!, null));
        }
        var page = RenderAsAdmin<PolicyPage>(PolicyServices);
        var before = page.Find("#policy-in-force").TextContent;

        page.Find("#field-StrikesToTerminate").Change("3");
        page.WaitForAssertion(() => Assert.Contains("1 change(s)", page.Find("#policy-editor").TextContent));
        page.Find("#backtest-run").Click();

        page.WaitForElement("#backtest-result", TimeSpan.FromSeconds(20));
        // Stricter than the policy that recorded them: the three stop where they were terminated, and this policy would
        // not have terminated them yet. Unknown, not "continues": said so, and no flips.
        Assert.Contains("3 conversation(s) (in force: 0) ended early", page.Find("#backtest-ended-early").TextContent);
        Assert.Contains("0 conversation(s) would be decided differently", page.Find("#backtest-flip-count").TextContent);
        var summary = page.Find("#backtest-summary").TextContent;
        Assert.Contains("66.7%", summary);

        page.Find("#policy-publish").Click();
        page.WaitForAssertion(() => Assert.Contains("Published", page.Find("#publish-message").TextContent));
        Assert.NotEqual(before, page.Find("#policy-in-force").TextContent);
        Assert.Equal(3, Fixture.Factory.Scoped.GetRequiredService<PolicyProvider>().Current.Policy.StrikesToTerminate);
    }

    [Fact]
    public void Every_setting_shows_its_help_under_it_not_in_a_tooltip()
    {
        var page = RenderAsAdmin<PolicyPage>(PolicyServices);

        Assert.All(PolicyFields.All, field => Assert.Equal(field.Help, page.Find($"[id='help-{field.Key}']").TextContent));
        Assert.Empty(page.Find("#policy-editor").QuerySelectorAll(".mud-tooltip-root"));
    }

    [Fact]
    public void An_out_of_range_value_is_refused_with_the_field_named()
    {
        var page = RenderAsAdmin<PolicyPage>(PolicyServices);

        page.Find("#field-StrikesToTerminate").Change("1");
        page.Find("#field-WarningsBeforeStrikes").Change("0");

        page.WaitForAssertion(() => Assert.Contains("one message never terminates", page.Find("#policy-errors").TextContent));
        Assert.True(page.Find("#policy-publish").HasAttribute("disabled"));
        Assert.True(page.Find("#backtest-run").HasAttribute("disabled"));
    }
}
