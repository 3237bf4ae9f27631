namespace ReviewConsole.Web.Features.Users;

/// <summary>Settings "Bootstrap:*": the first admin, created when the database has no users.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminEmail { get; set; } = "admin@reviewconsole.local";

    /// <summary>When empty, a strong password is generated and printed once to the console (never to the logs).</summary>
    public string? AdminPassword { get; set; }

    /// <summary>
    /// Where a generated password goes when the output is not a terminal (relative to the content root; default
    /// <c>first-admin-password.txt</c>), created readable by its owner only.
    /// </summary>
    public string? AdminPasswordFile { get; set; }

    /// <summary>Demo mode: demo users and the demo world. Unset means on for SQLite, off for SQL Server.</summary>
    public bool? DemoMode { get; set; }

    /// <summary>In demo mode, the conversations of the demo world generated on first start (0: none).</summary>
    public int DemoConversations { get; set; } = 3000;
}
