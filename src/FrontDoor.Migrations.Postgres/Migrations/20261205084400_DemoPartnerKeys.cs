using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DemoPartnerKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_demo",
                table: "partner_api_keys",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A database once seeded in demo mode holds the published demo keys: mark them, so they stop working
            // when demo mode is off. These are the SHA-256 hashes of demo-police, -ambulance, -gp and -provider.
            migrationBuilder.UpdateData(
                table: "partner_api_keys",
                keyColumn: "key_hash",
                keyValues:
                [
                    "b8c728cb60570a5d71ad42bc3abd521b954b681ea55f9cc22733b73c0d8976f6",
                    "98e842268d54b177923411176cc438f0c3b3a49092a056b70531222bafd6c216",
                    "badaeb4db0bfe70aebf89cfebf27d9ceb46e31a94df50899bf5033052fa5fff9",
                    "623d92f0ae0b07cb829f53fba527604fd5b9f6228e0fa1f48e7a21c770a26925",
                ],
                column: "is_demo",
                values: [true, true, true, true]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_demo",
                table: "partner_api_keys");
        }
    }
}
