using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QueueCategoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Status_Category_Priority_Id",
                table: "ReviewItems",
                columns: new[] { "Status", "Category", "Priority", "Id" },
                descending: new[] { false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Status_Category_Priority_Id",
                table: "ReviewItems");
        }
    }
}
