namespace Triage.Gateway.Tests.Access;

/// <summary>What a caller got: in, turned away as unknown, or turned away as known but not entitled.</summary>
public enum Access
{
    Allowed,
    Unauthenticated,
    Refused,
}
