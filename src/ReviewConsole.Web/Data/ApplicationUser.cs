using Microsoft.AspNetCore.Identity;

namespace ReviewConsole.Web.Data;

public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>How strongly severe messages are blurred for this reviewer until revealed.</summary>
    public BlurLevel BlurLevel { get; set; }
}

/// <summary>Strong is the default (0) so that a new reviewer is protected before choosing.</summary>
public enum BlurLevel
{
    Strong = 0,
    Light = 1,
    Off = 2,
}
