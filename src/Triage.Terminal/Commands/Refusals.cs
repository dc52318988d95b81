using Google.Rpc;
using Grpc.Core;

namespace Triage.Terminal.Commands;

/// <summary>A gateway's refusal in words a feldsher can act on: every violated field with its allowed range.</summary>
internal static class Refusals
{
    public static string Describe(RpcException e)
    {
        var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        return violations is { Count: > 0 }
            ? $"{e.StatusCode}: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}"))
            : $"{e.StatusCode}: {e.Status.Detail}";
    }
}
