using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateCheckRunsAndCallImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "import_id",
                table: "call_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "call_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    imported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    already_imported = table.Column<int>(type: "integer", nullable: false),
                    rows_with_errors = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_check_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    stage = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    done = table.Column<long>(type: "bigint", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_check_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_import_id",
                table: "call_records",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_imports_imported_at",
                table: "call_imports",
                column: "imported_at");

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_check_runs_state_requested_at",
                table: "duplicate_check_runs",
                columns: new[] { "state", "requested_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_call_records_call_imports_import_id",
                table: "call_records",
                column: "import_id",
                principalTable: "call_imports",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_call_records_call_imports_import_id",
                table: "call_records");

            migrationBuilder.DropTable(
                name: "call_imports");

            migrationBuilder.DropTable(
                name: "duplicate_check_runs");

            migrationBuilder.DropIndex(
                name: "ix_call_records_import_id",
                table: "call_records");

            migrationBuilder.DropColumn(
                name: "import_id",
                table: "call_records");
        }
    }
}
