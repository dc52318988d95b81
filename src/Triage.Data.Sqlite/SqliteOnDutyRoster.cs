using System.Text.Json;
using Triage.Data.Consults;

namespace Triage.Data.Sqlite;

/// <summary>The on-duty roster as one plain statement (see <see cref="SqliteReads"/> for why).</summary>
internal sealed class SqliteOnDutyRoster : IOnDutyRoster
{
    private readonly SqliteReads reads;
    private readonly string sql;
    private readonly Func<object, List<int>> specialtiesOf;

    public SqliteOnDutyRoster(SqliteReads reads)
    {
        this.reads = reads;
        // The regions are bound as one JSON array, so that one statement serves any number of them.
        var (regionId, specialties) = (reads.Column<Specialist>(s => s.RegionId), reads.Column<Specialist>(s => s.Specialties));
        sql = $"SELECT {regionId}, {specialties} FROM {reads.Table<Specialist>()} " +
            $"WHERE {reads.Column<Specialist>(s => s.OnDuty)} AND {regionId} IN (SELECT value FROM json_each($regions))";
        specialtiesOf = reads.ValueOf<Specialist, List<int>>(s => s.Specialties);
    }

    public async Task<IReadOnlyList<OnDutyPost>> InRegionsAsync(string[] regionIds, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$regions", JsonSerializer.Serialize(regionIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var posts = new List<OnDutyPost>();
        while (await reader.ReadAsync(cancellationToken))
        {
            posts.Add(new OnDutyPost(reader.GetString(0), specialtiesOf(reader.GetValue(1))));
        }

        return posts;
    }
}
