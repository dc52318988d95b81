using Microsoft.Data.Sqlite;

namespace Triage.Gateway.Hosting;

/// <summary>Anchors a relative SQLite file under the content root and creates its folder, so the first start needs no setup.</summary>
internal static class SqliteConnectionStrings
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
