using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Consults;

/// <summary>
/// The specialists on duty in some regions, read afresh for every consult routed, so that a change of duty applies
/// to the very next case.
/// </summary>
public sealed class OnDutyRosterQuery
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly SqliteReads? sqlite;
    private readonly string sqliteText = "";
    private readonly Func<object, List<int>> specialtiesOf = _ => [];

    // Compiled once per database, for providers other than SQLite: translating the query each time cost twice its running.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<OnDutyPost>> onDutyIn =
        EF.CompileAsyncQuery((TriageDbContext db, string[] regionIds) =>
            db.Specialists.Where(s => s.OnDuty && regionIds.Contains(s.RegionId)).Select(s => new OnDutyPost(s.RegionId, s.Specialties)));

    public OnDutyRosterQuery(IDbContextFactory<TriageDbContext> contexts)
    {
        this.contexts = contexts;
        sqlite = SqliteReads.For(contexts);
        if (sqlite is not null)
        {
            // The region list is bound as JSON, so that one statement serves any number of regions.
            var (regionId, specialties, onDuty) = (sqlite.Column<Specialist>(s => s.RegionId), sqlite.Column<Specialist>(s => s.Specialties), sqlite.Column<Specialist>(s => s.OnDuty));
            specialtiesOf = sqlite.ValueOf<Specialist, List<int>>(s => s.Specialties);
            sqliteText = $"SELECT {regionId}, {specialties} FROM {sqlite.Table<Specialist>()} WHERE {onDuty} AND {regionId} IN (SELECT value FROM json_each($regions))";
        }
    }

    public async Task<IReadOnlyList<OnDutyPost>> InRegionsAsync(string[] regionIds, CancellationToken cancellationToken)
    {
        if (sqlite is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await onDutyIn(db, regionIds).ToListAsync(cancellationToken);
        }

        await using var connection = await sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sqliteText;
        command.Parameters.AddWithValue("$regions", System.Text.Json.JsonSerializer.Serialize(regionIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var posts = new List<OnDutyPost>();
        while (await reader.ReadAsync(cancellationToken))
        {
            posts.Add(new OnDutyPost(reader.GetString(0), specialtiesOf(reader.GetValue(1))));
        }

        return posts;
    }
}
