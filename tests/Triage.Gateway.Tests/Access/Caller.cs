namespace Triage.Gateway.Tests.Access;

/// <summary>Who knocks: the rows of the access matrix.</summary>
public enum Caller
{
    Anonymous,
    ExpiredToken,
    WrongSignatureToken,
    FeldsherOfClinicA,
    FeldsherOfClinicB,
    SpecialistOfRegionX,
    SpecialistOfRegionY,
    Admin,
}
