using Microsoft.AspNetCore.Http.HttpResults;

namespace ReviewConsole.Web.Api;

/// <summary>
/// RFC 7807 problem responses of the API, each naming the field at fault. Everything the API answers with a problem goes
/// through here or through ASP.NET's problem details service (<see cref="WriteAsync"/>), so every problem has the same shape.
/// </summary>
public static class ApiProblems
{
    /// <summary>
    /// A problem written outside an endpoint (authentication, rate limiting): the same result an endpoint returns, which
    /// goes through the app's problem details service and is JSON whatever the client accepts.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string? detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail, type: $"https://httpstatuses.io/{status}").ExecuteAsync(context);

    public static ProblemHttpResult Field(string field, string detail, int status = StatusCodes.Status400BadRequest) =>
        Fields(new Dictionary<string, string[]> { [field] = [detail] }, status);

    public static ProblemHttpResult Fields(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request is too large.",
                StatusCodes.Status409Conflict => "Conflict",
                StatusCodes.Status415UnsupportedMediaType => "The body is not JSON.",
                _ => "The request is not valid.",
            },
            Detail = string.Join(" ", errors.Values.SelectMany(e => e)),
            Type = $"https://httpstatuses.io/{status}",
        });

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: "https://httpstatuses.io/409", extensions: extensions);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: "https://httpstatuses.io/404");
}
