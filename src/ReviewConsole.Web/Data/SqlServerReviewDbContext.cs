using Microsoft.EntityFrameworkCore;

namespace ReviewConsole.Web.Data;

public sealed class SqlServerReviewDbContext(DbContextOptions<SqlServerReviewDbContext> options) : ReviewDbContext(options);
