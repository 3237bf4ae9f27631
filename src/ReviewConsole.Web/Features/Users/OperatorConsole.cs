namespace ReviewConsole.Web.Features.Users;

/// <summary>The terminal of whoever started the server: for one-time secrets that must never reach the logs.</summary>
public sealed record OperatorConsole(TextWriter Out);
