using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OpenQueueOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_contacts_queue_key_priority_due_at_received_at_id_assigned_",
                table: "contacts",
                columns: new[] { "queue_key", "priority", "due_at", "received_at", "id", "assigned_to_id" },
                filter: "\"status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_queue_key_priority_due_at_received_at_id_assigned_",
                table: "contacts");
        }
    }
}
