using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TriageFlowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "triage_flow_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    flow_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    put_back_from = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_triage_flow_versions", x => x.id);
                    table.CheckConstraint("ck_triage_flow_versions_version_positive", "version >= 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_triage_flow_versions_flow_id_version",
                table: "triage_flow_versions",
                columns: new[] { "flow_id", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "triage_flow_versions");
        }
    }
}
