using Microsoft.AspNetCore.SignalR;

namespace Telemed.Hub;

/// <summary>A hub user is the token's subject: the specialist id, so Clients.User(id) reaches all their connections.</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst("sub")?.Value;
}
