using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseSystemImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "case_system_id",
                table: "workers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "left_case_system_at",
                table: "workers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "case_system_id",
                table: "teams",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "left_case_system_at",
                table: "teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "left_case_system_at",
                table: "people",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "case_system_id",
                table: "allocations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_system_aliases",
                columns: table => new
                {
                    case_system_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    merged_at = table.Column<long>(type: "INTEGER", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_system_aliases", x => x.case_system_id);
                    table.ForeignKey(
                        name: "fk_case_system_aliases_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_system_import_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    full = table.Column<bool>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    imported_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_progress_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    added = table.Column<int>(type: "INTEGER", nullable: false),
                    changed = table.Column<int>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ended = table.Column<int>(type: "INTEGER", nullable: false),
                    refused = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    refusals_kept = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_system_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_system_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_system_id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    fields = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    before = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    after = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_system_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_system_changes_case_system_import_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "case_system_import_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_system_import_refusals",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_system_import_refusals", x => new { x.run_id, x.line });
                    table.ForeignKey(
                        name: "fk_case_system_import_refusals_case_system_import_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "case_system_import_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workers_case_system_id",
                table: "workers",
                column: "case_system_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_case_system_id",
                table: "teams",
                column: "case_system_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_merged_into_id",
                table: "people",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_case_system_id",
                table: "allocations",
                column: "case_system_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_system_aliases_person_id",
                table: "case_system_aliases",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_system_aliases_updated_at",
                table: "case_system_aliases",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_case_system_changes_record_id_at",
                table: "case_system_changes",
                columns: new[] { "record_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_system_changes_run_id",
                table: "case_system_changes",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_system_import_runs_kind_status_finished_at",
                table: "case_system_import_runs",
                columns: new[] { "kind", "status", "finished_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_system_import_runs_started_at",
                table: "case_system_import_runs",
                column: "started_at");

            migrationBuilder.AddForeignKey(
                name: "fk_people_people_merged_into_id",
                table: "people",
                column: "merged_into_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_people_people_merged_into_id",
                table: "people");

            migrationBuilder.DropTable(
                name: "case_system_aliases");

            migrationBuilder.DropTable(
                name: "case_system_changes");

            migrationBuilder.DropTable(
                name: "case_system_import_refusals");

            migrationBuilder.DropTable(
                name: "case_system_import_runs");

            migrationBuilder.DropIndex(
                name: "ix_workers_case_system_id",
                table: "workers");

            migrationBuilder.DropIndex(
                name: "ix_teams_case_system_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_people_merged_into_id",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_allocations_case_system_id",
                table: "allocations");

            migrationBuilder.DropColumn(
                name: "case_system_id",
                table: "workers");

            migrationBuilder.DropColumn(
                name: "left_case_system_at",
                table: "workers");

            migrationBuilder.DropColumn(
                name: "case_system_id",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "left_case_system_at",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "left_case_system_at",
                table: "people");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "people");

            migrationBuilder.DropColumn(
                name: "case_system_id",
                table: "allocations");
        }
    }
}
