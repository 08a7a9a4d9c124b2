using FrontDoor.Core.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CacheEntryConfiguration : IEntityTypeConfiguration<CacheEntry>
{
    public void Configure(EntityTypeBuilder<CacheEntry> builder)
    {
        builder.ToTable("cache_entries");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(CacheEntry.MaxKeyLength);
        builder.HasIndex(e => e.ExpiresAt);
    }
}
