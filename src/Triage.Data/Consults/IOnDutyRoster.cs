namespace Triage.Data.Consults;

/// <summary>
/// The specialists on duty in some regions, read afresh for every consult routed, so that a change of duty applies
/// to the very next case.
/// </summary>
public interface IOnDutyRoster
{
    Task<IReadOnlyList<OnDutyPost>> InRegionsAsync(string[] regionIds, CancellationToken cancellationToken);
}
