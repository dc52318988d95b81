namespace Telemed.Hub.Consults;

/// <param name="ClaimedBy">Who holds the consult now: the caller when it won, the winner when it lost.</param>
public sealed record ClaimOutcome(bool Won, string? ClaimedBy);
