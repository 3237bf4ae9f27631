using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Api;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary><c>POST /api/v1/conversations/{conversationId}/messages</c>: one message in, the engine's decision out.</summary>
public static class IngestEndpoints
{
    public static void MapIngestEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/conversations/{conversationId}/messages", PostMessageAsync)
            .WithName("PostMessage")
            .WithSummary("Decide one message of a conversation (idempotent by message id).")
            .Accepts<MessageRequestReader.Body>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<MessageDecisionResponse>, ProblemHttpResult>> PostMessageAsync(string conversationId, HttpRequest request, IngestPipeline pipeline,
        PolicyProvider policies, IOptions<IngestOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await JsonBodyReader.ReadAsync<MessageRequestReader.Body>(request, options.Value.MaxBodyBytes, cancellationToken);
        if (read.Value is null)
        {
            return ApiProblems.Field(read.Field!, read.Detail!, read.Status);
        }
        var (message, errors, tooLarge) = MessageRequestReader.Validate(conversationId, read.Value, options.Value, clock.GetUtcNow());
        if (message is null)
        {
            return ApiProblems.Fields(errors, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        // Not cancellable once queued: the message is committed even if the caller hangs up, and a retry replays it.
        var outcome = await pipeline.SubmitAsync(message.Prepared(policies.Current), cancellationToken);
        return outcome switch
        {
            IngestOutcome.Decided decided => TypedResults.Ok(decided.Response),
            IngestOutcome.ConversationEnded ended => ApiProblems.Conflict(
                $"Conversation '{ended.ConversationId}' has ended; the message was not accepted. Start a new conversation.",
                new Dictionary<string, object?> { ["decision"] = "rejected", ["endedAt"] = ended.EndedAt, ["notice"] = UserNotices.ConversationEnded }),
            IngestOutcome.Conflict conflict => ApiProblems.Field(conflict.Field, conflict.Detail, StatusCodes.Status409Conflict),
            IngestOutcome.Unavailable unavailable => Unavailable(unavailable, request.HttpContext),
            _ => throw new InvalidOperationException("Unknown ingest outcome."),
        };
    }

    /// <summary>503 with Retry-After: the writer did not commit in time; whether the message was stored says if a retry replays it.</summary>
    private static ProblemHttpResult Unavailable(IngestOutcome.Unavailable unavailable, HttpContext context)
    {
        context.Response.Headers.RetryAfter = ((int)unavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            detail: unavailable.Stored
                ? "The message is being written but was not committed in time; retry with the same messageId to get its decision."
                : "The message could not be written in time and was not stored; retry with the same messageId.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The console is busy", type: "https://httpstatuses.io/503",
            extensions: new Dictionary<string, object?> { ["stored"] = unavailable.Stored });
    }
}
