using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CaseSystemImportRunConfiguration : IEntityTypeConfiguration<CaseSystemImportRun>
{
    public void Configure(EntityTypeBuilder<CaseSystemImportRun> builder)
    {
        builder.ToTable("case_system_import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FileName).HasMaxLength(CaseSystemImportRun.MaxFileNameLength);
        builder.Property(r => r.ImportedBy).HasMaxLength(CaseSystemImportRun.MaxActorLength);
        builder.Property(r => r.ImportedByName).HasMaxLength(CaseSystemImportRun.MaxActorLength);
        builder.Property(r => r.Message).HasMaxLength(CaseSystemImportRun.MaxMessageLength);
        builder.Ignore(r => r.Summary);

        // "Records as of": the last completed run of each kind.
        builder.HasIndex(r => new { r.Kind, r.Status, r.FinishedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}

internal sealed class CaseSystemImportRefusalConfiguration : IEntityTypeConfiguration<CaseSystemImportRefusal>
{
    public void Configure(EntityTypeBuilder<CaseSystemImportRefusal> builder)
    {
        builder.ToTable("case_system_import_refusals");
        builder.HasKey(r => new { r.RunId, r.Line });
        builder.Property(r => r.Reason).HasMaxLength(CaseSystemImportRefusal.MaxReasonLength);
        builder.HasOne<CaseSystemImportRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseSystemChangeConfiguration : IEntityTypeConfiguration<CaseSystemChange>
{
    public void Configure(EntityTypeBuilder<CaseSystemChange> builder)
    {
        builder.ToTable("case_system_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CaseSystemId).HasMaxLength(Person.MaxLasIdLength);
        builder.Property(c => c.Fields).HasMaxLength(1000);
        builder.Property(c => c.Before).HasMaxLength(8000);
        builder.Property(c => c.After).HasMaxLength(8000);
        builder.HasOne<CaseSystemImportRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Restrict);

        // A record's history, newest last.
        builder.HasIndex(c => new { c.RecordId, c.At });
        builder.HasIndex(c => c.RunId);
    }
}

internal sealed class CaseSystemAliasConfiguration : IEntityTypeConfiguration<CaseSystemAlias>
{
    public void Configure(EntityTypeBuilder<CaseSystemAlias> builder)
    {
        builder.ToTable("case_system_aliases");
        builder.HasKey(a => a.CaseSystemId);
        builder.Property(a => a.CaseSystemId).HasMaxLength(Person.MaxLasIdLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => a.UpdatedAt);
    }
}
