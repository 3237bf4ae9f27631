namespace ReviewConsole.Web.Data.Entities;

/// <summary>How many severe messages a reviewer revealed on one (UTC) day: shown to the reviewer, for their wellbeing.</summary>
public sealed class ReviewerExposure
{
    public required string UserId { get; set; }
    public DateOnly Day { get; set; }
    public int Revealed { get; set; }
}
