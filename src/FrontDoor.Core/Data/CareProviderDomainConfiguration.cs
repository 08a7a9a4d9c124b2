using FrontDoor.Core.Contacts.Email.CareProviders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CareProviderDomainConfiguration : IEntityTypeConfiguration<CareProviderDomain>
{
    public void Configure(EntityTypeBuilder<CareProviderDomain> builder)
    {
        builder.ToTable("care_provider_domains", table =>
            // Lower case in the database too, so the unique index is the only duplicate check anyone needs.
            table.HasCheckConstraint("ck_care_provider_domains_domain_lower_case", "domain = lower(domain)"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Domain).HasMaxLength(CareProviderDomain.MaxDomainLength);
        builder.HasIndex(d => d.Domain).IsUnique();
        builder.Property(d => d.OrganisationName).HasMaxLength(CareProviderDomain.MaxOrganisationNameLength);
        builder.Property(d => d.AddedBy).HasMaxLength(CareProviderDomain.MaxAddedByLength);
    }
}
