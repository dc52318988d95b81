using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Triage.Data.Sqlite;

/// <summary>
/// "Is there a row with this value in this column?", prepared once on the context's open connection and asked
/// many times, in whichever transaction the context has open. Table, column and parameter type come from the EF
/// model, as for <see cref="PreparedInsert{TEntity}"/>.
/// </summary>
internal sealed class PreparedExists<TEntity, TValue> : IAsyncDisposable where TEntity : class
{
    private readonly DatabaseFacade database;
    private readonly DbCommand command;
    private readonly DbParameter parameter;

    private PreparedExists(DatabaseFacade database, DbCommand command, DbParameter parameter)
    {
        this.database = database;
        this.command = command;
        this.parameter = parameter;
    }

    public static async Task<PreparedExists<TEntity, TValue>> PrepareAsync(DbContext db, Expression<Func<TEntity, TValue>> column, CancellationToken cancellationToken)
    {
        var names = ModelNames.Of(db);
        var property = names.Property(column);
        var sql = names.Sql;
        var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName("p0"), null, nullable: false);
        command.Parameters.Add(parameter);
        command.CommandText = $"SELECT 1 FROM {names.Table<TEntity>()} WHERE {names.Column(property)} = {sql.GenerateParameterNamePlaceholder("p0")}";
        await command.PrepareAsync(cancellationToken);
        return new PreparedExists<TEntity, TValue>(db.Database, command, parameter);
    }

    public async Task<bool> AnyAsync(TValue value, CancellationToken cancellationToken)
    {
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        parameter.Value = value;
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
