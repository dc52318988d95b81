using Triage.Terminal;

return await TerminalApp.Create(Console.In).Parse(args).InvokeAsync();
