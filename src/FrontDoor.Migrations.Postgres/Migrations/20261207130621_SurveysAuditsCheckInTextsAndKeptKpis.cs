using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SurveysAuditsCheckInTextsAndKeptKpis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "declines_surveys",
                table: "people",
                type: "boolean",
                nullable: false,
                defaultValue: false);

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
                name: "check_in_prompts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_in_prompts", x => x.id);
                    table.ForeignKey(
                        name: "fk_check_in_prompts_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "survey_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    agrees_right_person_first_time = table.Column<bool>(type: "boolean", nullable: true),
                    agrees_information_helped = table.Column<bool>(type: "boolean", nullable: true),
                    agrees_advice_helps_wellbeing = table.Column<bool>(type: "boolean", nullable: true),
                    agrees_contact_suits_me = table.Column<bool>(type: "boolean", nullable: true),
                    comment = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_invitations_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_survey_invitations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "ix_check_in_prompts_contact_id_due_at",
                table: "check_in_prompts",
                columns: new[] { "contact_id", "due_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_check_in_prompts_token_hash",
                table: "check_in_prompts",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_contact_id",
                table: "survey_invitations",
                column: "contact_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_person_id",
                table: "survey_invitations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_sent_at",
                table: "survey_invitations",
                column: "sent_at");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_token_hash",
                table: "survey_invitations",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_audit_cases");

            migrationBuilder.DropTable(
                name: "check_in_prompts");

            migrationBuilder.DropTable(
                name: "kpi_months");

            migrationBuilder.DropTable(
                name: "kpi_stale_marks");

            migrationBuilder.DropTable(
                name: "survey_invitations");

            migrationBuilder.DropTable(
                name: "case_file_audit_samples");

            migrationBuilder.DropColumn(
                name: "declines_surveys",
                table: "people");
        }
    }
}
