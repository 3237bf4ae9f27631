using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

/// <summary>The demo accounts created in demo mode; their credentials are published in the README.</summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<(string Email, string Password, string Role)> All =
    [
        ("reviewer@reviewconsole.local", "Reviewer-demo-2026!", Roles.Reviewer),
        ("manager@reviewconsole.local", "Manager-demo-2026!", Roles.Manager),
    ];
}
