using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Triage.Data.Identity;

namespace Triage.Testing;

/// <summary>People's accounts in a test gateway, made as the admin create-user command makes them, without starting a process.</summary>
public static class ConsoleAccounts
{
    public static async Task CreateUserAsync(this GatewayHost host, string userName, string role, string password)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TriageUser>>();
        var account = new TriageUser { UserName = userName };
        var created = await users.CreateAsync(account, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(account, role);
        }

        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }
}
