namespace ReviewConsole.Web.Features.Ingest;

/// <summary>Limits and tuning of the ingest API (configuration section "Ingest").</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The largest message text accepted, in UTF-8 bytes; larger texts get 413.</summary>
    public int MaxTextBytes { get; set; } = 32 * 1024;

    /// <summary>Messages committed together in one transaction, at most.</summary>
    public int MaxBatch { get; set; } = 1000;

    /// <summary>Messages waiting for the writer, at most; callers beyond it wait.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// How long an API caller waits for its message to be committed, in seconds, before it is answered 503 with
    /// Retry-After (a locked or stalled database); 0 waits for ever.
    /// </summary>
    public double AnswerDeadlineSeconds { get; set; } = 10;

    /// <summary>/healthz reports Degraded when messages have waited this long, in seconds, with nothing committed.</summary>
    public double StalledAfterSeconds { get; set; } = 15;

    /// <summary>Requests per second allowed to one API key (a token bucket, refilled every 100 ms).</summary>
    public int RequestsPerSecondPerKey { get; set; } = 20_000;

    /// <summary>Requests one API key may send at once above its steady rate.</summary>
    public int BurstPerKey { get; set; } = 20_000;

    /// <summary>
    /// The managed heap an <c>import</c> process is held to, in MB (0: no limit). An import is a process of its own, and
    /// its live data is bounded (a chunk in flight, the writer's caches, the coordination window); without a limit the
    /// garbage collector lets the heap grow far past that on a long import.
    /// </summary>
    public int ImportHeapMegabytes { get; set; } = 128;

    /// <summary>
    /// How far back a message's sentAt may lie, in days, when it arrives through the API (late retries, queued
    /// backlogs). Older or far-future times are refused: the rollups and the coordination window are laid out by
    /// time, and one absurd timestamp would stretch them over centuries.
    /// </summary>
    public int MaxSentAtAgeDays { get; set; } = 7;

    /// <summary>How far ahead of the server's clock a sentAt may be, in minutes (clock skew between systems).</summary>
    public int MaxSentAtAheadMinutes { get; set; } = 5;

    /// <summary>How far back an imported conversation's times may lie, in days: history is older than live traffic.</summary>
    public int ImportMaxSentAtAgeDays { get; set; } = 400;

    /// <summary>The largest request body, in bytes: the text limit plus room for JSON escaping and the other fields.</summary>
    public int MaxBodyBytes => MaxTextBytes * 2 + 16 * 1024;
}
