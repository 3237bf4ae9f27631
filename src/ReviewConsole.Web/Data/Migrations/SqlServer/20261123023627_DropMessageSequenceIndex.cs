using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DropMessageSequenceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_ConversationId_Sequence",
                table: "Messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_ConversationId_Sequence",
                table: "Messages",
                columns: new[] { "ConversationId", "Sequence" });
        }
    }
}
