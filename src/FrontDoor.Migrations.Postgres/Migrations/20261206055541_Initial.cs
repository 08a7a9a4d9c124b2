using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FrontDoor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] AuditTables = ["audit_events", "audit_event_people"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    record_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    origin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cache_entries",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    value = table.Column<byte[]>(type: "bytea", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sliding_expiration = table.Column<TimeSpan>(type: "interval", nullable: true),
                    absolute_expiration = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cache_entries", x => x.key);
                });

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
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xml = table.Column<string>(type: "text", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_leases", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "partner_api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    las_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    phones = table.Column<string[]>(type: "text[]", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    address_line3 = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    town = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    needs_bsl = table.Column<bool>(type: "boolean", nullable: false),
                    needs_easy_read = table.Column<bool>(type: "boolean", nullable: false),
                    interpreter_language = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    needs_large_print = table.Column<bool>(type: "boolean", nullable: false),
                    other_communication_needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    consents_to_sms = table.Column<bool>(type: "boolean", nullable: false),
                    preferred_channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    former_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    known_as = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    duty_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    duty_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    closes = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    opens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    open_weekends = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_event_people",
                columns: table => new
                {
                    audit_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_event_people", x => new { x.audit_event_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_audit_event_people_audit_events_audit_event_id",
                        column: x => x.audit_event_id,
                        principalTable: "audit_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "call_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    abandoned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    queue_seconds = table.Column<int>(type: "integer", nullable: false),
                    talk_seconds = table.Column<int>(type: "integer", nullable: false),
                    ivr_option = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    agent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_call_records_call_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "call_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    story = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    match_state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attention_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    processing_attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_in_immediate_danger = table.Column<bool>(type: "boolean", nullable: false),
                    external_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completeness_score = table.Column<int>(type: "integer", nullable: true),
                    match_explanation = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    incident_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    caller_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    caller_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    caller_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    caller_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    caller_relationship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    needs_bsl = table.Column<bool>(type: "boolean", nullable: false),
                    needs_easy_read = table.Column<bool>(type: "boolean", nullable: false),
                    interpreter_language = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    needs_large_print = table.Column<bool>(type: "boolean", nullable: false),
                    other_communication_needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    consents_to_sharing = table.Column<bool>(type: "boolean", nullable: true),
                    person_is_aware = table.Column<bool>(type: "boolean", nullable: true),
                    risk_details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    risk_emergency_services_involved = table.Column<bool>(type: "boolean", nullable: true),
                    risk_in_danger_now = table.Column<bool>(type: "boolean", nullable: true),
                    reported_address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    reported_date_of_birth_as_given = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_family_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_former_family_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_given_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_known_as = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_las_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_nhs_number_as_given = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_postcode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_town = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "workers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workers", x => x.id);
                    table.ForeignKey(
                        name: "fk_workers_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                name: "partner_contacts",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key_id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    body_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_contacts", x => x.contact_id);
                    table.ForeignKey(
                        name: "fk_partner_contacts_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_partner_contacts_partner_api_keys_key_id",
                        column: x => x.key_id,
                        principalTable: "partner_api_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocations", x => x.id);
                    table.CheckConstraint("ck_allocations_worker_or_team", "worker_id IS NOT NULL OR team_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_allocations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_allocations_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allocations_workers_worker_id",
                        column: x => x.worker_id,
                        principalTable: "workers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "ix_allocations_person_id_to_date",
                table: "allocations",
                columns: new[] { "person_id", "to_date" });

            migrationBuilder.CreateIndex(
                name: "ix_allocations_team_id",
                table: "allocations",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_updated_at",
                table: "allocations",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_worker_id",
                table: "allocations",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_event_people_person_id_occurred_at",
                table: "audit_event_people",
                columns: new[] { "person_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_record_type_record_id_occurred_at",
                table: "audit_events",
                columns: new[] { "record_type", "record_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cache_entries_expires_at",
                table: "cache_entries",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_call_imports_imported_at",
                table: "call_imports",
                column: "imported_at");

            migrationBuilder.CreateIndex(
                name: "ix_call_records_call_id",
                table: "call_records",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_call_records_import_id",
                table: "call_records",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_call_records_offered_at",
                table: "call_records",
                column: "offered_at");

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
                name: "ix_contacts_external_key",
                table: "contacts",
                column: "external_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_person_id",
                table: "contacts",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_received_at",
                table: "contacts",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_reference",
                table: "contacts",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_status_next_attempt_at",
                table: "contacts",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_status_received_at",
                table: "contacts",
                columns: new[] { "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_check_runs_state_requested_at",
                table: "duplicate_check_runs",
                columns: new[] { "state", "requested_at" });

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

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_contact_id",
                table: "email_messages",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_message_id_content_hash",
                table: "email_messages",
                columns: new[] { "message_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partner_api_keys_key_hash",
                table: "partner_api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partner_contacts_key_id",
                table: "partner_contacts",
                column: "key_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_contacts_partner_name_idempotency_key",
                table: "partner_contacts",
                columns: new[] { "partner_name", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_date_of_birth",
                table: "people",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_people_las_id",
                table: "people",
                column: "las_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_nhs_number",
                table: "people",
                column: "nhs_number");

            migrationBuilder.CreateIndex(
                name: "ix_people_updated_at",
                table: "people",
                column: "updated_at");

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

            migrationBuilder.CreateIndex(
                name: "ix_raw_submissions_contact_id",
                table: "raw_submissions",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                table: "teams",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workers_team_id",
                table: "workers",
                column: "team_id");

            // Prefix search on family names whatever their case (EF cannot declare an expression index).
            migrationBuilder.Sql("CREATE INDEX ix_people_lower_family_name ON people (lower(family_name) text_pattern_ops);");

            // The audit trail is insert-only: no role the application connects as can change or remove what it wrote.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is insert-only: % on % is refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                """);
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_insert_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_insert_only ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_trail_refuse_change();");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_people_lower_family_name;");

            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "audit_event_people");

            migrationBuilder.DropTable(
                name: "cache_entries");

            migrationBuilder.DropTable(
                name: "call_records");

            migrationBuilder.DropTable(
                name: "contact_answers");

            migrationBuilder.DropTable(
                name: "contact_timeline_entries");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "duplicate_check_runs");

            migrationBuilder.DropTable(
                name: "duplicate_decisions");

            migrationBuilder.DropTable(
                name: "email_messages");

            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropTable(
                name: "partner_contacts");

            migrationBuilder.DropTable(
                name: "probable_duplicates");

            migrationBuilder.DropTable(
                name: "raw_submissions");

            migrationBuilder.DropTable(
                name: "workers");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "call_imports");

            migrationBuilder.DropTable(
                name: "contact_attachments");

            migrationBuilder.DropTable(
                name: "partner_api_keys");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
