using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Accounts;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Wellness;

namespace ReviewConsole.Web.Features.Transcripts;

public sealed partial class ReviewPage
{
    [Parameter]
    public long ItemId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private AuditActor actor = AuditActor.System;
    private ReviewItemView? item;
    private Transcript? transcript;
    private AccountPanel? account;
    private ClaimResult? claim;
    // The item this page holds a claim on: released when the reviewer moves on without labelling it, or leaves.
    private long? claimedItem;
    private LabelForm? labelForm;
    private TranscriptView? transcriptView;

    private bool IsCrisis => DisplayNames.IsCrisis(item?.Category);
    private RevealState reveals = default!;
    private bool showNormalized;
    private bool showHelp;
    private bool notFound;
    private string? conflict;
    private Stopwatch opened = new();

    private bool CanLabel => item is not null && LabelService.IsOpen(item.Status) && claim is not { Claimed: false } && conflict is null;

    private string? DisabledReason => item is null ? null
        : conflict is not null ? "Reload the item to see the verdict that was saved."
        : !LabelService.IsOpen(item.Status) ? $"Already labelled: {item.VerdictText ?? DisplayNames.Status(item.Status)}."
        : "Another reviewer has this item open.";

    // The queue's filters travel in the address; a status the address does not name is the open item's own.
    private QueueQuery NavigationQuery => QueueLink.Parse(Navigation.Uri, item is not null && LabelService.IsOpen(item.Status) ? item.Status : ReviewStatus.Pending);

    private string FilterQuery => QueueLink.QueryString(NavigationQuery);

    protected override async Task OnInitializedAsync()
    {
        actor = await AuditActor.FromAsync(AuthenticationState);
        reveals = new RevealState(Wellness, actor);
        await reveals.LoadAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        await ReleaseClaimAsync();
        item = null;
        transcript = null;
        account = null;
        conflict = null;
        labelForm?.Reset();
        item = await Queue.ItemAsync(ItemId);
        notFound = item is null;
        if (item is null)
        {
            return;
        }
        // Claimed once the page is live, not while it is prerendered (that would claim, and audit, twice).
        if (RendererInfo.IsInteractive && LabelService.IsOpen(item.Status) && actor.UserId is not null)
        {
            claim = await Claims.ClaimAsync(item.Id, actor);
            claimedItem = claim.Claimed ? item.Id : null;
        }
        else
        {
            claim = null;
        }
        transcript = await Transcripts.LoadAsync(item.ConversationId);
        if (transcript is not null)
        {
            await reveals.OpenAsync(transcript);
        }
        account = await Accounts.LoadAsync(item.AccountId);
        opened = Stopwatch.StartNew();
    }

    private async Task ReleaseClaimAsync()
    {
        if (claimedItem is { } held && actor.UserId is { } userId)
        {
            claimedItem = null;
            await Claims.ReleaseAsync(held, userId);
        }
    }

    public async ValueTask DisposeAsync() => await ReleaseClaimAsync();

    private async Task<string?> SaveLabelAsync(LabelForm.Draft draft)
    {
        if (item is null)
        {
            return "The item is not loaded.";
        }
        var outcome = await Labels.LabelAsync(new LabelRequest(item.Id, item.Version, draft.Verdict, draft.Reason, draft.Note, (int)opened.Elapsed.TotalSeconds), actor);
        switch (outcome)
        {
            case LabelOutcome.Saved saved:
                Snackbar.Add($"Item {item.Id}: {DisplayNames.Verdict(draft.Verdict, item.Category)} saved.", Severity.Success);
                await GoNextAsync(item.Cursor);
                return null;
            case LabelOutcome.Conflict lost:
                conflict = $"{lost.By} labelled this item first ({lost.Status}) at {lost.At:yyyy-MM-dd HH:mm:ss} UTC. Your verdict was not saved.";
                // The form raised this, not an event of this page: re-render the page for the alert.
                StateHasChanged();
                return null;
            case LabelOutcome.Invalid invalid:
                return invalid.Message;
            default:
                return "This item no longer exists.";
        }
    }

    private async Task GoNextAsync(QueueCursor after)
    {
        var next = await Queue.NextFreeAsync(NavigationQuery, after, actor.UserId ?? "");
        Navigation.NavigateTo(next is { } id ? $"/review/{id}{FilterQuery}" : $"/queue{FilterQuery}");
    }

    private async Task GoPreviousAsync(QueueCursor before)
    {
        if (await Queue.PreviousAsync(NavigationQuery, before) is { } id)
        {
            Navigation.NavigateTo($"/review/{id}{FilterQuery}");
        }
    }

    private async Task OnKeyAsync(string key)
    {
        // Between a move to the next item and its loading, a quick key would act on the item just left.
        if (item is null || item.Id != ItemId)
        {
            return;
        }
        switch (key)
        {
            case "j":
                await GoNextAsync(item.Cursor);
                break;
            case "k":
                await GoPreviousAsync(item.Cursor);
                break;
            case "r":
                await RevealAllAsync();
                break;
            case "?":
                showHelp = !showHelp;
                break;
            case "Escape":
                showHelp = false;
                break;
            case [var digit] when char.IsAsciiDigit(digit) && labelForm is not null:
                await labelForm.DigitAsync(digit - '0');
                break;
        }
        StateHasChanged();
    }

    private Task RevealAsync(long messageId) => transcript is null ? Task.CompletedTask : reveals.RevealAsync(transcript, [messageId]);

    private Task RevealAllAsync() => transcript is null ? Task.CompletedTask : reveals.RevealAllAsync(transcript);

    private Task SetBlurAsync(BlurLevel level) => reveals.SetBlurLevelAsync(level, transcript);

    private async Task ReloadAccountAsync()
    {
        if (item is not null)
        {
            account = await Accounts.LoadAsync(item.AccountId);
        }
    }
}
