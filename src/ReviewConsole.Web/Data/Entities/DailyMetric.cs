namespace ReviewConsole.Web.Data.Entities;

/// <summary>
/// One day's figures for one category ("" for those without one: conversations, appeals), kept by the rollup job so
/// the dashboards never scan messages. Definitions in docs/METRICS.md.
/// </summary>
public sealed class DailyMetric
{
    public DateOnly Day { get; set; }
    public required string Category { get; set; }
    public int Conversations { get; set; }
    public int Flagged { get; set; }
    public int Terminations { get; set; }
    public int Safeguards { get; set; }
    public long TokensTerminated { get; set; }
    public long TokensAvoided { get; set; }
    public int Reviewed { get; set; }
    public int Confirmed { get; set; }
    public int FalsePositives { get; set; }
    public int Escalations { get; set; }
    public long ReviewSeconds { get; set; }
    public int AppealsFiled { get; set; }
    public int AppealsOverturned { get; set; }
    public int AppealsUpheld { get; set; }
}

/// <summary>How many labels of a day took exactly this many seconds: the median review time comes from these counts.</summary>
public sealed class DailyReviewTime
{
    public DateOnly Day { get; set; }
    public int Seconds { get; set; }
    public int Count { get; set; }
}
