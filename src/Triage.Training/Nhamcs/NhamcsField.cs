namespace Triage.Training.Nhamcs;

/// <summary>One field of the NHAMCS fixed-width record: its name and 1-based, inclusive character positions.</summary>
public sealed record NhamcsField(string Name, int Start, int End)
{
    public int Length => End - Start + 1;
}
