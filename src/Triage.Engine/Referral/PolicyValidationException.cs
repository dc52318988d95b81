namespace Triage.Engine.Referral;

/// <summary>A referral policy file that cannot be used, with every problem found in it.</summary>
public sealed class PolicyValidationException(string origin, IReadOnlyList<string> errors)
    : Exception($"Invalid referral policy {origin}: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
