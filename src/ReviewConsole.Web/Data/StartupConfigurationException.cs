namespace ReviewConsole.Web.Data;

/// <summary>Bad configuration found at start-up. Its message names the setting and is shown alone, without a stack trace.</summary>
public sealed class StartupConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
