using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReviewConsole.Web.Data;

/// <summary>
/// Writes rows with plain parameterised SQL inside the context's transaction — for the ingest writer, where EF's change
/// tracking costs more than the engine and the database together. Table names, column names and value conversions
/// come from the EF model (each property's type mapping makes its parameter), so both providers store exactly what
/// EF would, and reads through EF see the same values.
/// </summary>
public sealed class BulkWriter(ReviewDbContext db) : IDisposable
{
    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
    private readonly bool sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
    private readonly Dictionary<string, DbCommand> commands = [];
    private readonly Dictionary<Type, InsertPlan> insertPlans = [];

    /// <summary>Inserts the entity; returns the generated key when the key is database-generated, else 0.</summary>
    public async Task<long> InsertAsync<T>(T entity, CancellationToken cancellationToken) where T : class
    {
        var plan = InsertPlanOf(typeof(T));
        var command = Command($"insert:{typeof(T).Name}", plan.Sql);
        Bind(command, plan.Columns.Select(p => (p, p.PropertyInfo!.GetValue(entity))));
        if (plan.GeneratedKey is not { } key)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        key.PropertyInfo!.SetValue(entity, key.ClrType == typeof(int) ? (object)(int)id : id);
        return id;
    }

    // The columns and SQL of an insert are worked out once per entity type, not once per row.
    private InsertPlan InsertPlanOf(Type clrType)
    {
        if (insertPlans.TryGetValue(clrType, out var plan))
        {
            return plan;
        }
        var type = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var key = type.FindPrimaryKey()!.Properties[0];
        var generated = key.ValueGenerated == ValueGenerated.OnAdd && (key.ClrType == typeof(long) || key.ClrType == typeof(int));
        var columns = type.GetProperties().Where(p => !(generated && p.IsPrimaryKey())).ToArray();
        var table = sql.DelimitIdentifier(type.GetTableName()!);
        var names = string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName())));
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var keyColumn = sql.DelimitIdentifier(key.GetColumnName());
        var text = !generated ? $"INSERT INTO {table} ({names}) VALUES ({values})"
            : sqlServer ? $"INSERT INTO {table} ({names}) OUTPUT INSERTED.{keyColumn} VALUES ({values})"
            : $"INSERT INTO {table} ({names}) VALUES ({values}) RETURNING {keyColumn}";
        plan = new InsertPlan(columns, generated ? key : null, () => text);
        insertPlans[clrType] = plan;
        return plan;
    }

    private sealed record InsertPlan(IProperty[] Columns, IProperty? GeneratedKey, Func<string> Sql);

    /// <summary>
    /// Sets the named columns of one row, found by its key, and optionally only while a column still has a value
    /// (a guard such as "RestrictionState is still None"). Returns the rows changed.
    /// </summary>
    public async Task<int> UpdateAsync<T>(object key, IReadOnlyList<(string Property, object? Value)> values, (string Property, object? Value)? guard, CancellationToken cancellationToken)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var keyProperty = type.FindPrimaryKey()!.Properties[0];
        var properties = values.Select(v => type.FindProperty(v.Property) ?? throw new InvalidOperationException($"{typeof(T).Name}.{v.Property} is not mapped.")).ToList();
        var guardProperty = guard is { } g ? type.FindProperty(g.Property) : null;
        var signature = $"update:{type.Name}:{string.Join(",", values.Select(v => v.Property))}:{guard?.Property}";
        var command = Command(signature, () =>
        {
            var text = new StringBuilder($"UPDATE {sql.DelimitIdentifier(type.GetTableName()!)} SET ");
            text.AppendJoin(", ", properties.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName())} = @p{i}"));
            text.Append($" WHERE {sql.DelimitIdentifier(keyProperty.GetColumnName())} = @p{properties.Count}");
            if (guardProperty is not null)
            {
                text.Append($" AND {sql.DelimitIdentifier(guardProperty.GetColumnName())} = @p{properties.Count + 1}");
            }
            return text.ToString();
        });
        var parameters = properties.Select((p, i) => (p, values[i].Value)).Append((keyProperty, key));
        if (guardProperty is not null)
        {
            parameters = parameters.Append((guardProperty, guard!.Value.Value));
        }
        Bind(command, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The keys of <paramref name="keys"/> that have a row, by one indexed probe each: far cheaper than a LINQ query
    /// when most keys are new (a live conversation's first message), so only the rows that exist are then read.
    /// </summary>
    public async Task<List<TKey>> ExistingKeysAsync<T, TKey>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = type.FindPrimaryKey()!.Properties[0];
        var command = Command($"exists:{type.Name}", () =>
            $"SELECT 1 FROM {sql.DelimitIdentifier(type.GetTableName()!)} WHERE {sql.DelimitIdentifier(key.GetColumnName())} = @p0");
        var existing = new List<TKey>();
        foreach (var value in keys)
        {
            Bind(command, [(key, value)]);
            if (await command.ExecuteScalarAsync(cancellationToken) is not null)
            {
                existing.Add(value);
            }
        }
        return existing;
    }

    private DbCommand Command(string signature, Func<string> text)
    {
        if (!commands.TryGetValue(signature, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text();
            commands[signature] = command;
        }
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Bind(DbCommand command, IEnumerable<(IProperty Property, object? Value)> values)
    {
        command.Parameters.Clear();
        var i = 0;
        foreach (var (property, value) in values)
        {
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, $"@p{i++}", value, property.IsNullable));
        }
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }
}
