namespace Triage.Gateway.WebConsole;

/// <summary>What the console calls codes in one language: rule code → name, vital sign's wire name → name.</summary>
public sealed record ConsoleNames(IReadOnlyDictionary<string, string> Rules, IReadOnlyDictionary<string, string> Vitals);
