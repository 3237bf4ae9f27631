using MudBlazor;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary>
/// Y-axis spacing for the dashboard's charts. MudChart's default spacing is a fixed 20 units, so a chart of values up to 30
/// showed two ticks and one of dollars in the thousands a hundred: about five ticks at a round step read at a glance.
/// </summary>
public static class ChartScale
{
    private static readonly int[] NiceFactors = [1, 2, 5, 10];

    public const int Ticks = 5;

    /// <summary>The highest value drawn: the largest point, or the largest day's total when the series are stacked.</summary>
    public static double Max(IReadOnlyList<ChartSeries<double>> series, bool stacked)
    {
        if (series.Count == 0)
        {
            return 0;
        }
        var points = series.Max(s => s.Data.Values.Count);
        var max = 0.0;
        for (var i = 0; i < points; i++)
        {
            var values = series.Select(s => i < s.Data.Values.Count ? s.Data.Values[i] : 0);
            max = Math.Max(max, stacked ? values.Sum() : values.Max());
        }
        return max;
    }

    /// <summary>1, 2 or 5 times a power of ten, so that <see cref="Ticks"/> steps cover <paramref name="max"/>; at least 1.</summary>
    public static int Step(double max)
    {
        if (!(max > Ticks))
        {
            return 1;
        }
        var raw = max / Ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = NiceFactors.Select(f => f * magnitude).First(s => s >= raw);
        return (int)Math.Min(int.MaxValue, Math.Ceiling(step));
    }

    public static LineChartOptions Line(IReadOnlyList<ChartSeries<double>> series) => Axis<LineChartOptions>(series, stacked: false);

    public static BarChartOptions Bar(IReadOnlyList<ChartSeries<double>> series) => Axis<BarChartOptions>(series, stacked: false);

    public static StackedBarChartOptions StackedBar(IReadOnlyList<ChartSeries<double>> series) => Axis<StackedBarChartOptions>(series, stacked: true);

    // Small counts (a quiet day, a new install) still get an axis of several ticks: 0 to 5 at least.
    private static T Axis<T>(IReadOnlyList<ChartSeries<double>> series, bool stacked) where T : MudBlazor.Charts.DefaultAxisChartOptions, new() =>
        new() { YAxisTicks = Step(Max(series, stacked)), MaxNumYAxisTicks = Ticks + 2, YAxisSuggestedMax = Ticks };
}
