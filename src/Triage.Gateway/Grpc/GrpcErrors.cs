using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Triage.Engine.Wire;
using Triage.Gateway.Auth;
using Triage.Gateway.Intake;

namespace Triage.Gateway.Grpc;

/// <summary>The one place where domain failures become gRPC statuses, with google.rpc details where they help the caller.</summary>
public static class GrpcErrors
{
    /// <summary>The status for a failure the caller can act on, or null for a fault of ours.</summary>
    public static RpcException? ToRpcException(Exception exception) => exception switch
    {
        RpcException rpc => rpc,
        CaseValidationException invalid => InvalidArgument(invalid.Violations),
        CaseConflictException conflict => new RpcException(new global::Grpc.Core.Status(StatusCode.AlreadyExists, conflict.Message)),
        CaseNotFoundException missing => new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, missing.Message)),
        // A streamed request message that does not parse: the caller's fault, whatever the stream reader wraps it in.
        InvalidProtocolBufferException or { InnerException: InvalidProtocolBufferException } =>
            new RpcException(new global::Grpc.Core.Status(StatusCode.InvalidArgument, "A request message is not valid protobuf.")),
        Telemed.Hub.Calls.CallRefusedException refused => new RpcException(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, refused.Message)),
        AccessDeniedException denied => new RpcException(new global::Grpc.Core.Status(StatusCode.PermissionDenied, denied.Message)),
        _ => null,
    };

    public static RpcException InvalidArgument(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Invalid request: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}")),
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }

    /// <summary>INVALID_ARGUMENT for InvalidArgument: the spelling of status codes in the gRPC specification.</summary>
    public static string CodeName(StatusCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
