using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Engine.Wire;
using Triage.Gateway.Admin;
using Triage.Gateway.Auth;

namespace Triage.Gateway.Reports;

/// <summary>The report over gRPC; thin: the scope parser, the access check and the report service do the work.</summary>
[Authorize(Roles = AdminRole.Name)]
public sealed class ReportsService(ReportAccess access, ReportService reports, TimeProvider clock) : Contracts.V1.Reports.ReportsBase
{
    public override async Task<TriageReport> GetTriageReport(TriageReportRequest request, ServerCallContext context)
    {
        Triage.Reports.ReportScope requested;
        try
        {
            requested = ReportScopeParser.Parse(Iso(request.From), Iso(request.To), request.RegionId, request.DistrictId, request.ClinicId, request.ModelVersion, clock.GetUtcNow());
        }
        catch (ReportRequestException e)
        {
            throw new CaseValidationException([new FieldViolation(e.Parameter, e.Message)]);
        }

        var scope = await access.EnsureAsync(context.GetHttpContext().User, requested, context.Peer, context.CancellationToken);
        // The contract's request names no language: its caveats are in English, as its field names are.
        return (await reports.BuildAsync(scope, Languages.English, context.CancellationToken)).ToMessage();
    }

    private static string? Iso(Google.Protobuf.WellKnownTypes.Timestamp? time) => time?.ToDateTimeOffset().ToString("O");
}
