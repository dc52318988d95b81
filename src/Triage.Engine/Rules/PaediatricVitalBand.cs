namespace Triage.Engine.Rules;

/// <summary>
/// Heart and breathing rates that are abnormal for children up to (not including) <paramref name="UpToMonths"/> of age.
/// </summary>
/// <param name="FastBreathingFrom">Breaths/min at which breathing counts as fast.</param>
/// <param name="SlowBreathingBelow">Breaths/min below which breathing counts as slow.</param>
/// <param name="HeartRateBelow">Beats/min below which the pulse is abnormally slow.</param>
/// <param name="HeartRateAbove">Beats/min above which the pulse is abnormally fast.</param>
public sealed record PaediatricVitalBand(int UpToMonths, int FastBreathingFrom, int SlowBreathingBelow, int HeartRateBelow, int HeartRateAbove);
