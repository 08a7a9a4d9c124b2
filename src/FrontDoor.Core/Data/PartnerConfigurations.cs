using FrontDoor.Core.Contacts;
using FrontDoor.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class PartnerApiKeyConfiguration : IEntityTypeConfiguration<PartnerApiKey>
{
    public void Configure(EntityTypeBuilder<PartnerApiKey> builder)
    {
        builder.ToTable("partner_api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.PartnerName).HasMaxLength(PartnerApiKey.MaxPartnerNameLength);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Ignore(k => k.IsRevoked);
    }
}

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.ToTable("partner_contacts");
        builder.HasKey(p => p.ContactId);
        builder.Property(p => p.PartnerName).HasMaxLength(PartnerApiKey.MaxPartnerNameLength);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(PartnerContact.MaxIdempotencyKeyLength);
        builder.Property(p => p.BodySha256).HasMaxLength(64);
        builder.HasOne<Contact>().WithOne().HasForeignKey<PartnerContact>(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartnerApiKey>().WithMany().HasForeignKey(p => p.KeyId).OnDelete(DeleteBehavior.Restrict);

        // NULLs are distinct in both providers' unique indexes: contacts sent without a key never collide.
        builder.HasIndex(p => new { p.PartnerName, p.IdempotencyKey }).IsUnique();
    }
}
