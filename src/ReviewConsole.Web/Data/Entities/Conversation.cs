namespace ReviewConsole.Web.Data.Entities;

public sealed class Conversation
{
    public required string Id { get; set; }
    public required string AccountId { get; set; }
    public ChatAccount? Account { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }
    public ConversationStatus Status { get; set; }
    public int MessageCount { get; set; }
    public long TotalTokens { get; set; }
    public int Warnings { get; set; }
    public int Strikes { get; set; }
    public bool CrisisSeen { get; set; }
    /// <summary>The account's risk when the conversation began: what decided a warned start, kept so a backtest can replay it.</summary>
    public double StartRisk { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>The engine's serialised state after the last message, so a restart continues the conversation.</summary>
    public string? EngineState { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Message> Messages { get; } = [];
}

public enum ConversationStatus
{
    Open = 0,
    Terminated = 1,
    EndedByUser = 2,
}
