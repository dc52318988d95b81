using Telemed.Hub.Events;
using Triage.Contracts.V1;

namespace Telemed.Hub.Tests;

public sealed class CaseEventFeedTests
{
    private readonly CaseEventFeed feed = new([]);

    [Fact]
    public async Task A_watcher_receives_the_events_of_its_case_in_order_and_no_others()
    {
        using var watcher = feed.Subscribe("case-a");

        feed.Publish(Event("case-a", 2));
        feed.Publish(Event("case-b", 2));
        feed.Publish(Event("case-a", 3));

        Assert.Equal(2, (await watcher.Items.ReadAsync()).Sequence);
        Assert.Equal(3, (await watcher.Items.ReadAsync()).Sequence);
        Assert.False(watcher.Items.TryRead(out _));
    }

    [Fact]
    public async Task Every_watcher_of_a_case_gets_every_event()
    {
        using var first = feed.Subscribe("case-a");
        using var second = feed.Subscribe("case-a");

        feed.Publish(Event("case-a", 5));

        Assert.Equal(5, (await first.Items.ReadAsync()).Sequence);
        Assert.Equal(5, (await second.Items.ReadAsync()).Sequence);
    }

    [Fact]
    public async Task A_watcher_that_left_gets_nothing_more_and_its_stream_ends()
    {
        var watcher = feed.Subscribe("case-a");
        watcher.Dispose();

        feed.Publish(Event("case-a", 2));

        Assert.False(await watcher.Items.WaitToReadAsync());
    }

    private static CaseEvent Event(string caseId, long sequence) => new() { CaseId = caseId, Sequence = sequence };
}
