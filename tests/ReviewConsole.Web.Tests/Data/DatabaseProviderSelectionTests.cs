using Microsoft.Extensions.Configuration;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Tests.Data;

public sealed class DatabaseProviderSelectionTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("sqlserver", DatabaseProvider.SqlServer)]
    [InlineData(" SqlServer ", DatabaseProvider.SqlServer)]
    public void Provider_is_read_from_Database_Provider(string? setting, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseSetup.ReadProvider(Config(("Database:Provider", setting))));

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    [InlineData("Postgres")]
    public void Unknown_provider_stops_with_a_message_naming_the_setting(string setting)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => DatabaseSetup.ReadProvider(Config(("Database:Provider", setting))));
        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains(setting, error.Message);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Empty_connection_string_stops_with_a_message_naming_the_setting(DatabaseProvider provider)
    {
        var error = Assert.Throws<StartupConfigurationException>(() =>
            DatabaseSetup.ReadConnectionString(Config(("ConnectionStrings:ReviewConsole", " ")), provider, "/tmp"));
        Assert.Contains("ConnectionStrings:ReviewConsole", error.Message);
    }

    [Fact]
    public void Relative_sqlite_file_is_placed_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "rc-root-" + Guid.NewGuid().ToString("N"));
        var connection = DatabaseSetup.ReadConnectionString(
            Config(("ConnectionStrings:ReviewConsole", "Data Source=App_Data/x.db")), DatabaseProvider.Sqlite, root);

        Assert.Contains(Path.Combine(root, "App_Data", "x.db"), connection);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }
}
