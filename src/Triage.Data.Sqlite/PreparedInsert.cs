using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Triage.Data.Sqlite;

/// <summary>
/// An INSERT of one entity type, prepared once on the context's open connection and run for many rows, in
/// whichever transaction the context has open. It is built from the EF model (table, columns, the provider's type
/// mappings and value converters), so each row is stored exactly as SaveChanges would store it, without the
/// change tracking and per-row SQL that cost more than the inserts themselves on the intake path. Integer keys
/// generated on add are left to the database.
/// </summary>
internal sealed class PreparedInsert<TEntity> : IAsyncDisposable where TEntity : class
{
    private readonly DatabaseFacade database;
    private readonly DbCommand command;
    private readonly Column[] columns;

    private PreparedInsert(DatabaseFacade database, DbCommand command, Column[] columns)
    {
        this.database = database;
        this.command = command;
        this.columns = columns;
    }

    public static async Task<PreparedInsert<TEntity>> PrepareAsync(DbContext db, CancellationToken cancellationToken)
    {
        var names = ModelNames.Of(db);
        var entityType = names.Entity<TEntity>();
        var sql = names.Sql;
        var command = db.Database.GetDbConnection().CreateCommand();

        var columns = entityType.GetProperties().Where(p => !IsStoreGenerated(p)).Select((property, i) =>
        {
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, property.IsNullable);
            command.Parameters.Add(parameter);
            return new Column(property, parameter, sql.GenerateParameterNamePlaceholder($"p{i}"), mapping.Converter);
        }).ToArray();

        var columnList = string.Join(", ", columns.Select(c => names.Column(c.Property)));
        var values = string.Join(", ", columns.Select(c => c.Placeholder));
        command.CommandText = $"INSERT INTO {names.Table(entityType)} ({columnList}) VALUES ({values})";
        await command.PrepareAsync(cancellationToken);
        return new PreparedInsert<TEntity>(db.Database, command, columns);
    }

    /// <exception cref="DbUpdateException">The database refused the row, as SaveChanges would report it.</exception>
    public async Task InsertAsync(TEntity row, CancellationToken cancellationToken)
    {
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        try
        {
            foreach (var column in columns)
            {
                var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
                column.Parameter.Value = (value is null ? null : column.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException refusal ? RowRefusal.Is(refusal) : e is ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            throw new DbUpdateException($"The database refused a {typeof(TEntity).Name} row.", e);
        }
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private static bool IsStoreGenerated(IProperty property) =>
        property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && property.IsPrimaryKey() && property.ClrType == typeof(long);

    private sealed record Column(IProperty Property, DbParameter Parameter, string Placeholder, ValueConverter? Converter);
}
