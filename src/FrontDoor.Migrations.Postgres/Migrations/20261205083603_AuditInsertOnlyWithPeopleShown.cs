using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "actor_role",
                table: "audit_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_event_people",
                columns: table => new
                {
                    audit_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                UPDATE audit_events SET record_id = record_id::uuid::text
                WHERE record_type = 'Person' AND record_id ~ '^[0-9a-fA-F]{32}$';
                """);

            // Earlier person views name their person in record_id: give them their row, so the report finds them too.
            migrationBuilder.Sql("""
                INSERT INTO audit_event_people (audit_event_id, person_id, occurred_at)
                SELECT id, record_id::uuid, occurred_at FROM audit_events
                WHERE record_type = 'Person' AND record_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
                """);

            // Insert-only from here on: no role the application connects as can change or remove what it wrote.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is insert-only: % on % is refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                """);
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_insert_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_insert_only ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_trail_refuse_change();");
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
