using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Triage.Data;

/// <summary>
/// Tells an error about one row (a constraint, a value the column cannot take) from an error about the database
/// (locked, full, unreachable): only the first is worth retrying without that row.
/// </summary>
internal static class RowRefusal
{
    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;
    private const int SqliteRange = 25;

    /// <summary>SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).</summary>
    private static readonly string[] SqlStateClasses = ["22", "23"];

    public static bool Is(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteTooBig or SqliteConstraint or SqliteMismatch or SqliteRange,
        { SqlState: { Length: 5 } state } => SqlStateClasses.Contains(state[..2]),
        _ => false,
    };
}
