using Grpc.Core;
using Triage.Contracts.V1;

namespace Triage.IntakeBench;

/// <summary>
/// The baseline: mapped into the same gateway, so it pays for the same transport, authentication, rate limiting,
/// request guard and serialisation as SubmitCase, and for nothing else.
/// </summary>
public sealed class NoOpService : NoOpBase
{
    private static readonly SubmitCaseResponse Empty = new();

    public override Task<SubmitCaseResponse> Ping(SubmitCaseRequest request, ServerCallContext context) => Task.FromResult(Empty);
}
