namespace ReviewConsole.Web.Features.Users;

/// <summary>
/// Whoever started the server, for one-time secrets that must never reach the logs. <see cref="SecretsFile"/> is set when
/// the output is not a terminal (a service manager or container collects it): the secret then goes to that file, readable
/// by its owner alone, and the output says only where it is.
/// </summary>
public sealed record OperatorConsole(TextWriter Out, string? SecretsFile = null)
{
    public static OperatorConsole Of(string contentRoot, string? configuredFile) =>
        Console.IsOutputRedirected
            ? new OperatorConsole(Console.Out, Path.GetFullPath(configuredFile ?? "first-admin-password.txt", contentRoot))
            : new OperatorConsole(Console.Out);
}
