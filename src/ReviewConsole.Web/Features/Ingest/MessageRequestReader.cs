using System.Text;
using ReviewConsole.Web.Api;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// Validates a message request (its body read by <see cref="JsonBodyReader"/>). Every problem names its field: a
/// missing, overlong or disguised id (<see cref="RequestText"/>), an unknown role, an empty, oversized or
/// control-character text, a sentAt outside the accepted window.
/// The text itself is kept exactly as sent — zero-width and tag characters included, since an evasion is evidence.
/// </summary>
public static class MessageRequestReader
{
    public const int MaxTokenCount = 10_000_000;

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
        else if (RequestText.FindInvalidCharacter(text) is { } problem)
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

    private static void CheckId(string field, string? value, Action<string, string> fail)
    {
        if (RequestText.IdProblem(field, value, required: true) is { } problem)
        {
            fail(field, problem);
        }
    }

    private static void CheckFingerprint(string field, string? value, Action<string, string> fail)
    {
        if (RequestText.IdProblem(field, value, required: false) is { } problem)
        {
            fail(field, problem);
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Shorten(string value) => value.Length <= 32 ? value : value[..32] + "…";
}
