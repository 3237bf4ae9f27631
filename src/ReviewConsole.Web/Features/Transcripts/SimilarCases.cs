using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Detection;

namespace ReviewConsole.Web.Features.Transcripts;

/// <summary>A labelled item whose decisive message reads like the one under review.</summary>
public sealed record SimilarCase(
    long ItemId,
    double Similarity,
    LabelVerdict Verdict,
    FalsePositiveReason? Reason,
    string ReviewerName,
    DateTimeOffset LabelledAt,
    string Excerpt);

/// <summary>
/// "Similar confirmed cases": the labelled items nearest in meaning to a decisive message, by the semantic encoder's
/// cosine similarity, so a reviewer sees how colleagues judged the same kind of text. Vectors of labelled messages
/// are kept in memory by item (<see cref="VectorCache"/>: a label never changes the text), so each is encoded once per process.
/// </summary>
public sealed class SimilarCases(IDbContextFactory<ReviewDbContext> contexts, SemanticModelHost semantic, SimilarCases.VectorCache cache)
{
    /// <summary>The encoded decisive messages of labelled items, shared by every circuit.</summary>
    public sealed class VectorCache
    {
        public ConcurrentDictionary<long, float[]> Vectors { get; } = new();
    }

    /// <summary>How many recent labelled items are compared; older ones are rarely the useful precedent.</summary>
    public const int Candidates = 1000;

    /// <summary>Below this cosine similarity two messages are not "similar" enough to show.</summary>
    public const double MinimumSimilarity = 0.55;

    public const int ExcerptLength = 200;

    private ConcurrentDictionary<long, float[]> vectors => cache.Vectors;

    /// <summary>Whether the encoder is open; until then (or with the stage disabled) there is nothing to compare with.</summary>
    public bool Available => semantic.Stage is not null;

    /// <summary>The labelled items most similar to this item's decisive message, most similar first.</summary>
    public async Task<IReadOnlyList<SimilarCase>> FindAsync(long itemId, int take = 5, CancellationToken cancellationToken = default)
    {
        if (semantic.Stage is not { } stage)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var text = await db.ReviewItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Decision!.Message!.Text).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var labelled = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Id != itemId && i.Status == ReviewStatus.Labelled)
            .OrderByDescending(i => i.ResolvedAt)
            .Take(Candidates)
            .Select(i => new { i.Id, i.Decision!.Message!.Text })
            .ToListAsync(cancellationToken);
        var ids = labelled.Select(i => i.Id).ToList();
        var labels = (await db.Labels.AsNoTracking().Where(l => ids.Contains(l.ReviewItemId))
                .Select(l => new { l.Id, l.ReviewItemId, l.Verdict, l.FalsePositiveReason, l.ReviewerName, l.CreatedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(l => l.ReviewItemId).ToDictionary(g => g.Key, g => g.MaxBy(l => l.Id)!);

        var missing = labelled.Where(i => !vectors.ContainsKey(i.Id)).ToList();
        if (missing.Count > 0)
        {
            var encoded = await Task.Run(() => Encode(stage, [.. missing.Select(i => i.Text)]), cancellationToken);
            for (var k = 0; k < missing.Count; k++)
            {
                vectors[missing[k].Id] = encoded[k];
            }
        }
        var query = Encode(stage, [text])[0];
        return [.. labelled
            .Where(i => labels.ContainsKey(i.Id))
            .Select(i => (Item: i, Similarity: (double)Dot(query, vectors[i.Id])))
            .Where(x => x.Similarity >= MinimumSimilarity)
            .OrderByDescending(x => x.Similarity)
            .Take(take)
            .Select(x =>
            {
                var label = labels[x.Item.Id];
                return new SimilarCase(x.Item.Id, Math.Round(x.Similarity, 3), label.Verdict, label.FalsePositiveReason, label.ReviewerName,
                    label.CreatedAt, Excerpt(x.Item.Text));
            })];
    }

    private static float[][] Encode(SemanticStage stage, string[] texts) =>
        stage.Encoder.Encode([.. texts.Select(SemanticStage.Prepare)]);

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
}
