using Google.Protobuf.WellKnownTypes;
using Triage.Cohort;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Engine.Wire;

namespace Triage.Terminal.Simulation;

/// <summary>
/// SYNTHETIC cases from the seeded cohort generator the risk model was trained on: patients of all ages,
/// pregnancy, chronic conditions, fourteen kinds of presentation, measurement noise and unmeasured vital signs.
/// The simulator adds what a terminal adds (a fresh client_case_id, the clinic, when it was recorded, a patient
/// reference, the feldsher's language) and who pays (<see cref="SimulatedCoverage"/>). The same seed gives the same
/// sequence of cases, so a load run or an accuracy run can be repeated.
/// </summary>
public sealed class CohortCaseSource : ICaseSource
{
    private readonly CohortGenerator cohort;
    private readonly Random terminal;
    private readonly object gate = new();

    public CohortCaseSource(int seed)
    {
        cohort = new CohortGenerator(seed);
        // Its own stream, seeded apart from the generator's, so the cohort itself is the one training sees.
        terminal = new Random(unchecked(seed * 7919 + 104_729));
    }

    public CaseReport Next(string clinicId, DateTimeOffset now) => NextCase(clinicId, now).Report;

    /// <summary>The next case, with the cohort's outcome for whoever plays the specialist in a seeded evaluation.</summary>
    public SimulatedCase NextCase(string clinicId, DateTimeOffset now)
    {
        // One generator for all simulated terminals; a lock keeps its sequence, and so the run, reproducible.
        lock (gate)
        {
            var truth = cohort.Next();
            var report = truth.Case.ToCaseReport();
            report.ClientCaseId = Guid.NewGuid().ToString();
            report.ClinicId = clinicId;
            report.RecordedAt = Timestamp.FromDateTimeOffset(now.AddMinutes(-terminal.Next(1, 60)));
            report.Language = Languages.Supported[terminal.Next(Languages.Supported.Count)];
            report.Patient.PatientRef = $"{SimulationMarker.PatientRefPrefix}{terminal.Next(1_000_000):000000}";
            (report.Patient.Insurance, report.Patient.SocialCategory) = SimulatedCoverage.Draw(terminal);
            if (report.Vitals.HasDiastolicBp && report.Vitals.DiastolicBp >= report.Vitals.SystolicBp)
            {
                // The cohort's measurement noise now and then puts the diastolic at or above a low systolic (about
                // 1 case in 5,000). A feldsher would not write that down and the gateway refuses it, so it is left out.
                report.Vitals.ClearDiastolicBp();
            }

            return new SimulatedCase(report, truth);
        }
    }
}
