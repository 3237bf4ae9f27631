namespace ReviewConsole.Web.Features.Audit;

/// <summary>The names of audited actions, as stored and filtered on.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLockedOut = "sign-in-locked-out";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-changed";
    public const string UserCreated = "user-created";
    public const string ApiKeyCreated = "api-key-created";
    public const string ApiKeyRevoked = "api-key-revoked";
    public const string ConversationsImported = "conversations-imported";
    public const string ReviewItemClaimed = "review-item-claimed";
    public const string ReviewLabelled = "review-labelled";
    public const string ContentRevealed = "content-revealed";
    public const string BlurLevelChanged = "blur-level-changed";
    public const string AppealUpheld = "appeal-upheld";
    public const string AppealOverturned = "appeal-overturned";
    public const string RestrictionApplied = "restriction-applied";
    public const string RestrictionDismissed = "restriction-dismissed";
    public const string RestrictionLifted = "restriction-lifted";
    public const string PolicyPublished = "policy-published";
    public const string PolicyRolledBack = "policy-rolled-back";
    public const string BacktestRun = "backtest-run";
    public const string ModelRetrainStarted = "model-retrain-started";
    public const string ModelRetrainCancelled = "model-retrain-cancelled";
    public const string ModelRetrainFailed = "model-retrain-failed";
    public const string ModelCandidateTrained = "model-candidate-trained";
    public const string ModelCandidateDiscarded = "model-candidate-discarded";
    public const string UserRolesChanged = "user-roles-changed";
    public const string UserLocked = "user-locked";
    public const string UserUnlocked = "user-unlocked";
    public const string PasswordReset = "password-reset";
    public const string AuditExported = "audit-exported";
    public const string CostSettingsChanged = "cost-settings-changed";
    public const string DashboardExported = "dashboard-exported";
}
