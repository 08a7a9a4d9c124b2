using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobLeasesRetriesAndEmailContentHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_email_messages_message_id",
                table: "email_messages");

            migrationBuilder.AddColumn<string>(
                name: "content_hash",
                table: "email_messages",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "lease_expires_at",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "contacts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "next_attempt_at",
                table: "contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "processing_attempts",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_leases", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_message_id_content_hash",
                table: "email_messages",
                columns: new[] { "message_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_status_next_attempt_at",
                table: "contacts",
                columns: new[] { "status", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropIndex(
                name: "ix_email_messages_message_id_content_hash",
                table: "email_messages");

            migrationBuilder.DropIndex(
                name: "ix_contacts_status_next_attempt_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "content_hash",
                table: "email_messages");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "processing_attempts",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_message_id",
                table: "email_messages",
                column: "message_id",
                unique: true);
        }
    }
}
