using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditInsertOnlyWithPeopleShown : Migration
    {
        private static readonly string[] AuditTables = ["audit_events", "audit_event_people"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "actor_name",
                table: "audit_events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "actor_role",
                table: "audit_events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_event_people",
                columns: table => new
                {
                    audit_event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_event_people", x => new { x.audit_event_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_audit_event_people_audit_events_audit_event_id",
                        column: x => x.audit_event_id,
                        principalTable: "audit_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_event_people_person_id_occurred_at",
                table: "audit_event_people",
                columns: new[] { "person_id", "occurred_at" });

            // One id format: person views were once written without hyphens ("N"); write them as every other id ("D").
            migrationBuilder.Sql("""
                UPDATE audit_events
                SET record_id = lower(substr(record_id, 1, 8) || '-' || substr(record_id, 9, 4) || '-' || substr(record_id, 13, 4) || '-' || substr(record_id, 17, 4) || '-' || substr(record_id, 21, 12))
                WHERE record_type = 'Person' AND length(record_id) = 32 AND record_id NOT GLOB '*[^0-9a-fA-F]*';
                """);

            // Earlier person views name their person in record_id: give them their row (Guids are upper-case text here).
            migrationBuilder.Sql("""
                INSERT INTO audit_event_people (audit_event_id, person_id, occurred_at)
                SELECT id, upper(record_id), occurred_at FROM audit_events
                WHERE record_type = 'Person' AND length(record_id) = 36;
                """);

            // Insert-only from here on: SQLite has no roles, so triggers refuse every change and deletion.
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'The audit trail is insert-only: UPDATE on {table} is refused'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'The audit trail is insert-only: DELETE on {table} is refused'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
            }
            migrationBuilder.DropTable(
                name: "audit_event_people");

            migrationBuilder.DropColumn(
                name: "actor_name",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "actor_role",
                table: "audit_events");
        }
    }
}
