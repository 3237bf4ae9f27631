using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Audit;

/// <summary>
/// <c>GET /audit/export.csv</c> (Admin): the audit log with the page's filters, streamed row by row, newest first.
/// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. The export itself is audited.
/// </summary>
public static class AuditCsvExport
{
    public const string Path = "/audit/export.csv";

    public static void MapAuditCsvExport(this WebApplication app) =>
        app.MapGet(Path, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Admin));

    public static string UrlFor(string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("actor", actor);
        Add("action", action);
        Add("from", from?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", to?.ToString("O", CultureInfo.InvariantCulture));
        return query.Count == 0 ? Path : $"{Path}?{string.Join('&', query)}";
    }

    private static async Task ExportAsync(HttpContext http, IDbContextFactory<ReviewDbContext> contexts, AuditLog audit,
        string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var filter = new AuditLogFilter(actor, action, from, to);
        await audit.RecordAsync(AuditActor.From(http.User, http), AuditActions.AuditExported, "audit-log", null,
            $"actor={actor}; action={action}; from={from:O}; to={to:O}", cancellationToken);

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024);
        await writer.WriteLineAsync("at_utc,actor,action,target,before,after,remote_ip");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in AuditLogQuery.Filtered(db, filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',',
                Cell(entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), Cell(entry.ActorName), Cell(entry.Action),
                Cell(entry.Target), Cell(entry.Before), Cell(entry.After), Cell(entry.RemoteIp)));
        }
    }

    /// <summary>
    /// RFC 4180 quoting, and no formulas: a cell whose first character that is not blank (space, tab, no-break space, any
    /// Unicode white space) is = + - @, or that starts with a tab or carriage return, is neutralised with a leading
    /// quote — spreadsheets skip leading blanks before they read a formula.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var first = value.AsSpan().TrimStart();
        if (value[0] is '\t' or '\r' || (first.Length > 0 && first[0] is '=' or '+' or '-' or '@'))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
