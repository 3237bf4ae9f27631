namespace ReviewConsole.Web.Features.Audit;

/// <summary>Where an audit entry's target ("review-item:12", "account:acme-7") can be opened, when it is a page.</summary>
public static class AuditTargets
{
    public static string? LinkOf(string? target)
    {
        var colon = target?.IndexOf(':') ?? -1;
        if (target is null || colon <= 0 || colon == target.Length - 1)
        {
            return null;
        }
        var id = target[(colon + 1)..];
        var escaped = Uri.EscapeDataString(id);
        return target[..colon] switch
        {
            "review-item" when long.TryParse(id, out _) => $"/review/{escaped}",
            "appeal" when long.TryParse(id, out _) => $"/appeals/{escaped}",
            "conversation" => $"/conversations/{escaped}",
            "account" => $"/accounts/{escaped}",
            "policy" or "policy-candidate" or "semantic-model" => "/admin/policy",
            "user" => "/admin/users",
            "api-key" => "/admin/api-keys",
            _ => null,
        };
    }
}
