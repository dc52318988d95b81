using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Triage.Data.Sqlite;

/// <summary>
/// Reads made on every call, run on SQLite straight through a pooled connection. Each connection EF Core opens
/// registers its SQL functions anew, and with its query pipeline that costs several times these one-table reads:
/// under load, the terminal check through EF Core took about half of an authenticated call's CPU. Table and
/// column names come from the EF model, so the SQL follows the migrations.
/// </summary>
internal sealed class SqliteReads
{
    private readonly string connectionString;
    private readonly int? commandTimeout;
    private readonly ModelNames names;

    private SqliteReads(string connectionString, int? commandTimeout, ModelNames names)
    {
        this.connectionString = connectionString;
        this.commandTimeout = commandTimeout;
        this.names = names;
    }

    /// <summary>
    /// Null when the context was given a connection object rather than a connection string: a new connection to an
    /// in-memory database would open another, empty, database, so such a context keeps EF Core's paths.
    /// </summary>
    public static SqliteReads? For(IDbContextFactory<TriageDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        if (RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).Connection is not null)
        {
            return null;
        }

        var connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("The SQLite context has no connection string.");
        return new SqliteReads(connectionString, db.Database.GetCommandTimeout(), ModelNames.Of(db));
    }

    /// <summary>A pooled connection with the busy timeout EF Core would give its own.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        if (commandTimeout is { } seconds)
        {
            connection.DefaultTimeout = seconds;
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public string Table<TEntity>() => names.Table<TEntity>();

    public string Column<TEntity>(Expression<Func<TEntity, object?>> property) => names.Column(property);

    /// <summary>Turns what the property's (non-null) column holds into the property's value, through the model's converter when it has one.</summary>
    public Func<object, TValue> ValueOf<TEntity, TValue>(Expression<Func<TEntity, TValue>> property)
    {
        var converter = names.Property(property).GetRelationalTypeMapping().Converter;
        return stored => (TValue)(converter is null ? stored : converter.ConvertFromProvider(stored))!;
    }
}
