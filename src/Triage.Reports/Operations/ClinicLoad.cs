namespace Triage.Reports.Operations;

public sealed record ClinicLoad(string ClinicId, string DistrictId, int Cases, int Consults);
