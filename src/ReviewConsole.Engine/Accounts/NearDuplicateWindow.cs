namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// The recent flagged messages the coordination detector compares against, in flat arrays: a ring of messages in
/// arrival order (account, time, MinHash signature), and for each locality-sensitive band a chain from the newest
/// message with that band's key to older ones. A message costs about 200 bytes plus its band heads, whatever its text.
/// The ring is made of segments of <see cref="SegmentSize"/> messages, allocated when first written and released
/// once every message in them has left: memory follows what the window holds, and growing never copies (doubling
/// flat arrays needed the old and the new at once, half again the full window's size, which an import's 128 MB heap
/// could not give). Not thread-safe (the detector locks).
/// </summary>
internal sealed class NearDuplicateWindow
{
    public const int Bands = NearDuplicateSignature.Length / RowsPerBand;
    public const int SegmentSize = 4096;
    private const int RowsPerBand = 2;
    private const int Hashes = NearDuplicateSignature.Length;

    private readonly int capacity;
    private readonly Segment?[] segments;
    private readonly long ringSize;
    private readonly Dictionary<ulong, long> newestByBand = [];
    private long next;
    private long oldest;

    public NearDuplicateWindow(int capacity)
    {
        this.capacity = Math.Max(1, capacity);
        segments = new Segment?[(this.capacity + SegmentSize - 1) / SegmentSize];
        ringSize = (long)segments.Length * SegmentSize;
    }

    public int Count => (int)(next - oldest);

    /// <summary>Segments holding memory now (for tests of the window's footprint).</summary>
    internal int SegmentsAllocated => segments.Count(s => s is not null);

    public void Add(string accountId, DateTimeOffset at, ulong[] signature)
    {
        if (Count == capacity)
        {
            RemoveOldest();
        }
        var (index, offset) = Locate(next);
        var segment = segments[index] ??= new Segment();
        segment.Accounts[offset] = accountId;
        segment.Times[offset] = at.UtcTicks;
        signature.CopyTo(segment.Hashes, offset * Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            segment.Previous[offset * Bands + band] = newestByBand.TryGetValue(key, out var before) ? before : -1;
            newestByBand[key] = next;
        }
        next++;
    }

    public void RemoveOlderThan(DateTimeOffset cutoff)
    {
        while (Count > 0 && At(oldest).Segment.Times[At(oldest).Offset] < cutoff.UtcTicks)
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
            for (; sequence >= oldest; sequence = At(sequence).Segment.Previous[At(sequence).Offset * Bands + band])
            {
                var (segment, offset) = At(sequence);
                var account = segment.Accounts[offset];
                if (account == accountId || found.Contains(account))
                {
                    continue;
                }
                if (Similarity(signature, segment.Hashes.AsSpan(offset * Hashes, Hashes)) >= similarity)
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

    private (int Index, int Offset) Locate(long sequence)
    {
        var slot = sequence % ringSize;
        return ((int)(slot / SegmentSize), (int)(slot % SegmentSize));
    }

    private (Segment Segment, int Offset) At(long sequence)
    {
        var (index, offset) = Locate(sequence);
        return (segments[index]!, offset);
    }

    // The oldest message is the last of every chain it is in: a band head pointing at it has nothing older left.
    private void RemoveOldest()
    {
        var (index, offset) = Locate(oldest);
        var segment = segments[index]!;
        var signature = segment.Hashes.AsSpan(offset * Hashes, Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (newestByBand.TryGetValue(key, out var head) && head == oldest)
            {
                newestByBand.Remove(key);
            }
        }
        segment.Accounts[offset] = null!;
        oldest++;
        // The segment's last message has left; it is released unless the next message is written into it.
        if (offset == SegmentSize - 1 && Locate(next).Index != index)
        {
            segments[index] = null;
        }
    }

    private sealed class Segment
    {
        public string[] Accounts { get; } = new string[SegmentSize];
        public long[] Times { get; } = new long[SegmentSize];
        public ulong[] Hashes { get; } = new ulong[SegmentSize * NearDuplicateWindow.Hashes];
        // For each message and band, the sequence number of the previous message with the same band key, or -1.
        public long[] Previous { get; } = new long[SegmentSize * Bands];
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
