using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContactEventsQueuesAndPriority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "assigned_at",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_to_id",
                table: "contacts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_to_name",
                table: "contacts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closing_summary",
                table: "contacts",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "due_at",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "flow_id",
                table: "contacts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "flow_version",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "hand_offs",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "priority",
                table: "contacts",
                type: "INTEGER",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "priority_overridden",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "priority_reasons",
                table: "contacts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "queue_key",
                table: "contacts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "queued_at",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stage",
                table: "contacts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "contact_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_version = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    is_hand_off = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_events_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_assigned_to_id_status",
                table: "contacts",
                columns: new[] { "assigned_to_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_queue_key_status_priority_due_at",
                table: "contacts",
                columns: new[] { "queue_key", "status", "priority", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_contact_id_contact_version",
                table: "contact_events",
                columns: new[] { "contact_id", "contact_version" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_events_kind_at",
                table: "contact_events",
                columns: new[] { "kind", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_events");

            migrationBuilder.DropIndex(
                name: "ix_contacts_assigned_to_id_status",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_queue_key_status_priority_due_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "assigned_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "assigned_to_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "assigned_to_name",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "closing_summary",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "due_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "flow_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "flow_version",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "hand_offs",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "priority",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "priority_overridden",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "priority_reasons",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "queue_key",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "queued_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "stage",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "version",
                table: "contacts");
        }
    }
}
