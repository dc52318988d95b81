using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.Shadow;

/// <summary>The "ShadowScoring" configuration section: how the candidate model catches up with stored cases.</summary>
public sealed class ShadowScoringOptions
{
    public const string Section = "ShadowScoring";

    /// <summary>Cases read, scored and stored together; each batch is one graph run and one short write.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Rest between full batches while catching up, so a backlog never takes a core from intake.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BatchPause { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often new cases are looked for once every stored case is scored.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
