using ReviewConsole.Engine.Conversations;
namespace ReviewConsole.Web.Features.Queue;

/// <summary>How long an item may wait for a reviewer (configuration section "Queue"): past it, its row turns red.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>A person may be in danger: minutes a safeguard item may wait.</summary>
    public int CrisisTargetMinutes { get; set; } = 15;

    /// <summary>Minutes any other item may wait.</summary>
    public int TargetMinutes { get; set; } = 24 * 60;

    public TimeSpan TargetFor(DecisionKind kind) =>
        TimeSpan.FromMinutes(kind == DecisionKind.Safeguard ? CrisisTargetMinutes : TargetMinutes);
}
