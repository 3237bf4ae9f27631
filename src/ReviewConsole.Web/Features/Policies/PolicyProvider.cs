using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Policies;

/// <summary>The engine built from one policy version (and the semantic stage, once it is open): what ingest decides with.</summary>
/// <param name="modelLater">Semantic timing "next message": ingest answers with the rules and the model's reading counts
/// from the conversation's next message (<see cref="Detection.LateReadings"/>).</param>
public sealed class PolicyInForce(TerminationPolicy policy, SemanticStage? semantic = null, bool modelLater = false)
{
    public TerminationPolicy Policy { get; } = policy.EnsureValid();
    public TerminationEngine Engine { get; } = new(policy, new MessageAnalyzer(semantic: semantic));
    public SemanticStage? Semantic => semantic;
    public bool ModelLater => semantic is not null && modelLater;
    public AccountRiskModel Accounts { get; } = new(policy);
    public string Version => Policy.Version;
}

/// <summary>
/// Holds the policy version in force. Loaded from the database at start-up (the default policy is stored as the
/// first version on a new database); replacing it takes effect for the next message, without a restart.
/// </summary>
public sealed class PolicyProvider
{
    private readonly Lock gate = new();
    private volatile PolicyInForce current = new(TerminationPolicy.Default);

    public PolicyInForce Current => current;

    public void Use(TerminationPolicy policy)
    {
        lock (gate)
        {
            current = new PolicyInForce(policy, current.Semantic, current.ModelLater);
        }
    }

    /// <summary>The semantic stage joins the policy in force from the next message on.</summary>
    public void UseSemantic(SemanticStage stage, bool modelLater = false)
    {
        lock (gate)
        {
            current = new PolicyInForce(current.Policy, stage, modelLater);
        }
    }

    public async Task LoadAsync(ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var record = await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(p => p.IsCurrent, cancellationToken);
        if (record is null)
        {
            var policy = TerminationPolicy.Default;
            db.PolicyVersions.Add(new PolicyVersionRecord
            {
                VersionId = policy.Version,
                PolicyJson = policy.ToJson(),
                IsCurrent = true,
                CreatedAt = clock.GetUtcNow(),
                Notes = "The engine's default policy, stored on first start.",
            });
            await db.SaveChangesAsync(cancellationToken);
            Use(policy);
            return;
        }
        Use(TerminationPolicy.FromJson(record.PolicyJson));
    }
}
