using Triage.Engine.Wire;

namespace Triage.Gateway.WebConsole;

/// <summary>
/// What the console calls codes in one language: rule code → name, vital sign's wire name → name inside a sentence;
/// and every vital sign with its label and unit in each language, from which the console builds its vitals table.
/// </summary>
public sealed record ConsoleNames(IReadOnlyDictionary<string, string> Rules, IReadOnlyDictionary<string, string> Vitals, IReadOnlyList<VitalSignView> VitalSigns);
