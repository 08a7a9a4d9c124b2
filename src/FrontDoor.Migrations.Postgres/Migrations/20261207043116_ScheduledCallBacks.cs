using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScheduledCallBacks : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_contacts_call_back_for_id_call_back_due_at",
                table: "contacts",
                columns: new[] { "call_back_for_id", "call_back_due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_call_back_for_id_call_back_due_at",
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
        }
    }
}
