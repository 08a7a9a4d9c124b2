using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duplicate_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lower_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    higher_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_duplicate_decisions_people_higher_person_id",
                        column: x => x.higher_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_duplicate_decisions_people_lower_person_id",
                        column: x => x.lower_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_decisions_higher_person_id",
                table: "duplicate_decisions",
                column: "higher_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_decisions_lower_person_id_higher_person_id",
                table: "duplicate_decisions",
                columns: new[] { "lower_person_id", "higher_person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_decisions_verdict",
                table: "duplicate_decisions",
                column: "verdict");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duplicate_decisions");
        }
    }
}
