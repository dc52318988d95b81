namespace Triage.Gateway.Tests.Access;

/// <summary>
/// One thing a caller can try: a gRPC method, a hub method or an HTTP endpoint, with the callers it must let in.
/// <paramref name="HidesInsteadOfRefusing"/> marks list reads that leave out what the caller may not see rather than refuse.
/// </summary>
public sealed record GuardedOperation(
    string Name,
    IReadOnlySet<Caller> AllowedCallers,
    Func<AccessWorld, AccessScene, string, Task<Access>> Attempt,
    bool HidesInsteadOfRefusing = false)
{
    public override string ToString() => Name;
}
