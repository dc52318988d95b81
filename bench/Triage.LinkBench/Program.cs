using System.CommandLine;
using Triage.LinkBench;
using Triage.LinkBench.Emulation;

// The terminal's own sync over an emulated 2G/EDGE link, against what the link itself allows: each scenario runs
// straight to the gateway (the baseline: the gateway's and the terminal's own work) and across the link, in one run.
var rtt = new Option<int>("--rtt-ms") { Description = "Round trip of the link, in milliseconds", DefaultValueFactory = _ => (int)LinkSettings.Edge.RoundTrip.TotalMilliseconds };
var up = new Option<double>("--up-kbps") { Description = "Terminal to gateway, kbit/s", DefaultValueFactory = _ => LinkSettings.Edge.UpKbps };
var down = new Option<double>("--down-kbps") { Description = "Gateway to terminal, kbit/s", DefaultValueFactory = _ => LinkSettings.Edge.DownKbps };
var cases = new Option<int[]>("--cases")
{
    Description = "Backlogs to sync, in cases (each under 500 cases is synced three times, a larger one once)",
    DefaultValueFactory = _ => [100, 1000],
    AllowMultipleArgumentsPerToken = true,
};
var drops = new Option<double>("--drops-per-minute") { Description = "Random drops of the link (every connection closed); 0 for none", DefaultValueFactory = _ => 0 };
var root = new RootCommand("Time to first result, warm case time, backlog sync and bytes per case over an emulated slow link") { rtt, up, down, cases, drops };
rtt.Validators.Add(result => Refuse(result, result.GetValueOrDefault<int>() < 0, "--rtt-ms must not be negative"));
up.Validators.Add(result => Refuse(result, result.GetValueOrDefault<double>() <= 0, "--up-kbps must be positive"));
down.Validators.Add(result => Refuse(result, result.GetValueOrDefault<double>() <= 0, "--down-kbps must be positive"));
cases.Validators.Add(result =>
{
    var counts = result.GetValueOrDefault<int[]>();
    Refuse(result, counts.Length == 0 || counts.Any(n => n < 1), "--cases needs one or more positive counts");
});
drops.Validators.Add(result => Refuse(result, result.GetValueOrDefault<double>() < 0, "--drops-per-minute must not be negative"));
root.SetAction(async parseResult =>
{
    var link = new LinkSettings(TimeSpan.FromMilliseconds(parseResult.GetValue(rtt)), parseResult.GetValue(up), parseResult.GetValue(down), parseResult.GetValue(drops) / 60);
    await LinkBenchRun.RunAsync(link, parseResult.GetValue(cases)!);
});
return await root.Parse(args).InvokeAsync();

static void Refuse(System.CommandLine.Parsing.OptionResult result, bool wrong, string error)
{
    if (wrong)
    {
        result.AddError(error);
    }
}
