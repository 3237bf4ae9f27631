using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Api;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Appeals;

/// <summary><c>POST /api/v1/appeals</c>: an end user asks for a terminated conversation to be looked at again.</summary>
public static class AppealEndpoint
{
    public const int MaxTextLength = 8000;

    public sealed class Body
    {
        public string? ConversationId { get; set; }
        public string? AccountId { get; set; }
        public string? Text { get; set; }
    }

    public sealed record Filed(long Id, string ConversationId, string Status, DateTimeOffset CreatedAt);

    public static void MapAppealEndpoint(this RouteGroupBuilder api)
    {
        api.MapPost("/appeals", PostAsync)
            .WithName("PostAppeal")
            .WithSummary("File an end user's appeal against a termination (one open appeal per conversation).")
            .Accepts<Body>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<Filed>, Ok<Filed>, ProblemHttpResult>> PostAsync(HttpRequest request, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await JsonBodyReader.ReadAsync<Body>(request, MaxTextLength * 4 + 4096, cancellationToken);
        if (read.Value is null)
        {
            return ApiProblems.Field(read.Field!, read.Detail!, read.Status);
        }
        var body = read.Value;
        var errors = new Dictionary<string, string[]>();
        if (RequestText.IdProblem("conversationId", body.ConversationId, required: true) is { } conversationProblem)
        {
            errors["conversationId"] = [conversationProblem];
        }
        if (RequestText.IdProblem("accountId", body.AccountId, required: true) is { } accountProblem)
        {
            errors["accountId"] = [accountProblem];
        }
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            errors["text"] = ["text is required: say why the conversation should not have been ended."];
        }
        else if (body.Text.Length > MaxTextLength)
        {
            errors["text"] = [$"text is {body.Text.Length} characters; at most {MaxTextLength} are accepted."];
        }
        else if (RequestText.FindInvalidCharacter(body.Text) is { } invalid)
        {
            errors["text"] = [invalid];
        }
        if (errors.Count > 0)
        {
            return ApiProblems.Fields(errors);
        }

        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == body.ConversationId, cancellationToken);
        if (conversation is null || conversation.AccountId != body.AccountId)
        {
            return ApiProblems.NotFound($"Account '{body.AccountId}' has no conversation '{body.ConversationId}'.");
        }
        if (conversation.Status != ConversationStatus.Terminated)
        {
            return ApiProblems.Conflict($"Conversation '{conversation.Id}' was not terminated by the engine; there is nothing to appeal.");
        }
        if (await OpenAppealAsync(db, conversation.Id, cancellationToken) is { } open)
        {
            return open;
        }
        var appeal = new Appeal
        {
            ConversationId = conversation.Id,
            AccountId = conversation.AccountId,
            Text = body.Text!,
            Status = AppealStatus.Open,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Appeals.Add(appeal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel filing won the unique index: this one is the same appeal, answered as a repeat.
            db.ChangeTracker.Clear();
            return await OpenAppealAsync(db, conversation.Id, cancellationToken) ?? throw new InvalidOperationException(
                $"The appeal of conversation '{conversation.Id}' could not be stored, and no open appeal of it exists.");
        }
        return TypedResults.Created($"/api/v1/appeals/{appeal.Id}", new Filed(appeal.Id, appeal.ConversationId, "Open", appeal.CreatedAt));
    }

    private static async Task<Ok<Filed>?> OpenAppealAsync(ReviewDbContext db, string conversationId, CancellationToken cancellationToken)
    {
        var open = await db.Appeals.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Status == AppealStatus.Open)
            .FirstOrDefaultAsync(cancellationToken);
        return open is null ? null : TypedResults.Ok(new Filed(open.Id, open.ConversationId, "Open", open.CreatedAt));
    }
}
