using StackExchange.Redis;
using Telemed.Hub.Calls;
using Triage.Contracts.V1;

namespace Triage.Gateway.ScaleOut;

/// <summary>Hands call signals sent through other instances to this instance's board, which passes them to its terminals.</summary>
internal sealed class RedisCallSignalSubscriber(IConnectionMultiplexer redis, CallSignalBoard board) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(RedisCallSignalPublisher.Channel, (_, message) =>
        {
            var bytes = (byte[])message!;
            // This instance's own signals come back from Redis and are already delivered.
            if (new Guid(bytes.AsSpan(0, 16)) != RedisCaseEvents.Instance)
            {
                board.Deliver(CallSignal.Parser.ParseFrom(bytes.AsSpan(16)));
            }
        });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(RedisCallSignalPublisher.Channel);
}
