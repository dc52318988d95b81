using Google.Rpc;
using Grpc.Core;

namespace Triage.Testing;

public static class RpcExceptionExtensions
{
    /// <summary>The google.rpc.BadRequest field violations an InvalidArgument carries; empty when it carries none.</summary>
    public static IReadOnlyList<BadRequest.Types.FieldViolation> BadRequestViolations(this RpcException error) =>
        error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.ToList() ?? [];
}
