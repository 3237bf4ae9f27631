using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Detection;

namespace ReviewConsole.Web.Features.Policies;

/// <param name="ModelVersion">The semantic model published with the version; null: the model file the server started with.</param>
public sealed record PolicyVersionView(int Id, string VersionId, bool IsCurrent, DateTimeOffset CreatedAt, string? CreatedBy, string? Notes, string? ModelVersion);

/// <summary>One changed setting between two policies, for the audit log and the editor.</summary>
public sealed record PolicyChange(string Setting, string? Before, string? After);

public abstract record PublishOutcome
{
    public sealed record Published(string VersionId) : PublishOutcome;
    public sealed record Invalid(IReadOnlyList<string> Errors) : PublishOutcome;
    public sealed record Unchanged : PublishOutcome;
    public sealed record NotFound : PublishOutcome;
}

/// <summary>
/// Published policy versions: each immutable, exactly one current, each naming the semantic model it decides with.
/// Publishing or rolling back takes effect for the next ingested message (the provider swaps the engine, the model host
/// the model), with no restart. Both are audited with their diff.
/// </summary>
public sealed class PolicyVersions(IDbContextFactory<ReviewDbContext> contexts, PolicyProvider provider, SemanticModelHost models, AuditLog audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<PolicyVersionView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.PolicyVersions.AsNoTracking().OrderByDescending(p => p.Id).ToListAsync(cancellationToken);
        var userIds = versions.Select(v => v.CreatedById).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        return [.. versions.Select(v => new PolicyVersionView(v.Id, v.VersionId, v.IsCurrent, v.CreatedAt,
            v.CreatedById is { } id ? names.GetValueOrDefault(id) : "system", v.Notes, v.ModelVersion))];
    }

    /// <param name="model">A retrained model (already stored) to publish with the policy; null keeps the model in force.</param>
    public async Task<PublishOutcome> PublishAsync(TerminationPolicy candidate, string? notes, AuditActor actor, SemanticModel? model = null,
        CancellationToken cancellationToken = default)
    {
        var errors = candidate.Validate();
        if (errors.Count > 0)
        {
            return new PublishOutcome.Invalid(errors);
        }
        var current = provider.Current.Policy;
        var changes = Diff(current, candidate);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var modelBefore = await ModelInForceAsync(db, cancellationToken);
        var modelAfter = model?.Version ?? modelBefore;
        if (modelAfter != modelBefore)
        {
            changes = [.. changes, new PolicyChange("semanticModel", modelBefore ?? models.FileModel?.Version, modelAfter)];
        }
        if (changes.Count == 0)
        {
            return new PublishOutcome.Unchanged();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await db.PolicyVersions.CountAsync(cancellationToken) + 1;
        var versionId = $"v{number}";
        while (await db.PolicyVersions.AnyAsync(p => p.VersionId == versionId, cancellationToken))
        {
            versionId = $"v{++number}";
        }
        var published = candidate with { Version = versionId };
        await db.PolicyVersions.Where(p => p.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsCurrent, false), cancellationToken);
        db.PolicyVersions.Add(new PolicyVersionRecord
        {
            VersionId = versionId,
            PolicyJson = published.ToJson(),
            IsCurrent = true,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actor.UserId,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            ModelVersion = modelAfter,
        });
        audit.Add(db, actor, AuditActions.PolicyPublished, $"policy:{versionId}", current.Version,
            JsonSerializer.Serialize(new { version = versionId, notes, changes }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (model is not null)
        {
            models.Use(model);
        }
        provider.Use(published);
        return new PublishOutcome.Published(versionId);
    }

    /// <summary>Makes an earlier version current again (a rollback): the same immutable version, not a copy.</summary>
    public async Task<PublishOutcome> MakeCurrentAsync(int id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (record is null)
        {
            return new PublishOutcome.NotFound();
        }
        if (record.IsCurrent)
        {
            return new PublishOutcome.Unchanged();
        }
        var restored = TerminationPolicy.FromJson(record.PolicyJson);
        var current = provider.Current.Policy;
        var modelBefore = await ModelInForceAsync(db, cancellationToken);
        // The model goes back with its policy: the one it was published with, or the server's file.
        var model = record.ModelVersion is { } stored ? await SemanticModelStore.FindAsync(db, stored, cancellationToken) : models.FileModel;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PolicyVersions.Where(p => p.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsCurrent, false), cancellationToken);
        await db.PolicyVersions.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsCurrent, true), cancellationToken);
        audit.Add(db, actor, AuditActions.PolicyRolledBack, $"policy:{record.VersionId}", current.Version,
            JsonSerializer.Serialize(new { version = record.VersionId, modelBefore, modelAfter = record.ModelVersion, changes = Diff(current, restored) }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (model is not null)
        {
            models.Use(model);
        }
        provider.Use(restored);
        return new PublishOutcome.Published(record.VersionId);
    }

    /// <summary>The model the version in force names; null: the model file the server started with.</summary>
    public static Task<string?> ModelInForceAsync(ReviewDbContext db, CancellationToken cancellationToken) =>
        db.PolicyVersions.Where(p => p.IsCurrent).Select(p => p.ModelVersion).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every setting whose value differs, by its JSON path (the version name itself aside).</summary>
    public static IReadOnlyList<PolicyChange> Diff(TerminationPolicy before, TerminationPolicy after)
    {
        var left = Flatten(JsonNode.Parse(before.ToJson()));
        var right = Flatten(JsonNode.Parse(after.ToJson()));
        return [.. left.Keys.Union(right.Keys).Where(k => !k.Equals("version", StringComparison.OrdinalIgnoreCase))
            .Where(k => left.GetValueOrDefault(k) != right.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .Select(k => new PolicyChange(k, left.GetValueOrDefault(k), right.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string> Flatten(JsonNode? node, string prefix = "", Dictionary<string, string>? into = null)
    {
        into ??= new Dictionary<string, string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Flatten(value, prefix.Length == 0 ? key : $"{prefix}.{key}", into);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{prefix}[{i}]", into);
                }
                break;
            case not null:
                into[prefix] = node.ToJsonString();
                break;
        }
        return into;
    }
}
