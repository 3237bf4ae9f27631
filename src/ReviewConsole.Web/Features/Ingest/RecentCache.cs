using System.Diagnostics.CodeAnalysis;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Recently used entries, in two generations: when the newer one is full it becomes the older one and the previous
/// older one is dropped; an entry found in the older one moves back to the newer. What a busy writer keeps using
/// stays, memory is bounded by twice the capacity, and there is no moment where everything is dropped at once (which
/// made every live conversation be read again from the database in the same few batches).
/// Not thread-safe.
/// </summary>
public sealed class RecentCache<TValue>(int capacity) where TValue : class
{
    private Dictionary<string, TValue> newer = new(StringComparer.Ordinal);
    private Dictionary<string, TValue> older = new(StringComparer.Ordinal);

    public int Count => newer.Count + older.Count;

    public bool TryGet(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (newer.TryGetValue(key, out value))
        {
            return true;
        }
        if (older.Remove(key, out value))
        {
            Set(key, value);
            return true;
        }
        return false;
    }

    public void Set(string key, TValue value)
    {
        if (newer.Count >= capacity && !newer.ContainsKey(key))
        {
            older = newer;
            newer = new Dictionary<string, TValue>(StringComparer.Ordinal);
        }
        older.Remove(key);
        newer[key] = value;
    }

    public void Remove(string key)
    {
        newer.Remove(key);
        older.Remove(key);
    }

    public void Clear()
    {
        newer.Clear();
        older.Clear();
    }
}
