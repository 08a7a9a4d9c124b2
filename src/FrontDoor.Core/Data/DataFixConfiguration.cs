using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class DataFixConfiguration : IEntityTypeConfiguration<DataFix>
{
    public void Configure(EntityTypeBuilder<DataFix> builder)
    {
        builder.ToTable("data_fixes");
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(DataFix.MaxNameLength);
    }
}
