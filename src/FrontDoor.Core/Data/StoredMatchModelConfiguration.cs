using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class StoredMatchModelConfiguration : IEntityTypeConfiguration<StoredMatchModel>
{
    public void Configure(EntityTypeBuilder<StoredMatchModel> builder)
    {
        builder.ToTable("match_models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Source).HasMaxLength(StoredMatchModel.MaxSourceLength);
        // Unbounded: every field's m and u run to several kilobytes.
        builder.Property(m => m.Json).HasColumnType("text");
        builder.HasIndex(m => m.EstimatedAt);
    }
}
