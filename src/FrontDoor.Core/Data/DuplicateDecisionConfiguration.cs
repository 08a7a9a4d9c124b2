using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class DuplicateDecisionConfiguration : IEntityTypeConfiguration<DuplicateDecision>
{
    public void Configure(EntityTypeBuilder<DuplicateDecision> builder)
    {
        builder.ToTable("duplicate_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.DecidedBy).HasMaxLength(DuplicateDecision.MaxDecidedByLength);

        // When the case system merges or removes a record, its decisions go with it.
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.LowerPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.HigherPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.LowerPersonId, d.HigherPersonId }).IsUnique();
        builder.HasIndex(d => d.Verdict);
    }
}

internal sealed class DuplicateCheckRunConfiguration : IEntityTypeConfiguration<DuplicateCheckRun>
{
    public void Configure(EntityTypeBuilder<DuplicateCheckRun> builder)
    {
        builder.ToTable("duplicate_check_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RequestedBy).HasMaxLength(DuplicateCheckRun.MaxActorLength);
        builder.Property(r => r.RequestedByName).HasMaxLength(DuplicateCheckRun.MaxActorLength);
        builder.Property(r => r.Stage).HasMaxLength(DuplicateCheckRun.MaxStageLength);
        builder.Property(r => r.Outcome).HasMaxLength(DuplicateCheckRun.MaxOutcomeLength);
        builder.Ignore(r => r.IsUnderWay);
        builder.HasIndex(r => new { r.State, r.RequestedAt });
    }
}
