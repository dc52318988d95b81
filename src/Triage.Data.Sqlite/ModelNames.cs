using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Triage.Data.Sqlite;

/// <summary>Table and column names read from the EF model and delimited for SQL, so that plain SQL follows the migrations.</summary>
internal sealed class ModelNames(IModel model, ISqlGenerationHelper sql)
{
    public static ModelNames Of(DbContext db) => new(db.Model, db.GetService<ISqlGenerationHelper>());

    public ISqlGenerationHelper Sql => sql;

    public IEntityType Entity<TEntity>() =>
        model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");

    /// <summary>The entity's table, delimited.</summary>
    public string Table<TEntity>() => Table(Entity<TEntity>());

    public string Table(IEntityType entity)
    {
        var table = TableOf(entity);
        return sql.DelimitIdentifier(table.Name, table.Schema);
    }

    /// <summary>The property's column, delimited.</summary>
    public string Column<TEntity, TValue>(Expression<Func<TEntity, TValue>> property) => Column(Property(property));

    public string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(TableOf((IEntityType)property.DeclaringType))!);

    public IProperty Property<TEntity, TValue>(Expression<Func<TEntity, TValue>> property)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : property.Body;
        return Entity<TEntity>().FindProperty(((MemberExpression)body).Member) ?? throw new InvalidOperationException($"{property} is not a mapped column.");
    }

    private static StoreObjectIdentifier TableOf(IEntityType entity) => StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
}
