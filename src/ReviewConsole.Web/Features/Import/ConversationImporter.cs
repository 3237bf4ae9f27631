using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Import;

/// <summary>Where an import stands: bytes read of the total, messages by what became of them, the bad lines so far.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes, int Lines, int Stored, int AlreadyPresent, int AfterEnd, int BadLines, double MessagesPerSecond)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Min(1, (double)BytesRead / TotalBytes);
}

/// <summary>One line that could not be imported, by its number in the file.</summary>
public sealed record BadLine(int Line, string Reason);

/// <summary>
/// Imports conversations from JSON lines (the format of ../shared/data/README.md, plus optional <c>accountId</c>,
/// <c>startedAt</c>, and per turn <c>id</c>, <c>sentAt</c>, <c>tokenCount</c>) through the same engine path as the
/// live API. Streaming: a batch of messages at a time, so memory stays flat whatever the file size. Message ids
/// default to "{conversation id}:{turn number}", so importing the same file again adds nothing. A bad line is
/// reported with its number and skipped; the good ones go in.
/// Messages go through the ingest pipeline's single writer, so an import can run while the API takes live traffic.
/// </summary>
public sealed class ConversationImporter(IngestPipeline pipeline, PolicyProvider policies, IOptions<IngestOptions> options, TimeProvider clock)
{
    private const int BatchSize = 1000;

    /// <summary>Bad lines kept with their reasons; beyond them they are only counted, so a file of garbage cannot fill memory.</summary>
    public const int BadLinesKept = 1000;

    /// <summary>Imports the stream; returns the totals and the first <see cref="BadLinesKept"/> bad lines.</summary>
    public async Task<(ImportProgress Result, IReadOnlyList<BadLine> BadLines)> ImportAsync(
        Stream input, long totalBytes, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var counting = new CountingStream(input);
        using var reader = new StreamReader(counting, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var badLines = new List<BadLine>();
        var batch = new List<IngestMessage>(BatchSize);
        var importStarted = clock.GetUtcNow();
        var clock0 = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        int lines = 0, stored = 0, present = 0, afterEnd = 0, messages = 0, bad = 0;

        ImportProgress Snapshot() => new(counting.BytesRead, totalBytes, lines, stored, present, afterEnd, bad,
            messages / Math.Max(0.001, clock0.Elapsed.TotalSeconds));

        var ingest = new ChunkedIngest(pipeline, policies, (_, outcomes) =>
        {
            foreach (var outcome in outcomes)
            {
                switch (outcome)
                {
                    case IngestOutcome.Decided { Response.Replayed: true }:
                        present++;
                        break;
                    case IngestOutcome.Decided:
                        stored++;
                        break;
                    default:
                        afterEnd++;
                        break;
                }
            }
            messages += outcomes.Length;
        });

        async Task FlushAsync()
        {
            await ingest.SubmitAsync(batch, cancellationToken);
            batch = new List<IngestMessage>(BatchSize);
        }

        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lines++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var parsed = Parse(line, importStarted, options.Value);
            if (parsed.Error is not null)
            {
                if (++bad <= BadLinesKept)
                {
                    badLines.Add(new BadLine(lines, parsed.Error));
                }
                continue;
            }
            batch.AddRange(parsed.Messages);
            if (batch.Count >= BatchSize)
            {
                await FlushAsync();
            }
            if (progress is not null && clock0.Elapsed - lastReport > TimeSpan.FromMilliseconds(250))
            {
                lastReport = clock0.Elapsed;
                progress.Report(Snapshot());
            }
        }
        await FlushAsync();
        await ingest.FlushAsync();
        var result = Snapshot() with { BytesRead = counting.BytesRead };
        progress?.Report(result);
        return (result, badLines);
    }

    /// <summary>The messages of one line, or why the line cannot be imported (nothing of it is then imported).</summary>
    internal static (List<IngestMessage> Messages, string? Error) Parse(string line, DateTimeOffset defaultStart, IngestOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ([], $"not valid JSON ({ex.Message.Split('.')[0]})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], "not a JSON object");
            }
            var id = Text(root, "id");
            if (id is null)
            {
                return ([], "\"id\" is missing or not a string");
            }
            if (!root.TryGetProperty("turns", out var turns) || turns.ValueKind != JsonValueKind.Array)
            {
                return ([], "\"turns\" is missing or not an array");
            }
            var account = Text(root, "accountId") ?? $"import:{id}";
            // Without a start, the conversation is laid out to end when the import started: history lies in the past,
            // and times ahead of the clock are refused.
            var start = Time(root, "startedAt") ?? defaultStart.AddSeconds(-30 * turns.GetArrayLength());
            var messages = new List<IngestMessage>();
            var index = 0;
            foreach (var turn in turns.EnumerateArray())
            {
                if (turn.ValueKind != JsonValueKind.Object)
                {
                    return ([], $"turn {index + 1} is not an object");
                }
                var body = new MessageRequestReader.Body
                {
                    MessageId = Text(turn, "id") ?? $"{id}:{index + 1}",
                    AccountId = account,
                    Role = Text(turn, "role"),
                    Text = Text(turn, "text"),
                    TokenCount = turn.TryGetProperty("tokenCount", out var tokens) && tokens.ValueKind == JsonValueKind.Number && tokens.TryGetInt32(out var count) ? count : null,
                    SentAt = Time(turn, "sentAt") ?? start.AddSeconds(index * 30),
                };
                var (message, errors, _) = MessageRequestReader.Validate(id, body, options, defaultStart, options.ImportMaxSentAtAgeDays);
                if (message is null)
                {
                    return ([], $"turn {index + 1}: {string.Join(" ", errors.Values.SelectMany(e => e))}");
                }
                messages.Add(message);
                index++;
            }
            return messages.Count == 0 ? ([], "\"turns\" is empty") : (messages, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time) ? time : null;

    /// <summary>Counts the bytes the reader has taken, for the progress bar.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { var n = inner.Read(buffer, offset, count); BytesRead += n; return n; }
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
