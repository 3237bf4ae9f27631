using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary><c>GET /dashboard/export.csv?table=…</c> (Manager or Admin): the numbers behind a dashboard chart, as CSV.</summary>
public static class DashboardCsvExport
{
    public const string Path = "/dashboard/export.csv";
    private static readonly string[] Tables = ["days", "categories", "funnel", "concentration", "accounts"];

    public static void MapDashboardCsvExport(this WebApplication app) =>
        app.MapGet(Path, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Manager, Roles.Admin));

    public static string UrlFor(string table, DashboardFilter filter) =>
        $"{Path}?table={table}&from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}" + (filter.Category is { } c ? $"&category={Uri.EscapeDataString(c)}" : "");

    private static async Task<IResult> ExportAsync(HttpContext http, DashboardQuery query, AuditLog audit, string table,
        [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, string? category, CancellationToken cancellationToken)
    {
        if (!Tables.Contains(table, StringComparer.Ordinal))
        {
            return Results.Problem(statusCode: 400, title: "Unknown table", detail: $"table must be one of: {string.Join(", ", Tables)}.");
        }
        var end = to ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var start = from ?? end.AddDays(-89);
        if (start > end || end.DayNumber - start.DayNumber > 3660)
        {
            return Results.Problem(statusCode: 400, title: "Bad date range", detail: "from must not be after to, and the range at most ten years.");
        }
        var data = await query.LoadAsync(new DashboardFilter(start, end, string.IsNullOrWhiteSpace(category) ? null : category), cancellationToken);
        var csv = new StringBuilder();
        void Line(params object?[] cells) => csv.AppendLine(string.Join(',', cells.Select(c => AuditCsvExport.Cell(Convert.ToString(c, CultureInfo.InvariantCulture)))));
        switch (table)
        {
            case "days":
                Line("day", "conversations", "flagged", "terminations", "safeguards", "tokens_terminated", "tokens_avoided", "dollars_avoided", "cumulative_dollars_avoided", "confirmed", "false_positives");
                foreach (var d in data.Days)
                {
                    Line(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Conversations, d.Flagged, d.Terminations, d.Safeguards, d.TokensTerminated, d.TokensAvoided,
                        Math.Round(data.Costs.Compute.Dollars(d.TokensAvoided), 2), Math.Round(data.Costs.Compute.Dollars(d.CumulativeTokensAvoided), 2), d.Confirmed, d.FalsePositives);
                }
                break;
            case "categories":
                Line("category", "confirmed", "false_positives", "false_positive_rate");
                foreach (var c in data.FalsePositivesByCategory)
                {
                    Line(c.Category, c.Confirmed, c.FalsePositives, c.Rate is { } rate ? Math.Round(rate, 4) : null);
                }
                break;
            case "funnel":
                Line("stage", "count");
                Line("flagged", data.Funnel.Flagged);
                Line("reviewed", data.Funnel.Reviewed);
                Line("confirmed", data.Funnel.Confirmed);
                Line("false_positive", data.Funnel.FalsePositives);
                Line("appealed", data.Funnel.Appealed);
                Line("overturned", data.Funnel.Overturned);
                break;
            case "concentration":
                Line("top_share_of_accounts", "share_of_abusive_compute");
                foreach (var p in data.Concentration)
                {
                    Line(p.AccountShare, Math.Round(p.ComputeShare, 4));
                }
                break;
            default:
                Line("account", "abusive_tokens", "dollars", "terminations");
                foreach (var a in data.CostliestAccounts)
                {
                    Line(a.AccountId, a.AbusiveTokens, Math.Round(a.Dollars, 2), a.Terminations);
                }
                break;
        }
        await audit.RecordAsync(AuditActor.From(http.User, http), AuditActions.DashboardExported, $"dashboard:{table}", null,
            $"{start:yyyy-MM-dd}..{end:yyyy-MM-dd} {category}", cancellationToken);
        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"dashboard-{table}-{start:yyyyMMdd}-{end:yyyyMMdd}.csv");
    }
}
