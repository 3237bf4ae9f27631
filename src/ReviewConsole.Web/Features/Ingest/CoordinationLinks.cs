using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Turns the coordination detector's hints into stored account links, in bounded numbers: a campaign of n accounts
/// would otherwise link every pair (n² rows), and its accounts' every message would touch the table. So a message links
/// its account with at most <see cref="LinksPerHint"/> others (the most recent first), a pair seen within the hour is
/// not written again, and an account gains no new links of a kind once it has <see cref="MaxLinksPerAccount"/> (its
/// existing links are still kept up to date).
/// The reviewer sees enough accounts to follow the campaign, and the hint's evidence says how many were involved.
/// Used by the ingest writer only: not thread-safe. <see cref="Forget"/> after a failed batch.
/// </summary>
public sealed class CoordinationLinks
{
    public const int LinksPerHint = 3;
    public const int MaxLinksPerAccount = 10;
    private const int Remembered = 100_000;
    // Fewer accounts' links than counts are kept: an import of a million messages must fit in a 128 MB heap.
    private const int LinksRemembered = 20_000;
    private static readonly int Kinds = Enum.GetValues<LinkKind>().Length;

    private readonly Dictionary<(string, string, LinkKind), DateTimeOffset> recent = [];
    // Links stored per account and kind, for the accounts the writer has met; an account absent here is counted from the database.
    private readonly Dictionary<string, int[]> counts = new(StringComparer.Ordinal);
    // Every stored link whose pair has this account first, for the accounts the writer has met: only this writer
    // writes links, so once read they stay true, and a batch's hints need no query. Absent: read from the database.
    private readonly Dictionary<string, Dictionary<(string Second, LinkKind Kind), StoredLink>> linksByFirst = new(StringComparer.Ordinal);
    private readonly List<Candidate> pending = [];

    /// <summary>An account the writer has just created has no links yet: no need to count or read them.</summary>
    public void AccountCreated(string accountId)
    {
        if (counts.Count < Remembered)
        {
            counts[accountId] = new int[Kinds];
        }
        if (linksByFirst.Count < LinksRemembered)
        {
            linksByFirst[accountId] = [];
        }
    }

    /// <summary>Notes the links a message's hints call for; <see cref="WriteAsync"/> stores them.</summary>
    public void Observe(string accountId, IReadOnlyList<CoordinationHint> hints, DateTimeOffset at)
    {
        foreach (var hint in hints)
        {
            pending.Add(new Candidate(accountId, hint.Accounts.Skip(1).ToList(), (LinkKind)hint.Kind, hint.Evidence, at));
        }
    }

