using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// Finds accounts that act together, over a sliding window of recent activity kept in memory (bounded by
/// <c>capacity</c> messages; the oldest go first). Near-duplicate flagged messages are found by MinHash over the
/// words and word pairs of their normalized text, with locality-sensitive banding so each message is compared only
/// with likely matches, never with the whole window. Thread-safe.
/// </summary>
public sealed class CoordinationDetector
{
    private const int Hashes = NearDuplicateSignature.Length;
    private const int RowsPerBand = 2;
    private const int Bands = Hashes / RowsPerBand;

    /// <summary>The most other accounts a hint names: enough to show a campaign, bounded however large it grows.</summary>
    public const int MaxAccountsPerHint = 20;

    /// <summary>The share of MinHash slots two messages must share: an estimate of their word-set (Jaccard) similarity.</summary>
    public const double NearDuplicateSimilarity = 0.5;

    /// <summary>The most earlier messages one message is compared with.</summary>
    private const int MaxCandidatesExamined = 256;

    private readonly TerminationPolicy policy;
    private readonly int capacity;
    private readonly Lock gate = new();
    private readonly Queue<MessageEntry> messages = new();
    private readonly Dictionary<ulong, Bucket> bands = [];
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> networks = new(StringComparer.Ordinal);
    private DateTimeOffset newest;
    private long observations;

    public CoordinationDetector(TerminationPolicy policy, int capacity = 200_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.policy = policy.EnsureValid();
        this.capacity = capacity;
    }

    /// <summary>The messages currently held for near-duplicate comparison.</summary>
    public int WindowCount
    {
        get
        {
            lock (gate)
            {
                return messages.Count;
            }
        }
    }

