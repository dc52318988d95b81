namespace Triage.Terminal.Commands;

/// <summary>What the terminal's exit code tells a script.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some cases were refused (bad input) or a line could not be read; the others went through.</summary>
    public const int Refused = LineErrors.BadLinesExitCode;

    /// <summary>The gateway could not be reached (or not in time): cases stay queued in the outbox.</summary>
    public const int Offline = 3;

    /// <summary>This terminal's credentials were refused.</summary>
    public const int SignInRefused = 4;

    /// <summary>The outbox file cannot be read by this terminal (written by a newer one); it is left as it is.</summary>
    public const int OutboxUnreadable = 5;
}
