using Triage.Contracts.V1;

namespace Triage.Training.Nhamcs;

/// <summary>
/// GCS to ACVPU. The medians of GCS at each AVPU level are A 15, V 13, P 8, U 3 (Kelly CA, Upex A, Bateman DN.
/// Ann Emerg Med 2004;44(2):108–113; McNarry AF, Goldhill DR. Anaesthesia 2004;59(1):34–37); the cut-points lie
/// between them. GCS 14 is a new fall from full alertness, which NEWS2 scores as new confusion (RCP NEWS2 2017, chart 1).
/// </summary>
public static class GlasgowComaScale
{
    public static Consciousness ToAcvpu(int? gcs) => gcs switch
    {
        null => Consciousness.Unspecified,
        >= 15 => Consciousness.Alert,
        14 => Consciousness.NewConfusion,
        >= 11 => Consciousness.Voice,
        >= 6 => Consciousness.Pain,
        _ => Consciousness.Unresponsive,
    };
}
