using MudBlazor;

namespace ReviewConsole.Web.Components.Layout;

public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#5c6bc0",
            AppbarBackground = "#283593",
            Error = "#c62828",
            Warning = "#ef6c00",
        },
        PaletteDark = new PaletteDark
        {
            // Light enough for links and outlined buttons to read at 4.5:1 on the dark surface.
            Primary = "#9fa8da",
            Secondary = "#c5cae9",
            AppbarBackground = "#1a1f3d",
            // MudBlazor's dark defaults (70% and 50% white) leave small secondary text below 4.5:1 on the surfaces.
            TextPrimary = "rgba(255,255,255,0.87)",
            TextSecondary = "rgba(255,255,255,0.70)",
            // Lighter than the default (#f64e62), which reads at 3.5:1 as text on the dark surface.
            Error = "#ff8a80",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
