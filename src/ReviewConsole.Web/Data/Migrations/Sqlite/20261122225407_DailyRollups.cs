using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyMetrics",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Conversations = table.Column<int>(type: "INTEGER", nullable: false),
                    Flagged = table.Column<int>(type: "INTEGER", nullable: false),
                    Terminations = table.Column<int>(type: "INTEGER", nullable: false),
                    Safeguards = table.Column<int>(type: "INTEGER", nullable: false),
                    TokensTerminated = table.Column<long>(type: "INTEGER", nullable: false),
                    TokensAvoided = table.Column<long>(type: "INTEGER", nullable: false),
                    Reviewed = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<int>(type: "INTEGER", nullable: false),
                    FalsePositives = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalations = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    AppealsFiled = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealsOverturned = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealsUpheld = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyMetrics", x => new { x.Day, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "DailyReviewTimes",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyReviewTimes", x => new { x.Day, x.Seconds });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_CreatedAt",
                table: "ReviewItems",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_CreatedAt",
                table: "Appeals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ResolvedAt",
                table: "Appeals",
                column: "ResolvedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyMetrics");

            migrationBuilder.DropTable(
                name: "DailyReviewTimes");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_CreatedAt",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_CreatedAt",
                table: "Appeals");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_ResolvedAt",
                table: "Appeals");
        }
    }
}
