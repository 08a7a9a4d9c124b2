using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CareProviderDomains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_provider_domains",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    organisation_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    added_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_provider_domains", x => x.id);
                    table.CheckConstraint("ck_care_provider_domains_domain_lower_case", "domain = lower(domain)");
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_provider_domains_domain",
                table: "care_provider_domains",
                column: "domain",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_provider_domains");
        }
    }
}
