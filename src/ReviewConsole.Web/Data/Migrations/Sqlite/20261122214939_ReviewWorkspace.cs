using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Kind_Status_Priority_Id",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Status_Priority_Id",
                table: "ReviewItems");

            migrationBuilder.AddColumn<string>(
                name: "ResolvedById",
                table: "ReviewItems",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedByName",
                table: "ReviewItems",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "Labels",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "BlurLevel",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReviewerExposures",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Revealed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewerExposures", x => new { x.UserId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Kind_Status_Priority_Id",
                table: "ReviewItems",
                columns: new[] { "Kind", "Status", "Priority", "Id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Status_Priority_Id",
                table: "ReviewItems",
                columns: new[] { "Status", "Priority", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_LinkedAccountId",
                table: "AccountLinks",
                column: "LinkedAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewerExposures");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Kind_Status_Priority_Id",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Status_Priority_Id",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_AccountLinks_LinkedAccountId",
                table: "AccountLinks");

            migrationBuilder.DropColumn(
                name: "ResolvedById",
                table: "ReviewItems");

            migrationBuilder.DropColumn(
                name: "ResolvedByName",
                table: "ReviewItems");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "Labels");

            migrationBuilder.DropColumn(
                name: "BlurLevel",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Kind_Status_Priority_Id",
                table: "ReviewItems",
                columns: new[] { "Kind", "Status", "Priority", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Status_Priority_Id",
                table: "ReviewItems",
                columns: new[] { "Status", "Priority", "Id" });
        }
    }
}
