using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Triage.Engine.Wire;
using Triage.Terminal.App.Api;
using Triage.Terminal.App.Link;
using Triage.Terminal.Link;

namespace Triage.Terminal.App.Consult;

/// <summary>
/// One call to the gateway on the feldsher's behalf: signed in first, the link indicator kept current, and every
/// failure turned into an answer the page can put in words (offline, refused, not found, which field was wrong).
/// </summary>
internal sealed class GatewayCalls(TerminalSession session, LinkMonitor link)
{
    public TerminalSession Session => session;

    public async Task<IResult> RunAsync(Func<CancellationToken, Task<IResult>> call, CancellationToken cancellationToken)
    {
        try
        {
            await session.SignInAsync(cancellationToken);
            var answer = await call(cancellationToken);
            link.Answered();
            return answer;
        }
        catch (SignInRefusedException e)
        {
            link.Refused(e.Message);
            return ApiError.Status(StatusCodes.Status503ServiceUnavailable, "signInRefused", e.Message);
        }
        catch (RpcException e) when (TransientFaults.IsTransient(e))
        {
            link.Unreachable(LinkResilience.Describe(e));
            if (e.StatusCode == StatusCode.Unauthenticated)
            {
                session.Forget();
            }

            return ApiError.Status(StatusCodes.Status503ServiceUnavailable, "offline", LinkResilience.Describe(e));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            link.Unreachable(e.Message);
            return ApiError.Status(StatusCodes.Status503ServiceUnavailable, "offline", e.Message);
        }
        catch (RpcException e)
        {
            link.Answered();
            return Refusal(e);
        }
    }

    private static IResult Refusal(RpcException e)
    {
        var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => new FieldViolation(v.Field, v.Description)).ToList();
        return e.StatusCode switch
        {
            StatusCode.InvalidArgument or StatusCode.OutOfRange => ApiError.Status(StatusCodes.Status400BadRequest, "invalid", e.Status.Detail, violations),
            StatusCode.NotFound => ApiError.Status(StatusCodes.Status404NotFound, "notFound", e.Status.Detail),
            StatusCode.PermissionDenied => ApiError.Status(StatusCodes.Status403Forbidden, "forbidden", e.Status.Detail),
            _ => ApiError.Status(StatusCodes.Status409Conflict, "refused", $"{e.StatusCode}: {e.Status.Detail}"),
        };
    }
}
