using Grpc.Core;
using Triage.Contracts.V1;

namespace Triage.IntakeBench;

/// <summary>
/// A unary method with SubmitCase's own messages, declared the way generated service bases are, because gRPC
/// binds only methods that override the base declaring the binding.
/// </summary>
[BindServiceMethod(typeof(NoOpBase), nameof(BindService))]
public abstract class NoOpBase
{
    public static readonly Method<SubmitCaseRequest, SubmitCaseResponse> PingMethod = new(
        MethodType.Unary, "triage.bench.NoOp", "Ping",
        Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), SubmitCaseRequest.Parser.ParseFrom),
        Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), SubmitCaseResponse.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, NoOpBase? service) =>
        binder.AddMethod(PingMethod, service is null ? null : service.Ping);

    public abstract Task<SubmitCaseResponse> Ping(SubmitCaseRequest request, ServerCallContext context);
}
