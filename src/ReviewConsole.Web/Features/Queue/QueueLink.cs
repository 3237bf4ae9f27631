using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>
/// A queue's filters in an address, so a reviewer who filtered the queue keeps the filter from item to item and back:
/// "Review next item", a row, the review page's next and previous, and the queue it returns to when the filter runs dry.
/// </summary>
public static class QueueLink
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The query string of the filters that differ from a fresh queue's ("" when none do), with its '?'.</summary>
    public static string QueryString(QueueQuery query)
    {
        var fresh = new QueueQuery();
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) => parts.Add(new(key, value));
        if (query.View != fresh.View)
        {
            Add("view", Name(query.View));
        }
        if (query.Status != fresh.Status)
        {
            Add("status", query.Status is { } status ? Name(status) : "any");
        }
        if (query.Kind is { } kind)
        {
            Add("kind", Name(kind));
        }
        if (query.Category is { } category)
        {
            Add("category", category);
        }
        if (query.MinSeverity is { } severity)
        {
            Add("severity", severity.ToString(CultureInfo.InvariantCulture));
        }
        if (query.From is { } from)
        {
            Add("from", from.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        if (query.To is { } to)
        {
            Add("to", to.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        if (query.PolicyVersion is { } policy)
        {
            Add("policy", policy);
        }
        if (query.AccountId is { } account)
        {
            Add("account", account);
        }
        if (query.Sort != fresh.Sort)
        {
            Add("sort", Name(query.Sort));
        }
        return QueryString(parts);
    }

    /// <summary>
    /// The filters an address names; anything it does not name, or names wrongly, keeps a fresh queue's value (an
    /// edited address narrows nothing by mistake). <paramref name="status"/> is the status to use when none is named.
    /// </summary>
    public static QueueQuery Parse(string uri, ReviewStatus? status = ReviewStatus.Pending)
    {
        var at = uri.IndexOf('?', StringComparison.Ordinal);
        var values = at < 0 ? [] : QueryHelpers.ParseQuery(uri[at..].Split('#')[0]);
        string? Text(string key) => values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;
        DateTimeOffset? Date(string key) =>
            DateTime.TryParseExact(Text(key), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
                ? new DateTimeOffset(day, TimeSpan.Zero)
                : null;

        var query = new QueueQuery { Status = status };
        if (Enum<QueueView>(Text("view")) is { } view)
        {
            query = query with { View = view };
        }
        if (Text("status") is { } named)
        {
            query = query with { Status = named == "any" ? null : Enum<ReviewStatus>(named) ?? status };
        }
        if (Enum<QueueSort>(Text("sort")) is { } sort)
        {
            query = query with { Sort = sort };
        }
        return query with
        {
            Kind = Enum<DecisionKind>(Text("kind")),
            Category = Text("category"),
            MinSeverity = int.TryParse(Text("severity"), NumberStyles.None, CultureInfo.InvariantCulture, out var severity) ? severity : null,
            From = Date("from"),
            To = Date("to"),
            PolicyVersion = Text("policy"),
            AccountId = Text("account"),
        };
    }

    private static string QueryString(List<KeyValuePair<string, string?>> parts) =>
        parts.Count == 0 ? "" : Microsoft.AspNetCore.Http.QueryString.Create(parts).ToUriComponent();

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static T? Enum<T>(string? name) where T : struct, Enum =>
        name is not null && System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value : null;
}
