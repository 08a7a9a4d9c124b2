using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CallBacksRepeatContactsAndLookUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "call_back_arranged_at",
                table: "contacts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "call_back_due_at",
                table: "contacts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_for_id",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_for_name",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_other_name",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_other_phone",
                table: "contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_reason",
                table: "contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_back_who",
                table: "contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "chases_contact_id",
                table: "contacts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_demand_reason",
                table: "contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "recurring_of_contact_id",
                table: "contacts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "allocated_worker_lookup_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    client_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    identifier_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    texted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocated_worker_lookup_attempts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_call_back_for_id_call_back_due_at",
                table: "contacts",
                columns: new[] { "call_back_for_id", "call_back_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_chases_contact_id",
                table: "contacts",
                column: "chases_contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_failure_demand_reason",
                table: "contacts",
                column: "failure_demand_reason");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_person_id_closed_at",
                table: "contacts",
                columns: new[] { "person_id", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_recurring_of_contact_id",
                table: "contacts",
                column: "recurring_of_contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocated_worker_lookup_attempts_at",
                table: "allocated_worker_lookup_attempts",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_allocated_worker_lookup_attempts_client_key_at",
                table: "allocated_worker_lookup_attempts",
                columns: new[] { "client_key", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_allocated_worker_lookup_attempts_identifier_key_at",
                table: "allocated_worker_lookup_attempts",
                columns: new[] { "identifier_key", "at" });

            migrationBuilder.AddForeignKey(
                name: "fk_contacts_contacts_chases_contact_id",
                table: "contacts",
                column: "chases_contact_id",
                principalTable: "contacts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_contacts_contacts_recurring_of_contact_id",
                table: "contacts",
                column: "recurring_of_contact_id",
                principalTable: "contacts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_contacts_contacts_chases_contact_id",
                table: "contacts");

            migrationBuilder.DropForeignKey(
                name: "fk_contacts_contacts_recurring_of_contact_id",
                table: "contacts");

            migrationBuilder.DropTable(
                name: "allocated_worker_lookup_attempts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_call_back_for_id_call_back_due_at",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_chases_contact_id",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_failure_demand_reason",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_person_id_closed_at",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_recurring_of_contact_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_arranged_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_due_at",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_for_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_for_name",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_other_name",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_other_phone",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_reason",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "call_back_who",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "chases_contact_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "failure_demand_reason",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "recurring_of_contact_id",
                table: "contacts");
        }
    }
}
