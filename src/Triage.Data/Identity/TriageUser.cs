using Microsoft.AspNetCore.Identity;

namespace Triage.Data.Identity;

/// <summary>
/// A person who signs in: a specialist (user name = their specialist id, so tokens and the roster agree) or an
/// administrator, optionally limited to one region.
/// </summary>
public sealed class TriageUser : IdentityUser
{
    /// <summary>The region an administrator may see; null for a national administrator.</summary>
    public string? RegionId { get; set; }
}
