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
            // Dark enough for white text on filled chips and buttons at 4.5:1 (MudBlazor's defaults read at 2.2–3.1:1).
            Warning = "#b45309",
            Info = "#1565c0",
            Success = "#2e7d32",
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
            // These fills are light on the dark theme: the text on them is dark (white read at 1.9–2.9:1).
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            InfoContrastText = "rgba(0,0,0,0.87)",
            WarningContrastText = "rgba(0,0,0,0.87)",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            SuccessContrastText = "rgba(0,0,0,0.87)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
