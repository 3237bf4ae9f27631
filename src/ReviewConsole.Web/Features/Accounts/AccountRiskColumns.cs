using System.Collections.Immutable;
using System.Text.Json;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Accounts;

/// <summary>The engine's <see cref="AccountRisk"/> as an account row stores it (score, as-of time, recent terminations as JSON).</summary>
public static class AccountRiskColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AccountRisk Read(ChatAccount account) => new()
    {
        Score = account.RiskScore,
        AsOf = account.RiskAsOf,
        Terminations = account.RecentTerminations is { Length: > 0 } json
            ? JsonSerializer.Deserialize<ImmutableArray<DateTimeOffset>>(json, Json)
            : [],
    };

    public static void Write(ChatAccount account, AccountRisk risk)
    {
        account.RiskScore = risk.Score;
        account.RiskAsOf = risk.AsOf;
        account.RecentTerminations = risk.Terminations.IsEmpty ? null : JsonSerializer.Serialize(risk.Terminations, Json);
    }
}
