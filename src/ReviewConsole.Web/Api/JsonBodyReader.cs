using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace ReviewConsole.Web.Api;

/// <summary>
/// Reads a JSON request body within a size limit. Every problem names its field: a body too large, empty or not
/// UTF-8, malformed JSON, a value of the wrong type, a field given twice.
/// </summary>
public static class JsonBodyReader
{
    // A field given twice is refused, not "last one wins": the sender's parser may have read the other one.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowDuplicateProperties = false };

    public static async Task<RequestRead<T>> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return RequestRead.TooLarge<T>("body", $"The request body is {request.ContentLength} bytes; at most {maxBytes} are accepted.");
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
                        return RequestRead.TooLarge<T>("body", $"The request body is over {maxBytes} bytes.");
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
                    return RequestRead.TooLarge<T>("body", $"The request body is over {maxBytes} bytes.");
                }
            }
            var bytes = buffer.AsSpan(0, length);
            if (length == 0)
            {
                return RequestRead.Invalid<T>("body", "The request body is empty; a JSON object is expected.");
            }
            if (!Utf8.IsValid(bytes))
            {
                return RequestRead.Invalid<T>("body", "The request body is not valid UTF-8.");
            }
            try
            {
                var value = JsonSerializer.Deserialize<T>(bytes, Json);
                return value is null
                    ? RequestRead.Invalid<T>("body", "The request body is JSON null; a JSON object is expected.")
                    : RequestRead.Ok(value);
            }
            catch (JsonException ex)
            {
                var (field, detail) = JsonProblem(ex);
                return RequestRead.Invalid<T>(field, detail);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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
public readonly record struct RequestRead<T>(T? Value, string? Field, string? Detail, int Status);

/// <summary>The ways a body read ends.</summary>
public static class RequestRead
{
    public static RequestRead<T> Ok<T>(T value) => new(value, null, null, StatusCodes.Status200OK);

    public static RequestRead<T> Invalid<T>(string field, string detail) => new(default, field, detail, StatusCodes.Status400BadRequest);

    public static RequestRead<T> TooLarge<T>(string field, string detail) => new(default, field, detail, StatusCodes.Status413PayloadTooLarge);
}
