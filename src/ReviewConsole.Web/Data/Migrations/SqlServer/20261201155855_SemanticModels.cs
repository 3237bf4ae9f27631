using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SemanticModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ModelVersion",
                table: "PolicyVersions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SemanticModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Encoder = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModelJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SemanticModels", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SemanticModels_Version",
                table: "SemanticModels",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SemanticModels");

            migrationBuilder.DropColumn(
                name: "ModelVersion",
                table: "PolicyVersions");
        }
    }
}
