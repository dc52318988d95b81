using System.Globalization;

namespace Triage.Engine.Wire;

/// <summary>An inclusive allowed range with its unit, phrased the same way in every error.</summary>
public sealed record AllowedRange(double Min, double Max, string Unit)
{
    public bool Contains(double value) => value >= Min && value <= Max;

    public string Describe(double got) =>
        string.Create(CultureInfo.InvariantCulture, $"must be between {Min} and {Max}{Unit}; got {got}");
}
