using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MatchModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "match_models",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    estimated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    records = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    json = table.Column<string>(type: "text", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_models", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_match_models_estimated_at",
                table: "match_models",
                column: "estimated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_models");
        }
    }
}
