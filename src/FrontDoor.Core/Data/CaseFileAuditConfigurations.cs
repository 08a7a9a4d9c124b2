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
        builder.ComplexProperty(c => c.Answers, AuditAnswersColumns.Map);

        builder.Property(c => c.OverallComment).HasMaxLength(SampledCase.MaxOverallCommentLength);
        builder.Property(c => c.AuditedById).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.AuditedByName).HasMaxLength(CaseFileAuditSample.MaxActorLength);

        builder.Property(c => c.AuditorId).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.AuditorName).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.AllocatedByName).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.HasIndex(c => c.AuditorId);

        // Audited once, then changed only by corrections: a save checks no one audited, allocated or corrected the case in between.
        builder.Property(c => c.AuditedAt).IsConcurrencyToken();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsAudited);
    }
}

internal sealed class CaseFileAuditCorrectionConfiguration : IEntityTypeConfiguration<CaseFileAuditCorrection>
{
    public void Configure(EntityTypeBuilder<CaseFileAuditCorrection> builder)
    {
        builder.ToTable("case_file_audit_corrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<SampledCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);

        // One correction per version replaced: two corrections from the same page cannot both be kept.
        builder.HasIndex(c => new { c.CaseId, c.ReplacedVersion }).IsUnique();
        builder.Property(c => c.CorrectedById).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.CorrectedByName).HasMaxLength(CaseFileAuditSample.MaxActorLength);
        builder.Property(c => c.Reason).HasMaxLength(CaseFileAuditCorrection.MaxReasonLength);
        builder.ComplexProperty(c => c.Replaced, AuditAnswersColumns.Map);

        builder.Property(c => c.OverallComment).HasMaxLength(SampledCase.MaxOverallCommentLength);
    }
}

/// <summary>
/// The ten answer columns of an audit and of a correction, mapped once. They keep the names they had as plain
/// properties, so making them one complex type changed no table.
/// </summary>
internal static class AuditAnswersColumns
{
    public static void Map(ComplexPropertyBuilder<AuditAnswers> answers)
    {
        answers.Property(a => a.QualityOfRecordingScore).HasColumnName("quality_of_recording_score");
        answers.Property(a => a.QualityOfRecordingComment).HasColumnName("quality_of_recording_comment").HasMaxLength(SampledCase.MaxCommentLength);
        answers.Property(a => a.StrengthsBasedPracticeScore).HasColumnName("strengths_based_practice_score");
        answers.Property(a => a.StrengthsBasedPracticeComment).HasColumnName("strengths_based_practice_comment").HasMaxLength(SampledCase.MaxCommentLength);
        answers.Property(a => a.RightOutcomeScore).HasColumnName("right_outcome_score");
        answers.Property(a => a.RightOutcomeComment).HasColumnName("right_outcome_comment").HasMaxLength(SampledCase.MaxCommentLength);
        answers.Property(a => a.StoryToldOnceScore).HasColumnName("story_told_once_score");
        answers.Property(a => a.StoryToldOnceComment).HasColumnName("story_told_once_comment").HasMaxLength(SampledCase.MaxCommentLength);
        answers.Property(a => a.FairerChargingDiscussedScore).HasColumnName("fairer_charging_discussed_score");
        answers.Property(a => a.FairerChargingDiscussedComment).HasColumnName("fairer_charging_discussed_comment").HasMaxLength(SampledCase.MaxCommentLength);
    }
}
