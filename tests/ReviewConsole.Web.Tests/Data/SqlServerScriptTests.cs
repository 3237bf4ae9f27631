using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Tests.Data;

/// <summary>
/// No SQL Server runs on these machines: what the console would send one is parsed as T-SQL instead (SQL Server 2022's
/// grammar), so a statement SQL Server would refuse fails here.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static SqlServerReviewDbContext Context() =>
        new(new DbContextOptionsBuilder<SqlServerReviewDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=ReviewConsole;User Id=sa;Password=unused;TrustServerCertificate=True",
                DatabaseSetup.ConfigureSqlServer).Options);

    private static IList<ParseError> ParseErrors(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors;
    }

    private static string Describe(IList<ParseError> errors, string script) =>
        string.Join("\n", errors.Take(5).Select(e => $"line {e.Line}: {e.Message} near '{Near(script, e.Offset)}'"));

    private static string Near(string script, int offset) => script.Substring(Math.Max(0, offset - 40), Math.Min(80, script.Length - Math.Max(0, offset - 40)));

    [Fact]
    public void The_idempotent_migration_script_parses_as_t_sql()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var errors = ParseErrors(script);

        Assert.True(errors.Count == 0, Describe(errors, script));
        Assert.Contains("CREATE TABLE [Messages]", script);
    }

    [Fact]
    public void Every_statement_the_bulk_writer_builds_for_sql_server_parses_as_t_sql()
    {
        using var db = Context();
        var sql = db.GetService<ISqlGenerationHelper>();
        var statements = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null))
        {
            statements.Add(BulkSql.Insert(type, sql, sqlServer: true).Text);
            statements.Add(BulkSql.Exists(type, sql).Text);
            var settable = type.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.Name).ToList();
            if (settable.Count > 0)
            {
                statements.Add(BulkSql.Update(type, settable, null, sql).Text);
                statements.Add(BulkSql.Update(type, settable, settable[0], sql).Text);
            }
        }

        Assert.Contains(statements, s => s.Contains("OUTPUT INSERTED.", StringComparison.Ordinal));
        // The check can fail: SQLite's form of the same insert is not T-SQL.
        var generatedKey = db.Model.GetEntityTypes().First(t => BulkSql.Insert(t, sql, sqlServer: false).GeneratedKey is not null);
        Assert.NotEmpty(ParseErrors(BulkSql.Insert(generatedKey, sql, sqlServer: false).Text));
        foreach (var statement in statements)
        {
            // Parameters are declared by the client; declare them so the text parses as SQL Server receives it.
            var declared = string.Join("", Enumerable.Range(0, 200).Where(i => statement.Contains($"@p{i}", StringComparison.Ordinal)).Select(i => $"DECLARE @p{i} sql_variant;\n"));
            var errors = ParseErrors(declared + statement);
            Assert.True(errors.Count == 0, $"{statement}\n{Describe(errors, statement)}");
        }
    }
}
