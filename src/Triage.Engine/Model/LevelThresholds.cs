using System.Text.Json.Serialization;
using Triage.Contracts.V1;

namespace Triage.Engine.Model;

/// <summary>The lowest risk at which the model asks for each referral level; below RoutineReferral it says treat locally.</summary>
public sealed record LevelThresholds(double RoutineReferral, double UrgentReferral, double Emergency)
{
    public ReferralLevel LevelFor(double risk) =>
        risk >= Emergency ? ReferralLevel.Emergency
        : risk >= UrgentReferral ? ReferralLevel.UrgentReferral
        : risk >= RoutineReferral ? ReferralLevel.RoutineReferral
        : ReferralLevel.TreatLocally;

    [JsonIgnore]
    public bool IsOrdered => RoutineReferral > 0 && RoutineReferral <= UrgentReferral && UrgentReferral <= Emergency && Emergency < 1;
}
