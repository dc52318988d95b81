using System.Security.Claims;
using System.Text;
using Triage.Engine.Localization;
using Triage.Gateway.Admin;
using Triage.Gateway.Auth;
using Triage.Reports;
using Triage.Reports.Charts;
using Triage.Reports.Export;

namespace Triage.Gateway.Reports;

/// <summary>
/// GET /admin/reports?from=&amp;to=&amp;region=&amp;district=&amp;clinic=&amp;modelVersion=&amp;lang=kk|ru|en&amp;format=json|csv|html and
/// GET /admin/reports/charts/{name}.png with the same filters: the triage-accuracy report for administrators. Caveats and
/// charts are written in <c>lang</c> (English when absent); the HTML file is an English document whatever it says.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/admin/reports").RequireAuthorization(policy => policy.RequireRole(AdminRole.Name));
        reports.MapGet("", async (string? format, HttpContext http, ReportAccess access, ReportService service, TimeProvider clock, CancellationToken cancellationToken) =>
            await AnswerAsync(http, access, service, clock, format == "html" ? Languages.English : null, cancellationToken, (report, _) => format switch
            {
                null or "" or "json" => Results.Ok(report),
                "csv" => Results.File(Encoding.UTF8.GetBytes(ReportCsv.Write(report)), "text/csv", "triage-report.csv"),
                "html" => Results.Content(HtmlReport.Write(report), "text/html", Encoding.UTF8),
                _ => Results.Problem($"format must be json, csv or html; got '{format}'.", statusCode: StatusCodes.Status400BadRequest),
            }));
        reports.MapGet("/charts/{name}.png", async (string name, HttpContext http, ReportAccess access, ReportService service, TimeProvider clock, CancellationToken cancellationToken) =>
            ReportCharts.Names.Contains(name)
                ? await AnswerAsync(http, access, service, clock, null, cancellationToken, (report, language) => Results.File(ReportCharts.Render(name, report, language), "image/png"))
                : Results.Problem($"Charts are {string.Join(", ", ReportCharts.Names)}; got '{name}'.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }

    /// <param name="language">The language to write in whatever the request asks, or null to follow its <c>lang</c>.</param>
    private static async Task<IResult> AnswerAsync(
        HttpContext http, ReportAccess access, ReportService service, TimeProvider clock, string? language, CancellationToken cancellationToken,
        Func<TriageReport, string, IResult> render)
    {
        var query = http.Request.Query;
        language ??= query["lang"].FirstOrDefault() ?? Languages.English;
        if (!Languages.IsSupported(language))
        {
            return Results.Problem($"lang must be one of {string.Join(", ", Languages.Supported)}; got '{language}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        // A bad filter (ReportRequestException) or a scope outside the caller's region (AccessDeniedException) is
        // answered by the gateway's problem handler.
        var requested = ReportScopeParser.Parse(query["from"], query["to"], query["region"], query["district"], query["clinic"], query["modelVersion"], clock.GetUtcNow());
        var scope = await access.EnsureAsync(http.User, requested, http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
        return render(await service.BuildAsync(scope, language, cancellationToken), language);
    }
}
