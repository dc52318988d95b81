using System.ComponentModel.DataAnnotations;

namespace Telemed.Hub.Escalation;

/// <summary>The "Escalation" configuration section: how long a consult may wait unclaimed before the wider group is told.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan EmergencyAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UrgentAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often stored consults are checked; the timers live in the database, so a restart loses none.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);
}
