using StackExchange.Redis;
using Telemed.Hub.Events;
using Triage.Contracts.V1;

namespace Triage.Gateway.ScaleOut;

/// <summary>
/// Sends each committed case event to the other instances. Fire and forget: the event is already stored, so a
/// watcher elsewhere that misses the notice still gets it from the database when it resumes.
/// </summary>
internal sealed class RedisCaseEventPublisher(IConnectionMultiplexer redis, ILogger<RedisCaseEventPublisher> logger) : ICaseEventRelay
{
    public void Send(CaseEvent caseEvent)
    {
        try
        {
            redis.GetSubscriber().Publish(RedisCaseEvents.Channel, RedisCaseEvents.Wrap(caseEvent), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Case event {Sequence} not relayed to other instances", caseEvent.Sequence);
        }
    }
}
