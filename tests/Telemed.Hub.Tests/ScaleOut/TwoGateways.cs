using Triage.Testing;

namespace Telemed.Hub.Tests.ScaleOut;

/// <summary>Two gateway processes on PostgreSQL and Redis, a terminal of the known clinic and two on-duty internists with accounts; shared by a test class.</summary>
public sealed class TwoGateways : IAsyncLifetime
{
    public const string FirstSpecialist = "SP-ZHA-IM-01";
    public const string SecondSpecialist = "SP-ZHA-IM-02";

    private GatewayCluster? cluster;

    public GatewayCluster Cluster => cluster ?? throw new InvalidOperationException("Not started.");

    public ClusterMember First => Cluster.Members[0];

    public ClusterMember Second => Cluster.Members[1];

    public string TerminalToken { get; private set; } = "";

    public string FirstSpecialistToken { get; private set; } = "";

    public string SecondSpecialistToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        cluster = await GatewayCluster.StartAsync(2);
        TerminalToken = await cluster.TerminalTokenAsync(SampleCases.KnownClinic, First);
        FirstSpecialistToken = await cluster.SpecialistTokenAsync(FirstSpecialist, First);
        SecondSpecialistToken = await cluster.SpecialistTokenAsync(SecondSpecialist, Second);
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