    /// <summary>
    /// Links each noted account with up to <see cref="LinksPerHint"/> of the others, most recent first, skipping those
    /// that already have their fill, inside the caller's transaction.
    /// </summary>
    public async Task WriteAsync(ReviewDbContext db, BulkWriter writer, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }
        try
        {
            var involved = pending.SelectMany(c => c.Others.Append(c.Account)).Distinct(StringComparer.Ordinal).ToList();
            var uncounted = involved.Where(a => !counts.ContainsKey(a)).ToList();
            if (counts.Count + uncounted.Count > Remembered)
            {
                counts.Clear();
                uncounted = involved;
            }
            await CountAsync(db, uncounted, cancellationToken);
            await ReadLinksAsync(db, cancellationToken);
            foreach (var candidate in pending)
            {
                var linked = 0;
                foreach (var other in candidate.Others)
                {
                    if (linked == LinksPerHint)
                    {
                        break;
                    }
                    var (first, second) = Pair(candidate.Account, other);
                    var key = (first, second, candidate.Kind);
                    if (recent.TryGetValue(key, out var last) && candidate.At - last < TimeSpan.FromHours(1))
                    {
                        linked++;
                        continue;
                    }
                    var stored = linksByFirst[first];
                    if (stored.TryGetValue((second, candidate.Kind), out var link))
                    {
                        link = link with { LastSeenAt = candidate.At > link.LastSeenAt ? candidate.At : link.LastSeenAt };
                        stored[(second, candidate.Kind)] = link;
                        await writer.UpdateAsync<AccountLink>(link.Id, [(nameof(AccountLink.LastSeenAt), link.LastSeenAt), (nameof(AccountLink.Evidence), candidate.Evidence)], null, cancellationToken);
                    }
                    else
                    {
                        var (firstCounts, secondCounts) = (counts[first], counts[second]);
                        if (firstCounts[(int)candidate.Kind] >= MaxLinksPerAccount || secondCounts[(int)candidate.Kind] >= MaxLinksPerAccount)
                        {
                            continue;
                        }
                        var row = new AccountLink { AccountId = first, LinkedAccountId = second, Kind = candidate.Kind, Evidence = candidate.Evidence, FirstSeenAt = candidate.At, LastSeenAt = candidate.At };
                        await writer.InsertAsync(row, cancellationToken);
                        stored[(second, candidate.Kind)] = new StoredLink(row.Id, row.LastSeenAt);
                        firstCounts[(int)candidate.Kind]++;
                        secondCounts[(int)candidate.Kind]++;
                    }
                    Remember(key, candidate.At);
                    linked++;
                }
            }
        }
        finally
        {
            pending.Clear();
        }
    }

    // Every link of the pairs' first accounts not yet in memory: a few rows each, since links per account are bounded.
    // (Filtering on both columns at once costs a probe per first-second combination, thousands per batch.)
    private async Task ReadLinksAsync(ReviewDbContext db, CancellationToken cancellationToken)
    {
        var involved = pending.SelectMany(c => c.Others.Select(o => Pair(c.Account, o).First)).Distinct(StringComparer.Ordinal).ToList();
        var firsts = involved.Where(first => !linksByFirst.ContainsKey(first)).ToList();
        if (firsts.Count == 0)
        {
            return;
        }
        if (linksByFirst.Count + firsts.Count > LinksRemembered)
        {
            linksByFirst.Clear();
            firsts = involved;
        }
        foreach (var first in firsts)
        {
            linksByFirst[first] = [];
        }
        var links = await db.AccountLinks.AsNoTracking().Where(l => firsts.Contains(l.AccountId))
            .Select(l => new { l.Id, l.AccountId, l.LinkedAccountId, l.Kind, l.LastSeenAt }).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            linksByFirst[link.AccountId][(link.LinkedAccountId, link.Kind)] = new StoredLink(link.Id, link.LastSeenAt);
        }
    }

    // One row per pair, the smaller id first; the account panel reads both columns.
    private static (string First, string Second) Pair(string account, string other) =>
        string.CompareOrdinal(account, other) < 0 ? (account, other) : (other, account);

    private void Remember((string, string, LinkKind) pair, DateTimeOffset at)
    {
        if (recent.Count >= Remembered)
        {
            recent.Clear();
        }
        recent[pair] = at;
    }

    /// <summary>Drops what is remembered, after a batch that failed (its counts may not have been committed).</summary>
    public void Forget()
    {
        recent.Clear();
        counts.Clear();
        linksByFirst.Clear();
        pending.Clear();
    }

    private async Task CountAsync(ReviewDbContext db, List<string> accounts, CancellationToken cancellationToken)
    {
        if (accounts.Count == 0)
        {
            return;
        }
        foreach (var account in accounts)
        {
            counts[account] = new int[Kinds];
        }
        var asFirst = await db.AccountLinks.Where(l => accounts.Contains(l.AccountId))
            .GroupBy(l => new { l.AccountId, l.Kind }).Select(g => new { Account = g.Key.AccountId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var asSecond = await db.AccountLinks.Where(l => accounts.Contains(l.LinkedAccountId))
            .GroupBy(l => new { l.LinkedAccountId, l.Kind }).Select(g => new { Account = g.Key.LinkedAccountId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in asFirst.Concat(asSecond))
        {
            counts[row.Account][(int)row.Kind] += row.Count;
        }
    }

    private readonly record struct StoredLink(long Id, DateTimeOffset LastSeenAt);

    private sealed record Candidate(string Account, List<string> Others, LinkKind Kind, string Evidence, DateTimeOffset At);
}
