using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CaseFileAuditSampleConfiguration : IEntityTypeConfiguration<CaseFileAuditSample>
{
    public void Configure(EntityTypeBuilder<CaseFileAuditSample> builder)
    {
        builder.ToTable("case_file_audit_samples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TeamKey).HasMaxLength(Contact.MaxQueueKeyLength);
        builder.Property(s => s.DrawnBy).HasMaxLength(CaseFileAuditSample.MaxActorLength);

        // One sample per team per month: a second draw, or two nodes drawing at once, cannot make another.
        builder.HasIndex(s => new { s.Month, s.TeamKey }).IsUnique();
    }
}

internal sealed class SampledCaseConfiguration : IEntityTypeConfiguration<SampledCase>
{
    public void Configure(EntityTypeBuilder<SampledCase> builder)
    {
        builder.ToTable("case_file_audit_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<CaseFileAuditSample>().WithMany().HasForeignKey(c => c.SampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SampleId, c.ContactId }).IsUnique();
        builder.HasIndex(c => c.ContactId);
        foreach (var comment in new[] { nameof(SampledCase.QualityOfRecordingComment), nameof(SampledCase.StrengthsBasedPracticeComment), nameof(SampledCase.RightOutcomeComment), nameof(SampledCase.StoryToldOnceComment), nameof(SampledCase.FairerChargingDiscussedComment) })
        {
            builder.Property<string?>(comment).HasMaxLength(SampledCase.MaxCommentLength);
        }

        builder.Property(c => c.OverallComment).HasMaxLength(SampledCase.MaxOverallCommentLength);
        builder.Property(c => c.AuditedById).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.AuditedByName).HasMaxLength(CaseFileAuditSample.MaxActorLength);

        // Saved once: the save checks no one audited the case in between.
        builder.Property(c => c.AuditedAt).IsConcurrencyToken();
        builder.Ignore(c => c.IsAudited);
    }
}
