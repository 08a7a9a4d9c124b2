using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeptKpiScopesAndAuditAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kept months are a cache the refresh job refills; rows without a last day or scope would never be read again.
            migrationBuilder.Sql("DELETE FROM kpi_months;");

            migrationBuilder.DropPrimaryKey(
                name: "pk_kpi_months",
                table: "kpi_months");

            migrationBuilder.AddColumn<DateOnly>(
                name: "last_day",
                table: "kpi_months",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "scope",
                table: "kpi_months",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "pk_kpi_months",
                table: "kpi_months",
                columns: new[] { "month", "last_day", "scope" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_kpi_months",
                table: "kpi_months");

            migrationBuilder.DropColumn(
                name: "last_day",
                table: "kpi_months");

            migrationBuilder.DropColumn(
                name: "scope",
                table: "kpi_months");

            migrationBuilder.AddPrimaryKey(
                name: "pk_kpi_months",
                table: "kpi_months",
                column: "month");
        }
    }
}
