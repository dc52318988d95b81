using Triage.Gateway.Admin;
using Triage.Gateway.Hosting;

if (args is ["admin", .. var adminArgs])
{
    return await AdminCommands.RunAsync(adminArgs);
}

await using var app = await GatewayApp.CreateAsync(args);
await app.RunAsync();
return 0;
