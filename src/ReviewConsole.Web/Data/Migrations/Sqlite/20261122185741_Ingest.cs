using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ingest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReviewItems_Decisions_DecisionId",
                table: "ReviewItems");

            migrationBuilder.AddColumn<int>(
                name: "Decision",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PolicyVersion",
                table: "Messages",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Reason",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "Score",
                table: "Messages",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "Strikes",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Warnings",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Reason",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RecentTerminations",
                table: "Accounts",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RiskAsOf",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "AccountLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LinkedAccountId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_AccountId_LinkedAccountId_Kind",
                table: "AccountLinks",
                columns: new[] { "AccountId", "LinkedAccountId", "Kind" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ReviewItems_Decisions_DecisionId",
                table: "ReviewItems",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReviewItems_Decisions_DecisionId",
                table: "ReviewItems");

            migrationBuilder.DropTable(
                name: "AccountLinks");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "PolicyVersion",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Strikes",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Warnings",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "RecentTerminations",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "RiskAsOf",
                table: "Accounts");

            migrationBuilder.AddForeignKey(
                name: "FK_ReviewItems_Decisions_DecisionId",
                table: "ReviewItems",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
