using Triage.Contracts.V1;

namespace Triage.Terminal.Simulation;

/// <summary>
/// Who pays, for simulated patients. The cohort generator leaves every patient insured and without a social
/// category, so the simulator draws both on a stream of its own, leaving the cohort's draws untouched.
/// These shares are SIMULATION ASSUMPTIONS, not survey figures: they exist so that the coverage reports have
/// uninsured patients and categories D and E to show.
/// </summary>
public static class SimulatedCoverage
{
    /// <summary>
    /// Share of patients without OSMS insurance. For scale: in January 2020 about 88 % of Kazakhstan's population
    /// had an insurance status (Astana Times, 2020-01, citing the Prime Minister's office); rural health posts see
    /// more informally employed people, so the simulation assumes 15 % uninsured.
    /// </summary>
    public const double UninsuredShare = 0.15;

    /// <summary>Household social category as recorded at the health post; illustrative shares, independent of insurance.</summary>
    public static readonly IReadOnlyList<(SocialCategory Category, double Share)> SocialCategoryShares =
    [
        (SocialCategory.Unspecified, 0.30),
        (SocialCategory.A, 0.20),
        (SocialCategory.B, 0.20),
        (SocialCategory.C, 0.15),
        (SocialCategory.D, 0.10),
        (SocialCategory.E, 0.05),
    ];

    public static (InsuranceStatus Insurance, SocialCategory Category) Draw(Random random)
    {
        var insurance = random.NextDouble() < UninsuredShare ? InsuranceStatus.Uninsured : InsuranceStatus.Insured;
        var r = random.NextDouble();
        foreach (var (category, share) in SocialCategoryShares)
        {
            r -= share;
            if (r < 0)
            {
                return (insurance, category);
            }
        }

        return (insurance, SocialCategoryShares[^1].Category);
    }
}
