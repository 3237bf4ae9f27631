using System.Globalization;
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
    // SQLite's parameters are configured the same whatever their value, so each statement keeps its parameters and
    // only sets their values. SQL Server's are not (a string's size follows its length): they are made per row.
    private readonly bool reuseParameters = db.Database.IsSqlite();
    private readonly bool sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
    private readonly Dictionary<string, Statement> statements = [];
    private readonly Dictionary<Type, InsertPlan> insertPlans = [];

    /// <summary>Inserts the entity; returns the generated key when the key is database-generated, else 0.</summary>
    public async Task<long> InsertAsync<T>(T entity, CancellationToken cancellationToken) where T : class
    {
        var plan = InsertPlanOf(typeof(T));
        var statement = plan.Statement;
        statement.Begin(db);
        for (var i = 0; i < plan.Getters.Length; i++)
        {
            statement.Bind(i, plan.Getters[i].GetClrValueUsingContainingEntity(entity));
        }
        if (plan.GeneratedKey is not { } key)
        {
            await statement.Command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }
        var id = Convert.ToInt64(await statement.Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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
        var (text, columns, generatedKey) = BulkSql.Insert(type, sql, sqlServer);
        plan = new InsertPlan(StatementFor($"insert:{type.Name}", columns, text), [.. columns.Select(p => p.GetGetter())], generatedKey);
        insertPlans[clrType] = plan;
        return plan;
    }

    private sealed record InsertPlan(Statement Statement, IClrPropertyGetter[] Getters, IProperty? GeneratedKey);

    /// <summary>
    /// Sets the named columns of one row, found by its key, and optionally only while a column still has a value
    /// (a guard such as "RestrictionState is still None"). Returns the rows changed.
    /// </summary>
    public async Task<int> UpdateAsync<T>(object key, IReadOnlyList<(string Property, object? Value)> values, (string Property, object? Value)? guard, CancellationToken cancellationToken)
        where T : class
    {
        var signature = new StringBuilder("update:").Append(typeof(T).Name);
        foreach (var (property, _) in values)
        {
            signature.Append(':').Append(property);
        }
        signature.Append('?').Append(guard?.Property);
        var statement = StatementOf(signature.ToString(), () =>
        {
            var type = db.Model.FindEntityType(typeof(T))!;
            return BulkSql.Update(type, [.. values.Select(v => v.Property)], guard?.Property, sql);
        });
        statement.Begin(db);
        for (var i = 0; i < values.Count; i++)
        {
            statement.Bind(i, values[i].Value);
        }
        statement.Bind(values.Count, key);
        if (guard is { } check)
        {
            statement.Bind(values.Count + 1, check.Value);
        }
        return await statement.Command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The keys of <paramref name="keys"/> that have a row, by one indexed probe each: far cheaper than a LINQ query
    /// when most keys are new (a live conversation's first message), so only the rows that exist are then read.
    /// </summary>
    public async Task<List<TKey>> ExistingKeysAsync<T, TKey>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) where T : class
    {
        var existing = new List<TKey>();
        if (keys.Count == 0)
        {
            return existing;
        }
        var statement = StatementOf($"exists:{typeof(T).Name}", () =>
        {
            var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            return BulkSql.Exists(type, sql);
        });
        foreach (var value in keys)
        {
            statement.Begin(db);
            statement.Bind(0, value);
            if (await statement.Command.ExecuteScalarAsync(cancellationToken) is not null)
            {
                existing.Add(value);
            }
        }
        return existing;
    }

    private Statement StatementOf(string signature, Func<(string Text, IProperty[] Parameters)> build)
    {
        if (!statements.TryGetValue(signature, out var statement))
        {
            var (text, parameters) = build();
            statement = StatementFor(signature, parameters, text);
        }
        return statement;
    }

    private Statement StatementFor(string signature, IProperty[] parameters, string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        var statement = new Statement(command, parameters, reuseParameters);
        statements[signature] = statement;
        return statement;
    }

    /// <summary>A prepared command and the properties its parameters <c>@p0…</c> stand for.</summary>
    private sealed class Statement(DbCommand command, IProperty[] properties, bool reuse)
    {
        private readonly RelationalTypeMapping[] mappings = [.. properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping())];
        private readonly DbParameter?[] parameters = new DbParameter?[properties.Length];

        public DbCommand Command => command;

        public void Begin(ReviewDbContext db)
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (!reuse)
            {
                command.Parameters.Clear();
            }
        }

        public void Bind(int index, object? value)
        {
            if (reuse && parameters[index] is { } parameter)
            {
                parameter.Value = ToProvider(mappings[index], value) ?? DBNull.Value;
                return;
            }
            parameter = mappings[index].CreateParameter(command, $"@p{index}", value, properties[index].IsNullable);
            command.Parameters.Add(parameter);
            if (reuse)
            {
                parameters[index] = parameter;
            }
        }

        // What the type mapping's CreateParameter would set as the value: the converted value, an enum as its number.
        private static object? ToProvider(RelationalTypeMapping mapping, object? value) => value switch
        {
            null => null,
            _ when mapping.Converter is { } converter => converter.ConvertToProvider(value),
            Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Command.Dispose();
        }
    }
}

/// <summary>
/// The SQL text <see cref="BulkWriter"/> runs, built from the EF model for either provider: plain functions, so a test can
/// parse every statement for SQL Server without a server.
/// </summary>
public static class BulkSql
{
    public static (string Text, IProperty[] Parameters, IProperty? GeneratedKey) Insert(IEntityType type, ISqlGenerationHelper sql, bool sqlServer)
    {
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
        return (text, columns, generated ? key : null);
    }

    /// <summary>Sets the named properties of the row with the parameter key, optionally while a guard column has a value.</summary>
    public static (string Text, IProperty[] Parameters) Update(IEntityType type, IReadOnlyList<string> properties, string? guard, ISqlGenerationHelper sql)
    {
        var keyProperty = type.FindPrimaryKey()!.Properties[0];
        var set = properties.Select(name => type.FindProperty(name) ?? throw new InvalidOperationException($"{type.ClrType.Name}.{name} is not mapped.")).ToList();
        var guardProperty = guard is null ? null : type.FindProperty(guard);
        var text = new StringBuilder($"UPDATE {sql.DelimitIdentifier(type.GetTableName()!)} SET ");
        text.AppendJoin(", ", set.Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName())} = @p{i}"));
        text.Append(CultureInfo.InvariantCulture, $" WHERE {sql.DelimitIdentifier(keyProperty.GetColumnName())} = @p{set.Count}");
        if (guardProperty is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" AND {sql.DelimitIdentifier(guardProperty.GetColumnName())} = @p{set.Count + 1}");
        }
        return (text.ToString(), [.. set, keyProperty, .. guardProperty is null ? Array.Empty<IProperty>() : [guardProperty]]);
    }

    public static (string Text, IProperty[] Parameters) Exists(IEntityType type, ISqlGenerationHelper sql)
    {
        var key = type.FindPrimaryKey()!.Properties[0];
        return ($"SELECT 1 FROM {sql.DelimitIdentifier(type.GetTableName()!)} WHERE {sql.DelimitIdentifier(key.GetColumnName())} = @p0", [key]);
    }
}
