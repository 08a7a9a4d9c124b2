using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportedInImmediateDanger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "reported_in_immediate_danger",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Contacts received before the flag existed kept the danger answer in risk_in_danger_now: flag them too.
            migrationBuilder.Sql("UPDATE contacts SET reported_in_immediate_danger = 1 WHERE risk_in_danger_now = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reported_in_immediate_danger",
                table: "contacts");
        }
    }
}
