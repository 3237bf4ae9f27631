using Markdig;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary>docs/METRICS.md, embedded at build, as HTML: what every dashboard figure means, from the document the code is held to.</summary>
public static class MetricDefinitions
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(MetricDefinitions).Assembly.GetManifestResourceStream("ReviewConsole.Web.docs.METRICS.md")
            ?? throw new InvalidOperationException("docs/METRICS.md is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        // Raw HTML in the document is shown as text: nothing but Markdown reaches the page.
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
        return Markdown.ToHtml(reader.ReadToEnd(), pipeline);
    });

    public static string AsHtml() => Html.Value;
}
