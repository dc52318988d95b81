namespace Triage.Gateway.Admin;

public sealed record DutyChange(bool OnDuty);
