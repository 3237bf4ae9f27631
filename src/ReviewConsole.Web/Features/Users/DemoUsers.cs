using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

public sealed record DemoUser(string Email, string Password, string Role);

/// <summary>The demo accounts created in demo mode; their credentials are published in the README.</summary>
public static class DemoUsers
{
    public static DemoUser Reviewer { get; } = new("reviewer@reviewconsole.local", "Reviewer-demo-2026!", Roles.Reviewer);

    public static DemoUser Manager { get; } = new("manager@reviewconsole.local", "Manager-demo-2026!", Roles.Manager);

    public static IReadOnlyList<DemoUser> All { get; } = [Reviewer, Manager];

    public static DemoUser WithRole(string role) => All.Single(u => u.Role == role);
}
