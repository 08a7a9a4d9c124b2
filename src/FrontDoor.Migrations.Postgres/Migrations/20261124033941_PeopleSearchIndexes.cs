using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PeopleSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_people_updated_at",
                table: "people",
                column: "updated_at");

            // The search's name-only fallback asks for lower(family_name) LIKE 'prefix%'; EF cannot model an
            // expression index, and without one every such search reads the whole table.
            migrationBuilder.Sql("CREATE INDEX ix_people_lower_family_name ON people (lower(family_name) text_pattern_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_people_lower_family_name;");

            migrationBuilder.DropIndex(
                name: "ix_people_updated_at",
                table: "people");
        }
    }
}
