using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AccountPanelIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_AccountId_LastSeenAt",
                table: "AccountLinks");

            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_LinkedAccountId_LastSeenAt",
                table: "AccountLinks");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_LinkedAccountId",
                table: "AccountLinks",
                column: "LinkedAccountId");
        }
    }
}
