using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProbableDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "probable_duplicates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    probability = table.Column<double>(type: "double precision", nullable: false),
                    explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_probable_duplicates", x => x.id);
                    table.ForeignKey(
                        name: "fk_probable_duplicates_people_first_person_id",
                        column: x => x.first_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_probable_duplicates_people_second_person_id",
                        column: x => x.second_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_probable_duplicates_first_person_id",
                table: "probable_duplicates",
                column: "first_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_probable_duplicates_probability",
                table: "probable_duplicates",
                column: "probability");

            migrationBuilder.CreateIndex(
                name: "ix_probable_duplicates_second_person_id",
                table: "probable_duplicates",
                column: "second_person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "probable_duplicates");
        }
    }
}
