using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <param name="Field">The field's path in the case, e.g. case.vitals.heart_rate.</param>
public sealed record UnusualValue(string Field, double Value, AllowedRange Usual);
