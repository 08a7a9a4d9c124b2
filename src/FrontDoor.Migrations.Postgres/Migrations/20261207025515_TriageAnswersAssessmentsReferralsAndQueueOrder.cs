using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TriageAnswersAssessmentsReferralsAndQueueOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contact_assessments",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    what_matters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    strengths_and_networks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    outcomes_not_achieved = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    risks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    has_carer = table.Column<bool>(type: "boolean", nullable: true),
                    carer_wants_assessment = table.Column<bool>(type: "boolean", nullable: true),
                    communication_needs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    benefits_advice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    fairer_charging_explained = table.Column<bool>(type: "boolean", nullable: true),
                    annual_income_gained = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_assessments", x => x.contact_id);
                    table.ForeignKey(
                        name: "fk_contact_assessments_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_main = table.Column<bool>(type: "boolean", nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_outcomes_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    queue_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    reason = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: false),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    referred_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    referred_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    became_enquiry = table.Column<bool>(type: "boolean", nullable: true),
                    enquiry_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    enquiry_decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_referrals_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "triage_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flow_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    flow_version = table.Column<int>(type: "integer", nullable: false),
                    step_id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    from_intake = table.Column<bool>(type: "boolean", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_triage_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_triage_answers_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_queue_key_priority_due_at_received_at_id_assigned_",
                table: "contacts",
                columns: new[] { "queue_key", "priority", "due_at", "received_at", "id", "assigned_to_id" },
                filter: "\"status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "ix_contact_outcomes_contact_id_outcome",
                table: "contact_outcomes",
                columns: new[] { "contact_id", "outcome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_outcomes_outcome_recorded_at",
                table: "contact_outcomes",
                columns: new[] { "outcome", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_referrals_contact_id",
                table: "contact_referrals",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_referrals_type_referred_at",
                table: "contact_referrals",
                columns: new[] { "type", "referred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_triage_answers_contact_id_flow_id_flow_version_step_id",
                table: "triage_answers",
                columns: new[] { "contact_id", "flow_id", "flow_version", "step_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_assessments");

            migrationBuilder.DropTable(
                name: "contact_outcomes");

            migrationBuilder.DropTable(
                name: "contact_referrals");

            migrationBuilder.DropTable(
                name: "triage_answers");

            migrationBuilder.DropIndex(
                name: "ix_contacts_queue_key_priority_due_at_received_at_id_assigned_",
                table: "contacts");
        }
    }
}
