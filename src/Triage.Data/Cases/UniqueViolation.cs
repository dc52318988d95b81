using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Cases;

/// <summary>Recognises a unique-index violation: the database's verdict that another writer stored the row first.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>The SQL standard's unique_violation, as PostgreSQL reports it.</summary>
    private const string SqlStateUniqueViolation = "23505";

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }
            or DbException { SqlState: SqlStateUniqueViolation };
}
