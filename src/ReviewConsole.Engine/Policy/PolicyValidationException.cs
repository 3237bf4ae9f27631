namespace ReviewConsole.Engine.Policy;

public sealed class PolicyValidationException(IReadOnlyList<string> errors)
    : Exception("The policy is invalid: " + string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
