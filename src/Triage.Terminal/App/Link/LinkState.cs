namespace Triage.Terminal.App.Link;

/// <summary>What the link indicator shows.</summary>
public enum LinkState
{
    /// <summary>Not tried yet since the app started.</summary>
    Unknown,

    /// <summary>The gateway answered the last call.</summary>
    Online,

    /// <summary>The gateway did not answer; cases wait in the outbox.</summary>
    Offline,

    /// <summary>The gateway answers but turned this terminal's credentials down: only enrolling again helps.</summary>
    Refused,
}
