using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Postgres;

/// <summary>PostgreSQL, shared by several gateways: a round trip per statement, so every path stays with EF Core's batching.</summary>
public sealed class PostgresProvider : EntityFrameworkProvider
{
    /// <summary>The SQL standard's unique_violation.</summary>
    private const string SqlStateUniqueViolation = "23505";

    public override bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException is DbException { SqlState: SqlStateUniqueViolation };
}
