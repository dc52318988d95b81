namespace Triage.Engine.Rules;

/// <summary>
/// Age bands for children's heart and breathing rates.
/// Fast breathing under 5 years: WHO IMCI chart booklet 2014 (≥ 60/min under 2 months, ≥ 50 at 2–11 months,
/// ≥ 40 at 12–59 months). From 5 years, and slow breathing and heart rate at every age: outside the 1st–99th
/// centiles of Fleming et al., Lancet 2011 (normal ranges of heart rate and respiratory rate in children from
/// birth to 18 years), rounded to whole beats and breaths.
/// </summary>
public static class PaediatricVitalBands
{
    public static readonly IReadOnlyList<PaediatricVitalBand> Table =
    [
        new(UpToMonths: 2, FastBreathingFrom: 60, SlowBreathingBelow: 25, HeartRateBelow: 107, HeartRateAbove: 181),
        new(UpToMonths: 3, FastBreathingFrom: 50, SlowBreathingBelow: 25, HeartRateBelow: 107, HeartRateAbove: 181),
        new(UpToMonths: 6, FastBreathingFrom: 50, SlowBreathingBelow: 24, HeartRateBelow: 104, HeartRateAbove: 175),
        new(UpToMonths: 9, FastBreathingFrom: 50, SlowBreathingBelow: 23, HeartRateBelow: 98, HeartRateAbove: 168),
        new(UpToMonths: 12, FastBreathingFrom: 50, SlowBreathingBelow: 22, HeartRateBelow: 93, HeartRateAbove: 161),
        new(UpToMonths: 18, FastBreathingFrom: 40, SlowBreathingBelow: 21, HeartRateBelow: 88, HeartRateAbove: 156),
        new(UpToMonths: 24, FastBreathingFrom: 40, SlowBreathingBelow: 19, HeartRateBelow: 82, HeartRateAbove: 149),
        new(UpToMonths: 36, FastBreathingFrom: 40, SlowBreathingBelow: 18, HeartRateBelow: 76, HeartRateAbove: 142),
        new(UpToMonths: 48, FastBreathingFrom: 40, SlowBreathingBelow: 17, HeartRateBelow: 70, HeartRateAbove: 136),
        new(UpToMonths: 60, FastBreathingFrom: 40, SlowBreathingBelow: 17, HeartRateBelow: 65, HeartRateAbove: 131),
        new(UpToMonths: 72, FastBreathingFrom: 30, SlowBreathingBelow: 17, HeartRateBelow: 65, HeartRateAbove: 131),
        new(UpToMonths: 96, FastBreathingFrom: 28, SlowBreathingBelow: 16, HeartRateBelow: 59, HeartRateAbove: 123),
        new(UpToMonths: 144, FastBreathingFrom: 26, SlowBreathingBelow: 14, HeartRateBelow: 52, HeartRateAbove: 115),
        new(UpToMonths: 180, FastBreathingFrom: 24, SlowBreathingBelow: 12, HeartRateBelow: 47, HeartRateAbove: 108),
        new(UpToMonths: 192, FastBreathingFrom: 23, SlowBreathingBelow: 11, HeartRateBelow: 43, HeartRateAbove: 104),
    ];

    /// <summary>The band for a child of <paramref name="ageMonths"/>; children are under 16, so one always matches.</summary>
    public static PaediatricVitalBand For(double ageMonths) => Table.First(b => ageMonths < b.UpToMonths);
}
