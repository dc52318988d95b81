namespace Triage.Terminal.Cases;

/// <summary>The keyboard (or the piped input) ran out before the case was complete.</summary>
public sealed class InputEndedException() : Exception("input ended before the case was complete");
