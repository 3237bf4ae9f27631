using MudBlazor;
using ReviewConsole.Web.Features.Dashboard;

namespace ReviewConsole.Web.Tests.Features.Dashboard;

public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(30, 10)]
    [InlineData(37, 10)]
    [InlineData(60, 20)]
    [InlineData(100, 20)]
    [InlineData(2_340, 500)]
    [InlineData(45_000, 10_000)]
    public void The_y_axis_steps_at_a_round_number_giving_about_five_ticks(double max, int step)
    {
        Assert.Equal(step, ChartScale.Step(max));
    }

    [Fact]
    public void Stacked_series_are_scaled_to_the_largest_day_total_not_the_largest_part()
    {
        List<ChartSeries<double>> series =
        [
            new() { Name = "harm", Data = new double[] { 10, 30 } },
            new() { Name = "threat", Data = new double[] { 25, 5 } },
        ];

        Assert.Equal(35, ChartScale.Max(series, stacked: true));
        Assert.Equal(30, ChartScale.Max(series, stacked: false));
    }
}
