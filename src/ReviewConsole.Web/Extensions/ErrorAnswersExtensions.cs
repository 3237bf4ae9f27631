using Microsoft.AspNetCore.Diagnostics;

namespace ReviewConsole.Web.Extensions;

/// <summary>
/// How a failure is answered: the API (and every unmatched path under /api) always with <c>application/problem+json</c>,
/// whatever the client accepts, never a stack trace; the site with its error and not-found pages.
/// </summary>
public static class ErrorAnswersExtensions
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication UseErrorAnswers(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerApiExceptionAsync });
            api.UseStatusCodePages(context => Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            if (!app.Environment.IsDevelopment())
            {
                site.UseExceptionHandler("/Error", createScopeForErrors: true);
            }
            site.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        return app;
    }

    private static Task AnswerApiExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        // A body shorter than its Content-Length, a malformed request: the client's fault, and Kestrel's words for it are safe to show.
        var problem = error is BadHttpRequestException bad
            ? Results.Problem(statusCode: bad.StatusCode, title: "The request is not valid.", detail: bad.Message)
            : Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The server could not answer.",
                detail: "Nothing was stored for this request; retry it. If it keeps failing, give the trace id to an operator.");
        return problem.ExecuteAsync(context);
    }
}
