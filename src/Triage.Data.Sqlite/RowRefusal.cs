using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Triage.Data.Sqlite;

/// <summary>
/// Tells an error SQLite reports about one row (a constraint, a value the column cannot take) from an error about
/// the database (locked, full, unreadable): only the first is worth retrying without that row. Only the SQLite write
/// path runs its own statements; on other databases the writer goes through EF's SaveChanges.
/// </summary>
internal static class RowRefusal
{
    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;
    private const int SqliteRange = 25;

    public static bool Is(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteTooBig or SqliteConstraint or SqliteMismatch or SqliteRange };
}
