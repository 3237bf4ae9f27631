namespace ReviewConsole.Engine.Accounts;

public enum CoordinationKind
{
    /// <summary>Another account used the same device fingerprint (ban evasion, sock puppets).</summary>
    SharedDevice,
    /// <summary>Several accounts with flagged messages came from the same network.</summary>
    SharedNetwork,
    /// <summary>Several accounts sent nearly the same flagged message within minutes (a shared prompt, a campaign).</summary>
    NearDuplicateMessages,
}

/// <summary>One thing an account has in common with others, for a reviewer to weigh; never a verdict by itself.</summary>
/// <param name="Accounts">The observed account, then the others involved, the most recently active first (at most <see cref="CoordinationDetector.MaxAccountsPerHint"/>).</param>
public sealed record CoordinationHint(CoordinationKind Kind, IReadOnlyList<string> Accounts, string Evidence);

/// <summary>
/// One user message as the coordination detector sees it. <paramref name="Flagged"/>: the engine found a harmful or
/// suspicious signal; only flagged messages are compared as near-duplicates or count on a shared network.
/// <paramref name="Signature"/>: the text's signature when already computed (<see cref="NearDuplicateSignature.Of"/>),
/// so the detector, which takes one message at a time, need not compute it under its lock.
/// </summary>
public sealed record AccountActivity(string AccountId, DateTimeOffset At, string Text, bool Flagged, string? DeviceFingerprint = null,
    string? NetworkFingerprint = null, NearDuplicateSignature? Signature = null);
