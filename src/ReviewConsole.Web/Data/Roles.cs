namespace ReviewConsole.Web.Data;

/// <summary>The console's roles. An admin can do everything, so every gate lists Admin too.</summary>
public static class Roles
{
    public const string Reviewer = "Reviewer";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public const string ReviewerOrAdmin = Reviewer + "," + Admin;
    public const string ManagerOrAdmin = Manager + "," + Admin;
    public const string AnyRole = Reviewer + "," + Manager + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Reviewer, Manager, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
