using FrontDoor.Core.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("call_records");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CallId).HasMaxLength(CallRecord.MaxCallIdLength);
        builder.HasIndex(c => c.CallId).IsUnique();
        builder.HasIndex(c => c.OfferedAt);
        builder.Property(c => c.IvrOption).HasMaxLength(100);
        builder.Property(c => c.Agent).HasMaxLength(100);
        builder.Ignore(c => c.Answered);
        builder.HasOne<CallImport>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.ImportId);
    }
}

internal sealed class CallImportConfiguration : IEntityTypeConfiguration<CallImport>
{
    public void Configure(EntityTypeBuilder<CallImport> builder)
    {
        builder.ToTable("call_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(CallImport.MaxFileNameLength);
        builder.Property(i => i.ImportedBy).HasMaxLength(CallImport.MaxActorLength);
        builder.Property(i => i.ImportedByName).HasMaxLength(CallImport.MaxActorLength);
        builder.HasIndex(i => i.ImportedAt);
    }
}
