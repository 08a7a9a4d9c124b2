using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseFileAuditorsAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "allocated_at",
                table: "case_file_audit_cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "allocated_by_name",
                table: "case_file_audit_cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "auditor_id",
                table: "case_file_audit_cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "auditor_name",
                table: "case_file_audit_cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "corrected_at",
                table: "case_file_audit_cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "case_file_audit_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "case_file_audit_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    replaced_version = table.Column<int>(type: "integer", nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    corrected_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    corrected_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    quality_of_recording_score = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    quality_of_recording_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    strengths_based_practice_score = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    strengths_based_practice_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    right_outcome_score = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    right_outcome_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    story_told_once_score = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    story_told_once_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    fairer_charging_discussed_score = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    fairer_charging_discussed_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    overall_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_audit_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_file_audit_corrections_sampled_case_case_id",
                        column: x => x.case_id,
                        principalTable: "case_file_audit_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_cases_auditor_id",
                table: "case_file_audit_cases",
                column: "auditor_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_corrections_case_id_replaced_version",
                table: "case_file_audit_corrections",
                columns: new[] { "case_id", "replaced_version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_audit_corrections");

            migrationBuilder.DropIndex(
                name: "ix_case_file_audit_cases_auditor_id",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "allocated_at",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "allocated_by_name",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "auditor_id",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "auditor_name",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "corrected_at",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "version",
                table: "case_file_audit_cases");
        }
    }
}
