using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>The semantic models this console trained, by version: stored when trained, read when published or restored.</summary>
public sealed class SemanticModelStore(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
{
    public async Task SaveAsync(SemanticModel model, string summary, string? userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SemanticModels.Add(new SemanticModelRecord
        {
            Version = model.Version,
            Encoder = model.Encoder,
            ModelJson = model.ToFileText(),
            Summary = summary,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = userId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored model of that version, checked as a model file is; null when there is none.</summary>
    public async Task<SemanticModel?> FindAsync(string version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, version, cancellationToken);
    }

    public static async Task<SemanticModel?> FindAsync(ReviewDbContext db, string version, CancellationToken cancellationToken)
    {
        var json = await db.SemanticModels.AsNoTracking().Where(m => m.Version == version).Select(m => m.ModelJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : SemanticModel.Parse(json, $"stored model {version}");
    }

    public async Task<bool> ExistsAsync(string version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SemanticModels.AnyAsync(m => m.Version == version, cancellationToken);
    }
}
