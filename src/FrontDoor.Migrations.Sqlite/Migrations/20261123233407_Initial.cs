using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    record_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    las_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    nhs_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    phones = table.Column<string>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    address_line3 = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    town = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    needs_bsl = table.Column<bool>(type: "INTEGER", nullable: false),
                    needs_easy_read = table.Column<bool>(type: "INTEGER", nullable: false),
                    interpreter_language = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    needs_large_print = table.Column<bool>(type: "INTEGER", nullable: false),
                    other_communication_needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    consents_to_sms = table.Column<bool>(type: "INTEGER", nullable: false),
                    preferred_channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    known_as = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    duty_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    duty_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    closes = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    open_weekends = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    story = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    match_state = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status_changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attention_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    caller_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    caller_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    caller_organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    caller_phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    caller_relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    work_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workers", x => x.id);
                    table.ForeignKey(
                        name: "fk_workers_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    from_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocations", x => x.id);
                    table.CheckConstraint("ck_allocations_worker_or_team", "worker_id IS NOT NULL OR team_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_allocations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_allocations_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allocations_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allocations_person_id_to_date",
                table: "allocations",
                columns: new[] { "person_id", "to_date" });

            migrationBuilder.CreateIndex(
                name: "ix_allocations_team_id",
                table: "allocations",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_worker_id",
                table: "allocations",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_record_type_record_id_occurred_at",
                table: "audit_events",
                columns: new[] { "record_type", "record_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_person_id",
                table: "contacts",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_received_at",
                table: "contacts",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_reference",
                table: "contacts",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_status_received_at",
                table: "contacts",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_people_date_of_birth",
                table: "people",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_people_las_id",
                table: "people",
                column: "las_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_nhs_number",
                table: "people",
                column: "nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                table: "teams",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workers_team_id",
                table: "workers",
                column: "team_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "workers");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}
