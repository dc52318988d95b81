using Telemed.Hub.Calls;

namespace Telemed.Hub.Tests;

public sealed class CallOptionsTests
{
    [Fact]
    public void The_turn_credential_is_coturn_s_base64_hmac_sha1_of_the_username()
    {
        // Computed independently: printf '%s' "$username" | openssl dgst -sha1 -hmac "$secret" -binary | base64
        var credential = IceServerIssuer.TurnCredential("north-kazakhstan-turn-secret", "1767225600:0b8a3c1e-5d2f-4e6a-9c7b-1f2e3d4c5b6a");

        Assert.Equal("hFDgP8zrry6txKtAdazFy/UFLeM=", credential);
    }

    [Fact]
    public void No_ice_servers_at_all_is_valid_for_calls_on_a_lan()
    {
        Assert.True(new CallOptionsValidator().Validate(null, new CallOptions()).Succeeded);
    }

    [Fact]
    public void Each_bad_ice_setting_is_named_in_the_refusal()
    {
        var result = new CallOptionsValidator().Validate(null, new CallOptions
        {
            StunUrls = ["turn.example.kz:3478"],
            TurnUrls = ["https://turn.example.kz"],
            TurnSecret = "short",
            RelayOnly = true,
            CredentialLifetime = TimeSpan.FromSeconds(10),
        });

        Assert.Equal(
            [
                "Calls:StunUrls: 'turn.example.kz:3478' must start with stun: or stuns:.",
                "Calls:TurnUrls: 'https://turn.example.kz' must start with turn: or turns:.",
                "Calls:TurnSecret must be set, at least 16 characters, when Calls:TurnUrls are.",
                "Calls:CredentialLifetime must be from 00:01:00 to 1.00:00:00; got 00:00:10.",
            ],
            result.Failures);
    }

    [Fact]
    public void Relay_only_without_a_turn_server_is_refused()
    {
        var result = new CallOptionsValidator().Validate(null, new CallOptions { RelayOnly = true });

        Assert.Equal(["Calls:RelayOnly needs Calls:TurnUrls: without a TURN server no call could connect."], result.Failures);
    }

    [Fact]
    public async Task A_gateway_with_a_bad_turn_url_does_not_start()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => Triage.Testing.GatewayHost.StartAsync("--Calls:TurnUrls:0=turn.example.kz", "--Calls:TurnSecret=a long enough turn secret"));

        Assert.Contains("Calls:TurnUrls: 'turn.example.kz' must start with turn: or turns:.", error.Message);
    }
}
