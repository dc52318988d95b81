using Grpc.Core;

namespace Triage.Terminal.Tests.Faults;

/// <summary>gRPC methods of the gateway with the message bytes left to the caller, so tests can send what no client library would.</summary>
public static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static readonly Method<byte[], byte[]> SubmitCase = new(MethodType.Unary, "triage.v1.Intake", "SubmitCase", Bytes, Bytes);

    public static readonly Method<byte[], byte[]> SyncCases = new(MethodType.DuplexStreaming, "triage.v1.Intake", "SyncCases", Bytes, Bytes);
}
