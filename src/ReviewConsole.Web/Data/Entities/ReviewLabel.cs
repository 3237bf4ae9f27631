namespace ReviewConsole.Web.Data.Entities;

/// <summary>A reviewer's verdict on a decision.</summary>
public sealed class ReviewLabel
{
    public long Id { get; set; }
    public long ReviewItemId { get; set; }
    public ReviewItem? ReviewItem { get; set; }
    public required string ReviewerId { get; set; }
    public required string ReviewerName { get; set; }
    public LabelVerdict Verdict { get; set; }
    public FalsePositiveReason? FalsePositiveReason { get; set; }
    public string? Note { get; set; }
    public int SecondsSpent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum LabelVerdict
{
    Correct = 0,
    FalsePositive = 1,
    EscalateToLegal = 2,
    SecondOpinion = 3,

    /// <summary>A crisis item whose user may be at imminent risk: escalated for urgent handling (crisis items only).</summary>
    ImminentRisk = 4,
}

public enum FalsePositiveReason
{
    Research = 0,
    HistoricalAnalysis = 1,
    TechnicalDocumentation = 2,
    CreativeWriting = 3,
    Other = 4,

    /// <summary>A crisis item whose user was not at risk (crisis items only; needs no other reason).</summary>
    NotACrisis = 5,
}
