using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Triage.Gateway.Auth;
using Triage.Gateway.Reports;

namespace Triage.Gateway.Hosting;

/// <summary>
/// The one place an HTTP endpoint's failure becomes an answer: RFC 9457 problem details with a status that says
/// whose fault it was, never a stack trace. gRPC calls map their own errors (<see cref="Grpc.ErrorMappingInterceptor"/>).
/// </summary>
internal sealed class HttpProblemHandler(IProblemDetailsService problems, ILogger<HttpProblemHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (GrpcRequests.Are(http.Request))
        {
            return false;
        }

        var (status, detail) = exception switch
        {
            AccessDeniedException denied => (StatusCodes.Status403Forbidden, denied.Message),
            ReportRequestException invalid => (StatusCodes.Status400BadRequest, invalid.Message),
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            _ => (StatusCodes.Status500InternalServerError, "The gateway could not answer this request; the error is logged."),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            log.LogError(exception, "Unhandled error answering {Method} {Path}", http.Request.Method, http.Request.Path);
        }

        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
