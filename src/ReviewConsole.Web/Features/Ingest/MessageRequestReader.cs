using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Reads and validates a message request. Every problem names its field: a body too large or not UTF-8, malformed
/// JSON, a wrong type, a missing or overlong id, an unknown role, an empty, oversized or control-character text.
/// The text itself is kept exactly as sent — zero-width and tag characters included, since an evasion is evidence.
/// </summary>
public static class MessageRequestReader
{
    public const int MaxIdLength = 128;
    public const int MaxTokenCount = 10_000_000;

    // A field given twice is refused, not "last one wins": the sender's parser may have read the other one.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowDuplicateProperties = false };

    public sealed class Body
    {
        public string? MessageId { get; set; }
        public string? AccountId { get; set; }
        public string? Role { get; set; }
        public string? Text { get; set; }
        public int? TokenCount { get; set; }
        public DateTimeOffset? SentAt { get; set; }
        public string? DeviceFingerprint { get; set; }
        public string? NetworkFingerprint { get; set; }
    }

    public static async Task<RequestRead<T>> ReadJsonAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return RequestRead<T>.TooLarge("body", $"The request body is {request.ContentLength} bytes; at most {maxBytes} are accepted.");
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 64 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        return RequestRead<T>.TooLarge("body", $"The request body is over {maxBytes} bytes.");
                    }
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                length += read;
                if (length > maxBytes)
                {
                    return RequestRead<T>.TooLarge("body", $"The request body is over {maxBytes} bytes.");
                }
            }
            var bytes = buffer.AsSpan(0, length);
            if (length == 0)
            {
                return RequestRead<T>.Invalid("body", "The request body is empty; a JSON object is expected.");
            }
            if (!Utf8.IsValid(bytes))
            {
                return RequestRead<T>.Invalid("body", "The request body is not valid UTF-8.");
            }
            try
            {
                var value = JsonSerializer.Deserialize<T>(bytes, Json);
                return value is null
                    ? RequestRead<T>.Invalid("body", "The request body is JSON null; a JSON object is expected.")
                    : RequestRead<T>.Ok(value);
            }
            catch (JsonException ex)
            {
                var (field, detail) = JsonProblem(ex);
                return RequestRead<T>.Invalid(field, detail);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Validates a parsed message body; the errors, by field, when it is not acceptable. A sentAt must lie within
    /// <paramref name="maxAgeDays"/> (by default <see cref="IngestOptions.MaxSentAtAgeDays"/>) before
    /// <paramref name="now"/> and <see cref="IngestOptions.MaxSentAtAheadMinutes"/> after it.
    /// </summary>
    public static (IngestMessage? Message, Dictionary<string, string[]> Errors, bool TooLarge) Validate(
        string conversationId, Body body, IngestOptions options, DateTimeOffset now, int? maxAgeDays = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string detail) => errors[field] = [detail];

        CheckId("conversationId", conversationId, Fail);
        CheckId("messageId", body.MessageId, Fail);
        CheckId("accountId", body.AccountId, Fail);

        MessageRole role = default;
        switch (body.Role)
        {
            case null:
                Fail("role", "role is required: 'user' or 'assistant'.");
                break;
            case "user":
                role = MessageRole.User;
                break;
            case "assistant":
                role = MessageRole.Assistant;
                break;
            default:
                Fail("role", $"role '{Shorten(body.Role)}' is not known: it must be 'user' or 'assistant'.");
                break;
        }

        var tooLarge = false;
        var text = body.Text;
        if (text is null)
        {
            Fail("text", "text is required.");
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            Fail("text", "text is empty.");
        }
        else if (Encoding.UTF8.GetByteCount(text) is var size && size > options.MaxTextBytes)
        {
            tooLarge = true;
            Fail("text", $"text is {size} bytes of UTF-8; at most {options.MaxTextBytes} are accepted.");
        }
        else if (FindInvalidCharacter(text) is { } problem)
        {
            Fail("text", problem);
        }

        if (body.TokenCount is < 0 or > MaxTokenCount)
        {
            Fail("tokenCount", $"tokenCount must be between 0 and {MaxTokenCount}.");
        }
        if (body.SentAt is { } sentAt)
        {
            var age = maxAgeDays ?? options.MaxSentAtAgeDays;
            if (sentAt < now.AddDays(-age) || sentAt > now.AddMinutes(options.MaxSentAtAheadMinutes))
            {
                Fail("sentAt", $"sentAt {sentAt:O} is outside the accepted window: at most {age} days before and " +
                    $"{options.MaxSentAtAheadMinutes} minutes after the server's time ({now:O}).");
            }
        }
        CheckFingerprint("deviceFingerprint", body.DeviceFingerprint, Fail);
        CheckFingerprint("networkFingerprint", body.NetworkFingerprint, Fail);

        if (errors.Count > 0)
        {
            return (null, errors, tooLarge);
        }
        // Without a count from the caller, about four characters a token.
        var tokens = body.TokenCount ?? Math.Max(1, (text!.Length + 3) / 4);
        var message = new IngestMessage(conversationId, body.MessageId!, body.AccountId!, role, text!, tokens,
            body.SentAt ?? now, Empty(body.DeviceFingerprint), Empty(body.NetworkFingerprint));
        return (message, errors, false);
    }

    /// <summary>A description of the first control character or lone surrogate; null when the text is clean.</summary>
    public static string? FindInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"text has an unpaired surrogate (U+{(int)c:X4}) at position {i}: it is not valid Unicode.";
            }
            if (c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007F' and <= '\u009F'))
            {
                return $"text has the control character U+{(int)c:X4} at position {i}.";
            }
        }
        return null;
    }

    private static void CheckId(string field, string? value, Action<string, string> fail)
    {
        if (IdProblem(field, value, required: true) is { } problem)
        {
            fail(field, problem);
        }
    }

    private static void CheckFingerprint(string field, string? value, Action<string, string> fail)
    {
        if (IdProblem(field, value, required: false) is { } problem)
        {
            fail(field, problem);
        }
    }

    /// <summary>
    /// What is wrong with an id or fingerprint, or null. Reviewers read ids: besides control characters and broken
    /// Unicode, anything that changes how the id looks without being seen is refused — bidirectional controls
    /// ("x\u202Eevil" displays as "xlive"), zero-width and other format characters, line breaks and blank fillers.
    /// </summary>
    public static string? IdProblem(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? $"{field} is required." : null;
        }
        if (value.Length > MaxIdLength)
        {
            return $"{field} is {value.Length} characters; at most {MaxIdLength} are accepted.";
        }
        if (FindInvalidCharacter(value) is not null)
        {
            return $"{field} contains control characters or invalid Unicode.";
        }
        for (var i = 0; i < value.Length; i++)
        {
            var category = char.GetUnicodeCategory(value, i);
            var c = value[i];
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (char.IsWhiteSpace(c) && c != ' ') || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800')
            {
                return $"{field} contains an invisible or direction-changing character (U+{char.ConvertToUtf32(value, i):X4}) at position {i}.";
            }
            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }
        return null;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Shorten(string value) => value.Length <= 32 ? value : value[..32] + "…";

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        var end = field.IndexOfAny(['.', '[']);
        return end > 0 ? field[..end] : field;
    }

    private static (string Field, string Detail) JsonProblem(JsonException ex)
    {
        // A value of the wrong type names its field; broken JSON is a problem of the whole body.
        var field = FieldOf(ex.Path);
        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return field == "body" ? (field, "The request body must be a JSON object.") : (field, $"{field} has the wrong type.");
        }
        var reason = ex.InnerException?.Message ?? ex.Message;
        if (field != "body" && (reason.Contains("UTF-16", StringComparison.Ordinal) || reason.Contains("surrogate", StringComparison.OrdinalIgnoreCase)))
        {
            return (field, $"{field} is not valid Unicode: it has an unpaired surrogate escape.");
        }
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
        return ("body", $"The request body is not valid JSON{where}.");
    }
}

/// <summary>A request body read and parsed, or the problem that stopped it.</summary>
public readonly record struct RequestRead<T>(T? Value, string? Field, string? Detail, int Status)
{
    public static RequestRead<T> Ok(T value) => new(value, null, null, StatusCodes.Status200OK);

    public static RequestRead<T> Invalid(string field, string detail) => new(default, field, detail, StatusCodes.Status400BadRequest);

    public static RequestRead<T> TooLarge(string field, string detail) => new(default, field, detail, StatusCodes.Status413PayloadTooLarge);
}
