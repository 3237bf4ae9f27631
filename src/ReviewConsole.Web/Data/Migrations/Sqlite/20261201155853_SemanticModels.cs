using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewConsole.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SemanticModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Encoder = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModelJson = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
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
