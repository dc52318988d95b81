using Google.Protobuf;
using StackExchange.Redis;
using Telemed.Hub.Calls;
using Triage.Contracts.V1;

namespace Triage.Gateway.ScaleOut;

/// <summary>
/// Carries a specialist's call signals to the instance where the clinic's terminal listens. Fire and forget, as
/// signals are: a lost one fails the call, which is simply rung again.
/// </summary>
internal sealed class RedisCallSignalPublisher(IConnectionMultiplexer redis, ILogger<RedisCallSignalPublisher> logger) : ICallSignalRelay
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("triage:call-signals");

    public void Send(CallSignal signal)
    {
        try
        {
            redis.GetSubscriber().Publish(Channel, (byte[])[.. RedisCaseEvents.Instance.ToByteArray(), .. signal.ToByteArray()], CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Call signal of call {CallId} not relayed to other instances", signal.CallId);
        }
    }
}
