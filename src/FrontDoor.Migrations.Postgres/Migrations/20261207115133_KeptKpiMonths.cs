using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeptKpiMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kpi_months",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    calculator_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    figures_json = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_months", x => x.month);
                });

            migrationBuilder.CreateTable(
                name: "kpi_stale_marks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_stale_marks", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kpi_months");

            migrationBuilder.DropTable(
                name: "kpi_stale_marks");
        }
    }
}
