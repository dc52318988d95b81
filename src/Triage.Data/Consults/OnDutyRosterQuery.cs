using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Consults;

/// <summary>
/// The specialists on duty in some regions, read afresh for every consult routed, so that a change of duty applies
/// to the very next case.
/// </summary>
public sealed class OnDutyRosterQuery
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly (SqliteReads Reads, string Sql, Func<object, List<int>> SpecialtiesOf)? sqlite;

    // Compiled once per instance (each database has its own model), for providers other than SQLite: translating the query each time cost twice its running.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<OnDutyPost>> onDutyIn =
        EF.CompileAsyncQuery((TriageDbContext db, string[] regionIds) =>
            db.Specialists.Where(s => s.OnDuty && regionIds.Contains(s.RegionId)).Select(s => new OnDutyPost(s.RegionId, s.Specialties)));

    public OnDutyRosterQuery(IDbContextFactory<TriageDbContext> contexts)
    {
        this.contexts = contexts;
        if (SqliteReads.For(contexts) is { } reads)
        {
            // The regions are bound as one JSON array, so that one statement serves any number of them.
            var (regionId, specialties) = (reads.Column<Specialist>(s => s.RegionId), reads.Column<Specialist>(s => s.Specialties));
            sqlite = (reads,
                $"SELECT {regionId}, {specialties} FROM {reads.Table<Specialist>()} " +
                $"WHERE {reads.Column<Specialist>(s => s.OnDuty)} AND {regionId} IN (SELECT value FROM json_each($regions))",
                reads.ValueOf<Specialist, List<int>>(s => s.Specialties));
        }
    }

    public async Task<IReadOnlyList<OnDutyPost>> InRegionsAsync(string[] regionIds, CancellationToken cancellationToken)
    {
        if (sqlite is { } direct)
        {
            await using var connection = await direct.Reads.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = direct.Sql;
            command.Parameters.AddWithValue("$regions", JsonSerializer.Serialize(regionIds));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var posts = new List<OnDutyPost>();
            while (await reader.ReadAsync(cancellationToken))
            {
                posts.Add(new OnDutyPost(reader.GetString(0), direct.SpecialtiesOf(reader.GetValue(1))));
            }

            return posts;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await onDutyIn(db, regionIds).ToListAsync(cancellationToken);
    }
}
