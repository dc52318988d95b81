using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Triage.EndToEnd.Tests;

/// <summary>The console's files are open to anyone, the data behind them is not.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleServingTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/lib/signalr/signalr.min.js", "text/javascript")]
    public async Task Pages_and_scripts_are_served_without_signing_in(string path, string mediaType)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.WebAddress };

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_report_filters_are_for_administrators_and_list_their_regions_districts()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.WebAddress };
        var anonymous = await http.GetAsync("/admin/reports/filters");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Host.IssueToken(ConsoleFixture.SpecialistA, "specialist"));
        var specialist = await http.GetAsync("/admin/reports/filters");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Host.IssueToken("admin-zha", "admin", ("region", "KZ-ZHA")));
        var filters = await http.GetFromJsonAsync<JsonElement>("/admin/reports/filters");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, specialist.StatusCode);
        Assert.Equal(["KZ-ZHA"], filters.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(filters.GetProperty("districts").EnumerateArray(), d => d.GetProperty("id").GetString() == "KZ-ZHA-KOR");
        Assert.Contains(filters.GetProperty("clinics").EnumerateArray(), c => c.GetProperty("id").GetString() == "KZ-ZHA-KOR-01");
    }
}
