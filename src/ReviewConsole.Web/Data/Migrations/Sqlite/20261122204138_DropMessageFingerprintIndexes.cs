using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropMessageFingerprintIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_DeviceFingerprint",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_NetworkFingerprint",
                table: "Messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_DeviceFingerprint",
                table: "Messages",
                column: "DeviceFingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_NetworkFingerprint",
                table: "Messages",
                column: "NetworkFingerprint");
        }
    }
}
