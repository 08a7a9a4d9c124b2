using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Every person a search shows is one audit_event_people row, and the foreign key to audit_events checked and
    /// row-locked the event once per row: a third of PostgreSQL's work for a search (docs/benchmarks.md). The same
    /// guarantee, that no row names an event that is not stored, is now checked once per INSERT statement over all
    /// its rows. Removing an event, the other half of what the key guarded, is already refused by the insert-only
    /// triggers. The EF model keeps the relationship (and SQLite its key); only PostgreSQL's constraint is replaced.
    /// </summary>
    public partial class AuditPeopleCheckedOncePerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE audit_event_people DROP CONSTRAINT fk_audit_event_people_audit_events_audit_event_id;");
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_event_people_name_stored_events() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    events uuid[];
                BEGIN
                    SELECT array_agg(DISTINCT audit_event_id) INTO events FROM added;
                    IF events IS NOT NULL AND (SELECT count(*) FROM audit_events WHERE id = ANY (events)) <> cardinality(events) THEN
                        RAISE EXCEPTION 'An audit_event_people row names an audit event that is not stored'
                            USING ERRCODE = 'foreign_key_violation', TABLE = 'audit_event_people';
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_event_people_name_stored_events AFTER INSERT ON audit_event_people
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION audit_event_people_name_stored_events();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_event_people_name_stored_events ON audit_event_people;");
            migrationBuilder.Sql("DROP FUNCTION audit_event_people_name_stored_events();");
            migrationBuilder.Sql("""
                ALTER TABLE audit_event_people ADD CONSTRAINT fk_audit_event_people_audit_events_audit_event_id
                    FOREIGN KEY (audit_event_id) REFERENCES audit_events (id) ON DELETE RESTRICT;
                """);
        }
    }
}
