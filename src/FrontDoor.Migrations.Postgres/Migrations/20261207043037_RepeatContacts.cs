using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RepeatContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
