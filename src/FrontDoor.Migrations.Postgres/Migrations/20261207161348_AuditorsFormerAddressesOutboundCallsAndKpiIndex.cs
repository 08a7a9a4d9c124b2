using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditorsFormerAddressesOutboundCallsAndKpiIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "former_addresses",
                table: "people",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "missing_required_facts",
                table: "contacts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "contact_outbound_calls",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    called = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    got_through = table.Column<bool>(type: "boolean", nullable: false),
                    facts_chased = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_outbound_calls", x => x.event_id);
                    table.ForeignKey(
                        name: "fk_contact_outbound_calls_contact_events_event_id",
                        column: x => x.event_id,
                        principalTable: "contact_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_outbound_calls_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_contact_id_at_actor_role",
                table: "contact_events",
                columns: new[] { "contact_id", "at", "actor_role" });

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_cases_auditor_id",
                table: "case_file_audit_cases",
                column: "auditor_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_file_audit_corrections_case_id_replaced_version",
                table: "case_file_audit_corrections",
                columns: new[] { "case_id", "replaced_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_outbound_calls_contact_id",
                table: "contact_outbound_calls",
                column: "contact_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_file_audit_corrections");

            migrationBuilder.DropTable(
                name: "contact_outbound_calls");

            migrationBuilder.DropIndex(
                name: "ix_contact_events_contact_id_at_actor_role",
                table: "contact_events");

            migrationBuilder.DropIndex(
                name: "ix_case_file_audit_cases_auditor_id",
                table: "case_file_audit_cases");

            migrationBuilder.DropColumn(
                name: "former_addresses",
                table: "people");

            migrationBuilder.DropColumn(
                name: "missing_required_facts",
                table: "contacts");

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
