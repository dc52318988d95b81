using Grpc.Core;
using Triage.Contracts.V1;

namespace Triage.IntakeBench;

/// <summary>
/// The baseline: a unary method with SubmitCase's own messages that does nothing, mapped into the same gateway,
/// so it pays for the same transport, authentication, rate limiting and serialisation and nothing else.
/// </summary>
[BindServiceMethod(typeof(NoOpService), nameof(BindService))]
public sealed class NoOpService
{
    public static readonly Method<SubmitCaseRequest, SubmitCaseResponse> Ping = new(
        MethodType.Unary, "triage.bench.NoOp", "Ping", Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), SubmitCaseRequest.Parser.ParseFrom),
        Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), SubmitCaseResponse.Parser.ParseFrom));

    private static readonly SubmitCaseResponse Empty = new();

    public static void BindService(ServiceBinderBase binder, NoOpService? service) =>
        binder.AddMethod(Ping, service is null ? null : service.PingAsync);

    public Task<SubmitCaseResponse> PingAsync(SubmitCaseRequest request, ServerCallContext context) => Task.FromResult(Empty);
}
