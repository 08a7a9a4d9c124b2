using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SurveyInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "declines_surveys",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "survey_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    agrees_right_person_first_time = table.Column<bool>(type: "INTEGER", nullable: true),
                    agrees_information_helped = table.Column<bool>(type: "INTEGER", nullable: true),
                    agrees_advice_helps_wellbeing = table.Column<bool>(type: "INTEGER", nullable: true),
                    agrees_contact_suits_me = table.Column<bool>(type: "INTEGER", nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_invitations_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_survey_invitations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_contact_id",
                table: "survey_invitations",
                column: "contact_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_person_id",
                table: "survey_invitations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_sent_at",
                table: "survey_invitations",
                column: "sent_at");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_token_hash",
                table: "survey_invitations",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "declines_surveys",
                table: "people");
        }
    }
}
