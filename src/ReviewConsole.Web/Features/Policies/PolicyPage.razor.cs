using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Policies;

public sealed partial class PolicyPage
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private AuditActor actor = AuditActor.System;
    private TerminationPolicy inForce = TerminationPolicy.Default;
    private TerminationPolicy candidate = TerminationPolicy.Default;
    private IReadOnlyList<string> errors = [];
    private IReadOnlyList<PolicyChange> changes = [];
    private IReadOnlyList<PolicyVersionView> versions = [];
    private BacktestScope scope = BacktestScope.Labelled;
    private CancellationTokenSource? running;
    private BacktestProgress progress = new(0, 0);
    private BacktestResult? result;
    private TerminationPolicy? resultPolicy;
    private DateTimeOffset? resultAt;
    private string? backtestMessage;
    private string? notes;
    private string? publishMessage;
    private bool published;
    private int? confirmingRollback;

    protected override async Task OnInitializedAsync()
    {
        actor = await AuditActor.FromAsync(AuthenticationState);
        inForce = Policies.Current.Policy;
        candidate = inForce;
        if (actor.UserId is { } userId && await Drafts.LoadAsync(userId) is { } draft)
        {
            candidate = draft.Policy;
            result = draft.Backtest;
            resultPolicy = draft.Backtest is null ? null : draft.Policy;
            resultAt = draft.BacktestAt;
        }
        Recheck();
        versions = await Versions.ListAsync();
    }

    // Sliders for the wide ranges stop where tuning makes sense; the field beside still takes the whole range.
    private static double SliderMax(PolicyField field) => field.Max > 100 ? Math.Max(100, field.Min * 10) : field.Max;

    private async Task SetAsync(PolicyField field, double value)
    {
        candidate = field.Set(candidate, Math.Clamp(value, field.Min, field.Max));
        Recheck();
        if (errors.Count == 0 && actor.UserId is { } userId)
        {
            await Drafts.SaveAsync(userId, candidate, resultPolicy == candidate ? result : null);
        }
    }

    private void Recheck()
    {
        errors = candidate.Validate();
        changes = PolicyVersions.Diff(inForce, candidate);
    }

    private async Task ResetAsync()
    {
        candidate = inForce;
        result = null;
        resultPolicy = null;
        Recheck();
        if (actor.UserId is { } userId)
        {
            await Drafts.DiscardAsync(userId);
        }
    }

    private async Task RunAsync()
    {
        running = new CancellationTokenSource();
        backtestMessage = null;
        var tested = candidate;
        var request = new BacktestRequest(tested, scope, scope == BacktestScope.AllHistory ? Clock.GetUtcNow().AddDays(-30) : null);
        var lastShown = Clock.GetUtcNow().UtcDateTime;
        var reporter = new Progress<BacktestProgress>(p =>
        {
            progress = p;
            if ((Clock.GetUtcNow().UtcDateTime - lastShown).TotalMilliseconds > 150 || p.Done == p.Total)
            {
                lastShown = Clock.GetUtcNow().UtcDateTime;
                _ = InvokeAsync(StateHasChanged);
            }
        });
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            // Off the circuit's thread: the page stays responsive (progress, cancel) while it runs.
            var token = running.Token;
            result = await Task.Run(() => Backtests.RunAsync(request, ComputeCosts.Default, reporter, token), token);
            resultPolicy = tested;
            resultAt = Clock.GetUtcNow();
            backtestMessage = $"{result.Conversations:N0} conversations ({result.Messages:N0} messages) replayed in {watch.Elapsed.TotalSeconds:0.0} s.";
            await Drafts.RecordBacktestAsync(actor, tested, inForce.Version, changes, result);
        }
        catch (OperationCanceledException)
        {
            backtestMessage = "Backtest cancelled.";
        }
        finally
        {
            running.Dispose();
            running = null;
        }
    }

    private async Task PublishAsync()
    {
        var outcome = await Versions.PublishAsync(candidate, notes, actor);
        (published, publishMessage) = outcome switch
        {
            PublishOutcome.Published p => (true, $"Published {p.VersionId}: it decides the next message."),
            PublishOutcome.Invalid invalid => (false, string.Join(" ", invalid.Errors)),
            PublishOutcome.Unchanged => (false, "The candidate is the policy in force: nothing to publish."),
            _ => (false, "Not published."),
        };
        if (published)
        {
            inForce = Policies.Current.Policy;
            candidate = inForce;
            notes = null;
            Recheck();
            versions = await Versions.ListAsync();
            if (actor.UserId is { } userId)
            {
                await Drafts.DiscardAsync(userId);
            }
        }
    }

    private async Task RetrainPublishedAsync()
    {
        inForce = Policies.Current.Policy;
        candidate = inForce;
        Recheck();
        versions = await Versions.ListAsync();
        if (actor.UserId is { } userId)
        {
            await Drafts.DiscardAsync(userId);
        }
    }

    private async Task RollBackAsync(PolicyVersionView version)
    {
        confirmingRollback = null;
        var outcome = await Versions.MakeCurrentAsync(version.Id, actor);
        (published, publishMessage) = outcome is PublishOutcome.Published
            ? (true, $"{version.VersionId} is in force again.")
            : (false, $"{version.VersionId} was not made current.");
        inForce = Policies.Current.Policy;
        Recheck();
        versions = await Versions.ListAsync();
    }

    public void Dispose() => running?.Cancel();
}
