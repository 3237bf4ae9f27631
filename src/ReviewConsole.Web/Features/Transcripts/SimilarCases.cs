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
/// cosine similarity, so a reviewer sees how colleagues judged the same kind of text. Each item's decisive message is
/// encoded once per process and kept with its excerpt (<see cref="VectorCache"/>: an item's message never changes), so
/// a page opens with one query for the candidates' ids and one for the labels of the few shown.
/// </summary>
public sealed class SimilarCases(IDbContextFactory<ReviewDbContext> contexts, SemanticModelHost semantic, SimilarCases.VectorCache cache)
{
    /// <summary>The encoded decisive messages of review items, shared by every circuit.</summary>
    public sealed class VectorCache
    {
        public ConcurrentDictionary<long, EncodedMessage> Items { get; } = new();
    }

    public sealed record EncodedMessage(float[] Vector, string Excerpt);

    /// <summary>How many recent labelled items are compared; older ones are rarely the useful precedent.</summary>
    public const int Candidates = 1000;

    /// <summary>Below this cosine similarity two messages are not "similar" enough to show.</summary>
    public const double MinimumSimilarity = 0.55;

    public const int ExcerptLength = 200;

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
        var candidates = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Id != itemId && i.Status == ReviewStatus.Labelled)
            .OrderByDescending(i => i.ResolvedAt)
            .Take(Candidates)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        await EncodeMissingAsync(db, stage, [itemId, .. candidates], cancellationToken);
        if (!cache.Items.TryGetValue(itemId, out var current))
        {
            return [];
        }
        var nearest = candidates
            .Select(id => (Id: id, Encoded: cache.Items.GetValueOrDefault(id)))
            .Where(c => c.Encoded is not null)
            .Select(c => (c.Id, c.Encoded!.Excerpt, Similarity: (double)SemanticModel.Dot(current.Vector, c.Encoded.Vector)))
            .Where(c => c.Similarity >= MinimumSimilarity)
            .OrderByDescending(c => c.Similarity)
            .Take(take)
            .ToList();
        var ids = nearest.Select(c => c.Id).ToList();
        var labels = (await db.Labels.AsNoTracking().Where(l => ids.Contains(l.ReviewItemId))
                .Select(l => new { l.Id, l.ReviewItemId, l.Verdict, l.FalsePositiveReason, l.ReviewerName, l.CreatedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(l => l.ReviewItemId).ToDictionary(g => g.Key, g => g.MaxBy(l => l.Id)!);
        return [.. nearest.Where(c => labels.ContainsKey(c.Id)).Select(c =>
        {
            var label = labels[c.Id];
            return new SimilarCase(c.Id, Math.Round(c.Similarity, 3), label.Verdict, label.FalsePositiveReason, label.ReviewerName, label.CreatedAt, c.Excerpt);
        })];
    }

    /// <summary>Reads and encodes the decisive messages of the items not yet in the cache, off the circuit's thread.</summary>
    private async Task EncodeMissingAsync(ReviewDbContext db, SemanticStage stage, List<long> itemIds, CancellationToken cancellationToken)
    {
        var missing = itemIds.Where(id => !cache.Items.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var texts = (await db.ReviewItems.AsNoTracking().Where(i => missing.Contains(i.Id))
                .Select(i => new { i.Id, i.Decision!.Message!.Text })
                .ToListAsync(cancellationToken))
            .Where(i => !string.IsNullOrWhiteSpace(i.Text))
            .ToList();
        var vectors = await Task.Run(() => stage.Encoder.Encode([.. texts.Select(i => SemanticStage.Prepare(i.Text))]), cancellationToken);
        for (var k = 0; k < texts.Count; k++)
        {
            cache.Items[texts[k].Id] = new EncodedMessage(vectors[k], Excerpt(texts[k].Text));
        }
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
}
