namespace ReviewConsole.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
