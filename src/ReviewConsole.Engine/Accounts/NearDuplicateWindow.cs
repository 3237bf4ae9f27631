namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// The recent flagged messages the coordination detector compares against, in flat arrays: a ring of messages in
/// arrival order (account, time, MinHash signature), and for each locality-sensitive band a chain from the newest
/// message with that band's key to older ones. A message costs about 200 bytes plus its band heads, whatever its text;
/// the ring grows by doubling up to its capacity, so a quiet window stays small. Not thread-safe (the detector locks).
/// </summary>
internal sealed class NearDuplicateWindow(int capacity)
{
    public const int Bands = NearDuplicateSignature.Length / RowsPerBand;
    private const int RowsPerBand = 2;
    private const int Hashes = NearDuplicateSignature.Length;

    private string[] accounts = new string[Math.Min(capacity, 1024)];
    private long[] times = new long[Math.Min(capacity, 1024)];
    private ulong[] hashes = new ulong[Math.Min(capacity, 1024) * Hashes];
    // For each message and band, the sequence number of the previous message with the same band key, or -1.
    private long[] previous = new long[Math.Min(capacity, 1024) * Bands];
    private readonly Dictionary<ulong, long> newestByBand = [];
    private long next;
    private long oldest;

    public int Count => (int)(next - oldest);

    public void Add(string accountId, DateTimeOffset at, ulong[] signature)
    {
        if (Count == capacity)
        {
            RemoveOldest();
        }
        if (Count == accounts.Length)
        {
            Grow();
        }
        var slot = Slot(next);
        accounts[slot] = accountId;
        times[slot] = at.UtcTicks;
        signature.CopyTo(hashes, slot * Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            previous[slot * Bands + band] = newestByBand.TryGetValue(key, out var before) ? before : -1;
            newestByBand[key] = next;
        }
        next++;
    }

    public void RemoveOlderThan(DateTimeOffset cutoff)
    {
        while (Count > 0 && times[Slot(oldest)] < cutoff.UtcTicks)
        {
            RemoveOldest();
        }
    }

    /// <summary>
    /// Other accounts whose recent messages are near-duplicates of the signature, the most recent first; at most
    /// <paramref name="most"/>, after comparing at most <paramref name="budget"/> messages.
    /// </summary>
    public List<string> FindSimilar(ulong[] signature, string accountId, double similarity, int most, int budget)
    {
        var found = new List<string>();
        var examined = 0;
        for (var band = 0; band < Bands; band++)
        {
            if (!newestByBand.TryGetValue(BandKey(signature, band), out var sequence))
            {
                continue;
            }
            for (; sequence >= oldest; sequence = previous[Slot(sequence) * Bands + band])
            {
                var slot = Slot(sequence);
                var account = accounts[slot];
                if (account == accountId || found.Contains(account))
                {
                    continue;
                }
                if (Similarity(signature, hashes.AsSpan(slot * Hashes, Hashes)) >= similarity)
                {
                    found.Add(account);
                    if (found.Count == most)
                    {
                        return found;
                    }
                }
                // A few accounts repeating one message can fill a band: bound the work per message.
                if (++examined == budget)
                {
                    return found;
                }
            }
        }
        return found;
    }

    private int Slot(long sequence) => (int)(sequence % accounts.Length);

    // The oldest message is the last of every chain it is in: a band head pointing at it has nothing older left.
    private void RemoveOldest()
    {
        var slot = Slot(oldest);
        var signature = hashes.AsSpan(slot * Hashes, Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (newestByBand.TryGetValue(key, out var head) && head == oldest)
            {
                newestByBand.Remove(key);
            }
        }
        accounts[slot] = null!;
        oldest++;
    }

    private void Grow()
    {
        var length = (int)Math.Min(capacity, accounts.Length * 2L);
        var (oldAccounts, oldTimes, oldHashes, oldPrevious) = (accounts, times, hashes, previous);
        accounts = new string[length];
        times = new long[length];
        hashes = new ulong[length * Hashes];
        previous = new long[length * Bands];
        for (var sequence = oldest; sequence < next; sequence++)
        {
            var from = (int)(sequence % oldAccounts.Length);
            var to = Slot(sequence);
            accounts[to] = oldAccounts[from];
            times[to] = oldTimes[from];
            Array.Copy(oldHashes, from * Hashes, hashes, to * Hashes, Hashes);
            Array.Copy(oldPrevious, from * Bands, previous, to * Bands, Bands);
        }
    }

    private static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double)same / Hashes;
    }

    private static ulong BandKey(ReadOnlySpan<ulong> signature, int band)
    {
        var key = (ulong)band + 1;
        for (var r = 0; r < RowsPerBand; r++)
        {
            key = NearDuplicateSignature.Mix(key * 0x9E3779B97F4A7C15UL ^ signature[band * RowsPerBand + r]);
        }
        return key;
    }
}
