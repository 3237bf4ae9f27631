using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountLinkIndexesByInsertion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_AccountId_LastSeenAt",
                table: "AccountLinks");

            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_LinkedAccountId_LastSeenAt",
                table: "AccountLinks");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_AccountId",
                table: "AccountLinks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_LinkedAccountId",
                table: "AccountLinks",
                column: "LinkedAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_AccountId",
                table: "AccountLinks");

            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_LinkedAccountId",
                table: "AccountLinks");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_AccountId_LastSeenAt",
                table: "AccountLinks",
                columns: new[] { "AccountId", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_LinkedAccountId_LastSeenAt",
                table: "AccountLinks",
                columns: new[] { "LinkedAccountId", "LastSeenAt" });
        }
    }
}
