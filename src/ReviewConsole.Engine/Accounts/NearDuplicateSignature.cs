using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// The MinHash signature of a message's words and word pairs, over its normalized text, by which the coordination
/// detector finds near-duplicate messages. Computing it is the costly part of comparing messages and needs no shared
/// state, so callers may compute it ahead, on any thread.
/// </summary>
public sealed class NearDuplicateSignature
{
    internal const int Length = 16;
    private const int MinimumWords = 5;
    private static readonly ulong[] Seeds = CreateSeeds();

    private NearDuplicateSignature(ulong[]? hashes) => Hashes = hashes;

    /// <summary>The hashes; null when the text is too short to compare.</summary>
    internal ulong[]? Hashes { get; }

    public static NearDuplicateSignature Of(string text)
    {
        var skeleton = TextNormalizer.Normalize(text).Text;
        var minimums = new ulong[Length];
        Array.Fill(minimums, ulong.MaxValue);
        var words = 0;
        ulong previous = 0;
        foreach (var range in skeleton.Split(' '))
        {
            var word = skeleton[range];
            if (word.IsEmpty || word is "|")
            {
                previous = 0;
                continue;
            }
            var hash = Fnv(word);
            words++;
            Include(minimums, hash);
            if (previous != 0)
            {
                Include(minimums, Mix(previous * 31 + hash));
            }
            previous = hash;
        }
        return new NearDuplicateSignature(words >= MinimumWords ? minimums : null);
    }

    private static void Include(ulong[] minimums, ulong feature)
    {
        for (var i = 0; i < Length; i++)
        {
            var value = Mix(feature ^ Seeds[i]);
            if (value < minimums[i])
            {
                minimums[i] = value;
            }
        }
    }

    private static ulong Fnv(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return hash | 1;
    }

    // SplitMix64's finalizer: a cheap, well-mixed 64-bit permutation.
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Length];
        var state = 0x5EED5EED5EEDUL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
