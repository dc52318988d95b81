namespace Triage.Gateway.Tests.Access;

/// <summary>A clock set off from the real one, to mint tokens that were issued long ago.</summary>
public sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
