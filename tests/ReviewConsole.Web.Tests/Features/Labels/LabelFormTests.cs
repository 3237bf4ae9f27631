using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor.Services;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Labels;

namespace ReviewConsole.Web.Tests.Features.Labels;

/// <summary>The verdict form alone, with a fake submit that records what it was given.</summary>
public sealed class LabelFormTests : BunitContext
{
    private readonly List<LabelForm.Draft> submitted = [];

    public LabelFormTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<LabelForm> RenderForm(bool crisis = false) => Render<LabelForm>(p => p
        .Add(f => f.Crisis, crisis)
        .Add(f => f.OnSubmit, draft =>
        {
            submitted.Add(draft);
            return Task.FromResult<string?>(null);
        }));

    [Fact]
    public void A_crisis_item_offers_verdicts_about_the_safeguard()
    {
        var form = RenderForm(crisis: true);

        var buttons = form.FindAll("#label-form button").Select(b => b.TextContent.Trim()).ToList();

        Assert.Contains(buttons, b => b.EndsWith("Resources shown: correct", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.EndsWith("Not a crisis", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.EndsWith("Escalate: imminent risk", StringComparison.Ordinal));
        Assert.DoesNotContain(buttons, b => b.Contains("legal", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(2, LabelVerdict.FalsePositive, FalsePositiveReason.NotACrisis)]
    [InlineData(3, LabelVerdict.ImminentRisk, null)]
    public async Task One_key_labels_a_crisis_item(int key, LabelVerdict verdict, FalsePositiveReason? reason)
    {
        var form = RenderForm(crisis: true);

        await form.InvokeAsync(() => form.Instance.DigitAsync(key));

        var draft = Assert.Single(submitted);
        Assert.Equal((verdict, reason), (draft.Verdict, draft.Reason));
    }

    [Fact]
    public async Task Other_as_the_reason_puts_the_cursor_in_the_note_and_Enter_there_saves()
    {
        var form = RenderForm();

        await form.InvokeAsync(() => form.Instance.DigitAsync(2));
        await form.InvokeAsync(() => form.Instance.DigitAsync(5));

        Assert.Empty(submitted);
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Contains("required", form.Find("#label-form label").TextContent);
        var note = form.Find("#label-note");
        await note.InputAsync(new ChangeEventArgs { Value = "a quote in a novel review" });
        await note.KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        var draft = Assert.Single(submitted);
        Assert.Equal((LabelVerdict.FalsePositive, FalsePositiveReason.Other, "a quote in a novel review"), (draft.Verdict, draft.Reason, draft.Note));
    }

    [Fact]
    public async Task Shift_Enter_in_the_note_starts_a_line_and_saves_nothing()
    {
        var form = RenderForm();
        await form.InvokeAsync(() => form.Instance.DigitAsync(2));
        await form.InvokeAsync(() => form.Instance.DigitAsync(5));

        await form.Find("#label-note").KeyDownAsync(new KeyboardEventArgs { Key = "Enter", ShiftKey = true });

        Assert.Empty(submitted);
    }
}
