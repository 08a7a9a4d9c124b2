using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AllocatedWorkerLookupAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allocated_worker_lookup_attempts");
        }
    }
}
