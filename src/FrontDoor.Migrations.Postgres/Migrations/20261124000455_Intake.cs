using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "completeness_score",
                table: "contacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "consents_to_sharing",
                table: "contacts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_key",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "incident_type",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "interpreter_language",
                table: "contacts",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "match_explanation",
                table: "contacts",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "needs_bsl",
                table: "contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "needs_easy_read",
                table: "contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "needs_large_print",
                table: "contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "other_communication_needs",
                table: "contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "person_is_aware",
                table: "contacts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_address_line1",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_address_line2",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "reported_date_of_birth",
                table: "contacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_date_of_birth_as_given",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_email",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_family_name",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_given_name",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_known_as",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_las_id",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_nhs_number_as_given",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_phone",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_postcode",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_town",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_details",
                table: "contacts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "risk_emergency_services_involved",
                table: "contacts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "risk_in_danger_now",
                table: "contacts",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contact_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_answers_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_attachments_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<string>(type: "character varying(998)", maxLength: 998, nullable: false),
                    mailbox = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    uid = table.Column<long>(type: "bigint", nullable: false),
                    from_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_email_messages_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "raw_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raw_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_raw_submissions_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_timeline_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_timeline_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_timeline_entries_contact_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalTable: "contact_attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_timeline_entries_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_external_key",
                table: "contacts",
                column: "external_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_answers_contact_id_position",
                table: "contact_answers",
                columns: new[] { "contact_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_attachments_contact_id",
                table: "contact_attachments",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_timeline_entries_attachment_id",
                table: "contact_timeline_entries",
                column: "attachment_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_timeline_entries_contact_id_at",
                table: "contact_timeline_entries",
                columns: new[] { "contact_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_contact_id",
                table: "email_messages",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_message_id",
                table: "email_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_raw_submissions_contact_id",
                table: "raw_submissions",
                column: "contact_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_answers");

            migrationBuilder.DropTable(
                name: "contact_timeline_entries");

            migrationBuilder.DropTable(
                name: "email_messages");

            migrationBuilder.DropTable(
                name: "raw_submissions");

            migrationBuilder.DropTable(
                name: "contact_attachments");

            migrationBuilder.DropIndex(
                name: "ix_contacts_external_key",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "completeness_score",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "consents_to_sharing",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "external_key",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "incident_type",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "interpreter_language",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "match_explanation",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "needs_bsl",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "needs_easy_read",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "needs_large_print",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "other_communication_needs",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "person_is_aware",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_address_line1",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_address_line2",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_date_of_birth",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_date_of_birth_as_given",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_email",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_family_name",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_given_name",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_known_as",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_las_id",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_nhs_number_as_given",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_phone",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_postcode",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "reported_town",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "risk_details",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "risk_emergency_services_involved",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "risk_in_danger_now",
                table: "contacts");
        }
    }
}
