using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseFileAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_file_audit_samples",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    team_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    contacts_closed = table.Column<int>(type: "integer", nullable: false),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    drawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_audit_samples", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_file_audit_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sample_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
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
                    overall_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    audited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    audited_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    audited_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_audit_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_file_audit_cases_case_file_audit_samples_sample_id",
                        column: x => x.sample_id,
                        principalTable: "case_file_audit_samples",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_file_audit_cases_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_cases_contact_id",
                table: "case_file_audit_cases",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_cases_sample_id_contact_id",
                table: "case_file_audit_cases",
                columns: new[] { "sample_id", "contact_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_samples_month_team_key",
                table: "case_file_audit_samples",
                columns: new[] { "month", "team_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_audit_cases");

            migrationBuilder.DropTable(
                name: "case_file_audit_samples");
        }
    }
}
