using StackExchange.Redis;
using Triage.Contracts.V1;

namespace Triage.Gateway.ScaleOut;

/// <summary>The Redis channel that carries case events between gateway instances: the sender's instance id, then the protobuf event.</summary>
internal static class RedisCaseEvents
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("triage:case-events");

    /// <summary>This process; its own messages come back from Redis and are already delivered.</summary>
    public static readonly Guid Instance = Guid.NewGuid();

    public static byte[] Wrap(CaseEvent caseEvent) => [.. Instance.ToByteArray(), .. Google.Protobuf.MessageExtensions.ToByteArray(caseEvent)];

    public static CaseEvent? Unwrap(byte[] message) =>
        new Guid(message.AsSpan(0, 16)) == Instance ? null : CaseEvent.Parser.ParseFrom(message.AsSpan(16));
}
