using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `load --url U --key K --db FILE [--clients 32] [--seconds 30]`: chat-like traffic through the HTTP API. Each client
/// plays conversations of ten messages (user and assistant turns) one message at a time, retrying on errors and
/// timeouts — a crashed server included — until acknowledged. At the end it checks the database: every acknowledged
/// message is stored exactly once with the text that was sent (count and checksum).
/// </summary>
public static class IngestLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ParseOptions(args, "load --url URL --key KEY --db FILE [--clients 32] [--seconds 30] [--run NAME]", "url", "key", "db");
        var url = options["url"];
        var key = options["key"];
        var database = options["db"];
        var clients = int.Parse(options.GetValueOrDefault("clients", "32"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(options.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture);
        var run = options.GetValueOrDefault("run", DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture));

        var texts = ChatMessages.Generate(5_000, seed: 7);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(10),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var acknowledged = new ConcurrentDictionary<(string Conversation, string Message), string>();
        var latencies = new ConcurrentBag<(double At, double Ms)>();
        var refused = 0L;
        var retries = 0L;
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            for (var conversationNumber = 0; deadline.Elapsed.TotalSeconds < seconds; conversationNumber++)
            {
                var conversation = $"load-{run}-{client}-{conversationNumber}";
                var account = $"load-{run}-acct-{random.Next(2_000)}";
                for (var turn = 0; turn < 10 && deadline.Elapsed.TotalSeconds < seconds; turn++)
                {
                    var messageId = $"m{turn}";
                    var role = turn % 2 == 0 ? "user" : "assistant";
                    var text = texts[random.Next(texts.Length)];
                    var body = new { messageId, accountId = account, role, text, tokenCount = text.Length / 4 };
                    while (true)
                    {
                        var started = Stopwatch.GetTimestamp();
                        try
                        {
                            using var response = await http.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", body);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                latencies.Add((deadline.Elapsed.TotalSeconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                                acknowledged[(conversation, messageId)] = text;
                                break;
                            }
                            if (response.StatusCode == HttpStatusCode.Conflict)
                            {
                                Interlocked.Increment(ref refused);
                                turn = 10;
                                break;
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                        {
                            // The server is busy or down: retry the same message id, as a chat product would.
                        }
                        Interlocked.Increment(ref retries);
                        await Task.Delay(200);
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = deadline.Elapsed.TotalSeconds;

        foreach (var window in latencies.GroupBy(l => (int)(l.At / 5)).OrderBy(g => g.Key))
        {
            var w = window.Select(l => l.Ms).Order().ToArray();
            Console.WriteLine($"  {window.Key * 5,3}-{window.Key * 5 + 5,3} s: {w.Length / 5.0,7:N0} messages/s, p50 {w[w.Length / 2]:0.0} ms, p99 {w[(int)(w.Length * 0.99)]:0.0} ms, max {w[^1]:0.0} ms");
        }
        var sorted = latencies.Select(l => l.Ms).Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
        Console.WriteLine($"load: {acknowledged.Count:N0} messages acknowledged by {clients} clients in {elapsed:0.0} s = {acknowledged.Count / elapsed:N0} messages/s; " +
            $"latency p50 {Percentile(0.5):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {Percentile(1):0.0} ms; {retries:N0} retries, {refused:N0} refused (conversation ended)");

        return Verify(database, run, acknowledged) ? 0 : 1;
    }

    private static bool Verify(string database, string run, ConcurrentDictionary<(string Conversation, string Message), string> acknowledged)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ConversationId, ExternalId, Text FROM Messages WHERE ConversationId >= $from AND ConversationId < $to";
        command.Parameters.AddWithValue("$from", $"load-{run}-");
        command.Parameters.AddWithValue("$to", $"load-{run}.");
        var stored = new Dictionary<(string, string), int>();
        var storedChecksum = new byte[32];
        var missing = 0;
        var changed = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                stored[key] = stored.GetValueOrDefault(key) + 1;
                if (acknowledged.TryGetValue(key, out var sent) && sent != reader.GetString(2))
                {
                    changed++;
                }
                if (acknowledged.ContainsKey(key))
                {
                    Xor(storedChecksum, Checksum(key.Item1, key.Item2, reader.GetString(2)));
                }
            }
        }
        var sentChecksum = new byte[32];
        foreach (var ((conversation, message), text) in acknowledged)
        {
            Xor(sentChecksum, Checksum(conversation, message, text));
            missing += stored.ContainsKey((conversation, message)) ? 0 : 1;
        }
        var duplicated = stored.Count(s => s.Value > 1);
        var unacknowledged = stored.Keys.Count(k => !acknowledged.ContainsKey(k));
        var ok = missing == 0 && duplicated == 0 && changed == 0 && storedChecksum.AsSpan().SequenceEqual(sentChecksum);
        Console.WriteLine($"verify: {acknowledged.Count:N0} acknowledged, {stored.Count:N0} stored, {missing} missing, {duplicated} duplicated, {changed} altered, " +
            $"{unacknowledged} stored but never acknowledged (sent before a crash); checksum {(ok ? "matches" : "DIFFERS")}");
        return ok;
    }

    private static byte[] Checksum(string conversation, string message, string text) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{conversation}\u0000{message}\u0000{text}"));

    private static void Xor(byte[] into, byte[] value)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] ^= value[i];
        }
    }

    /// <summary>`--name value` pairs after the command word; each of <paramref name="required"/> must be there.</summary>
    internal static Dictionary<string, string> ParseOptions(string[] args, string usage, params string[] required)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }
        foreach (var name in required)
        {
            if (!options.ContainsKey(name))
            {
                throw new ArgumentException($"--{name} is required; usage: {usage}");
            }
        }
        return options;
    }
}
