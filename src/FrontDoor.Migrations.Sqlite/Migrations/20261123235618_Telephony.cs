using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Telephony : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "call_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    call_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    offered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    abandoned_at = table.Column<long>(type: "INTEGER", nullable: true),
                    queue_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    talk_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ivr_option = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    agent = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_call_id",
                table: "call_records",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_records_offered_at",
                table: "call_records",
                column: "offered_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_records");
        }
    }
}
