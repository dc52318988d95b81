using Microsoft.Extensions.DependencyInjection;
using Telemed.Hub.Routing;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Telemed.Hub.Tests;

/// <summary>docs/consult-routing.md, rule by rule, against the seeded Zhambyl roster (neighbours: Almaty, Turkistan).</summary>
public sealed class RoutingTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    private ConsultRouter Router => host.Services.GetRequiredService<ConsultRouter>();

    public async Task InitializeAsync() => host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_suggested_specialty_on_duty_in_the_clinics_region_gets_the_consult()
    {
        var route = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Cardiology, child: false, CancellationToken.None);

        Assert.Equal(("KZ-ZHA", Specialty.Cardiology, true), (route.RegionId, route.Specialty, route.SpecialistOnDuty));
    }

    [Fact]
    public async Task With_no_such_specialist_on_duty_an_adult_goes_to_internal_medicine_in_the_region()
    {
        var route = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Pulmonology, child: false, CancellationToken.None);

        Assert.Equal(("KZ-ZHA", Specialty.InternalMedicine), (route.RegionId, route.Specialty));
        Assert.Contains("no PULMONOLOGY on duty", route.Description);
    }

    [Fact]
    public async Task With_no_such_specialist_on_duty_a_child_goes_to_paediatrics_in_the_region()
    {
        var route = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Ophthalmology, child: true, CancellationToken.None);

        Assert.Equal(("KZ-ZHA", Specialty.Paediatrics), (route.RegionId, route.Specialty));
    }

    [Fact]
    public async Task With_nobody_on_duty_in_the_region_a_neighbouring_region_takes_it()
    {
        await host.NobodyOnDutyInAsync("KZ-ZHA");

        var pulmonary = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Pulmonology, child: false, CancellationToken.None);
        var cardiac = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Cardiology, child: false, CancellationToken.None);

        Assert.Equal(("KZ-ALM", Specialty.Pulmonology, true), (pulmonary.RegionId, pulmonary.Specialty, pulmonary.SpecialistOnDuty));
        Assert.Equal(("KZ-ALM", Specialty.InternalMedicine, true), (cardiac.RegionId, cardiac.Specialty, cardiac.SpecialistOnDuty));
    }

    [Fact]
    public async Task With_nobody_on_duty_anywhere_the_consult_waits_in_its_first_choice_and_says_so()
    {
        foreach (var region in new[] { "KZ-ZHA", "KZ-ALM", "KZ-TUR" })
        {
            await host.NobodyOnDutyInAsync(region);
        }

        var route = await Router.RouteAsync(SampleCases.KnownClinic, Specialty.Neurology, child: false, CancellationToken.None);

        Assert.Equal(("KZ-ZHA", Specialty.Neurology, false), (route.RegionId, route.Specialty, route.SpecialistOnDuty));
        Assert.Contains("will escalate", route.Description);
    }
}