    /// <summary>Records the activity and returns what it has in common with other accounts (empty when nothing).</summary>
    public IReadOnlyList<CoordinationHint> Observe(AccountActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var signature = activity.Flagged ? (activity.Signature ?? NearDuplicateSignature.Of(activity.Text)).Hashes : null;
        List<CoordinationHint>? hints = null;
        lock (gate)
        {
            if (activity.At > newest)
            {
                newest = activity.At;
            }
            Evict();
            if (activity.DeviceFingerprint is { Length: > 0 } device)
            {
                var accounts = Remember(devices, device, activity);
                if (accounts.Count >= 2)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.SharedDevice, Ordered(accounts, activity.AccountId),
                        $"{accounts.Count} accounts used this device within {policy.FingerprintWindowDays} days."));
                }
            }
            if (activity.Flagged && activity.NetworkFingerprint is { Length: > 0 } network)
            {
                var accounts = Remember(networks, network, activity);
                if (accounts.Count >= policy.CoordinationMinAccounts)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.SharedNetwork, Ordered(accounts, activity.AccountId),
                        $"{accounts.Count} accounts with flagged messages came from this network within {policy.FingerprintWindowDays} days."));
                }
            }
            if (signature is not null)
            {
                var similar = FindNearDuplicates(signature, activity.AccountId);
                if (similar.Count + 1 >= policy.CoordinationMinAccounts)
                {
                    (hints ??= []).Add(new CoordinationHint(CoordinationKind.NearDuplicateMessages, [activity.AccountId, .. similar],
                        $"{similar.Count + 1} accounts sent nearly the same flagged message within {policy.CoordinationWindowMinutes} minutes."));
                }
                Add(new MessageEntry(activity.AccountId, activity.At, signature));
            }
            if (++observations % 4096 == 0)
            {
                Sweep(devices);
                Sweep(networks);
            }
        }
        return (IReadOnlyList<CoordinationHint>?)hints ?? [];
    }

    // The most recent senders first: they are the campaign's live accounts, and the newest evidence for a reviewer.
    private List<string> FindNearDuplicates(ulong[] signature, string accountId)
    {
        var found = new List<string>();
        var seen = new HashSet<MessageEntry>(ReferenceEqualityComparer.Instance);
        var examined = 0;
        for (var band = 0; band < Bands; band++)
        {
            if (!bands.TryGetValue(BandKey(signature, band), out var candidates))
            {
                continue;
            }
            foreach (var candidate in candidates.NewestFirst())
            {
                if (candidate.AccountId == accountId || !seen.Add(candidate) || found.Contains(candidate.AccountId))
                {
                    continue;
                }
                if (Similarity(signature, candidate.Signature) >= NearDuplicateSimilarity)
                {
                    found.Add(candidate.AccountId);
                    if (found.Count == MaxAccountsPerHint)
                    {
                        return found;
                    }
                }
                // A few accounts repeating one message can fill a band: bound the work per message.
                if (++examined == MaxCandidatesExamined)
                {
                    return found;
                }
            }
        }
        return found;
    }

    private void Add(MessageEntry entry)
    {
        messages.Enqueue(entry);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(entry.Signature, band);
            if (!bands.TryGetValue(key, out var bucket))
            {
                bands[key] = bucket = new Bucket();
            }
            bucket.Add(entry);
        }
        while (messages.Count > capacity)
        {
            Remove(messages.Dequeue());
        }
    }

    private void Evict()
    {
        var oldest = newest.AddMinutes(-policy.CoordinationWindowMinutes);
        while (messages.TryPeek(out var entry) && entry.At < oldest)
        {
            Remove(messages.Dequeue());
        }
    }

    // Entries leave in the order they came, so each is the oldest of every bucket it joined.
    private void Remove(MessageEntry entry)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(entry.Signature, band);
            if (bands.TryGetValue(key, out var bucket) && bucket.RemoveOldest(entry) && bucket.Count == 0)
            {
                bands.Remove(key);
            }
        }
    }

    private Dictionary<string, DateTimeOffset> Remember(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string fingerprint, AccountActivity activity)
    {
        if (!index.TryGetValue(fingerprint, out var accounts))
        {
            index[fingerprint] = accounts = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }
        var oldest = newest.AddDays(-policy.FingerprintWindowDays);
        foreach (var (account, lastSeen) in accounts)
        {
            if (lastSeen < oldest)
            {
                accounts.Remove(account);
            }
        }
        accounts[activity.AccountId] = activity.At > accounts.GetValueOrDefault(activity.AccountId) ? activity.At : accounts[activity.AccountId];
        return accounts;
    }

    private void Sweep(Dictionary<string, Dictionary<string, DateTimeOffset>> index)
    {
        var oldest = newest.AddDays(-policy.FingerprintWindowDays);
        foreach (var (fingerprint, accounts) in index)
        {
            foreach (var (account, lastSeen) in accounts)
            {
                if (lastSeen < oldest)
                {
                    accounts.Remove(account);
                }
            }
            if (accounts.Count == 0)
            {
                index.Remove(fingerprint);
            }
        }
    }

    /// <summary>The current account, then the others, most recently seen first, at most <see cref="MaxAccountsPerHint"/>.</summary>
    private static List<string> Ordered(Dictionary<string, DateTimeOffset> accounts, string current) =>
        [current, .. accounts.Where(a => a.Key != current).OrderByDescending(a => a.Value).Take(MaxAccountsPerHint).Select(a => a.Key)];

    private static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double)same / Hashes;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = (ulong)band + 1;
        for (var r = 0; r < RowsPerBand; r++)
        {
            key = NearDuplicateSignature.Mix(key * 0x9E3779B97F4A7C15UL ^ signature[band * RowsPerBand + r]);
        }
        return key;
    }

    private sealed record MessageEntry(string AccountId, DateTimeOffset At, ulong[] Signature);

    /// <summary>The entries of one band in arrival order: added at the end, removed from the start, read newest first.</summary>
    private sealed class Bucket
    {
        private readonly List<MessageEntry?> entries = [];
        private int head;

        public int Count => entries.Count - head;

        public void Add(MessageEntry entry) => entries.Add(entry);

        public bool RemoveOldest(MessageEntry entry)
        {
            if (head == entries.Count || !ReferenceEquals(entries[head], entry))
            {
                return false;
            }
            entries[head++] = null;
            if (head >= 64 && head * 2 >= entries.Count)
            {
                entries.RemoveRange(0, head);
                head = 0;
            }
            return true;
        }

        public IEnumerable<MessageEntry> NewestFirst()
        {
            for (var i = entries.Count - 1; i >= head; i--)
            {
                yield return entries[i]!;
            }
        }
    }
}
