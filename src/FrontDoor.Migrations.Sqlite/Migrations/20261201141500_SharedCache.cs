using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharedCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cache_entries",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    value = table.Column<byte[]>(type: "BLOB", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sliding_expiration = table.Column<TimeSpan>(type: "TEXT", nullable: true),
                    absolute_expiration = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cache_entries", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cache_entries_expires_at",
                table: "cache_entries",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cache_entries");
        }
    }
}
