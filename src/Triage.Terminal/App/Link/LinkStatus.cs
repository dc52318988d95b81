namespace Triage.Terminal.App.Link;

/// <param name="LastContact">When the gateway last answered, if ever since the app started.</param>
/// <param name="Detail">Why the link is not up, in the link's own words (for the feldsher's IT support).</param>
public sealed record LinkStatus(LinkState State, DateTimeOffset? LastContact, string? Detail);
