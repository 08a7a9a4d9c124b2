using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Core.Data;

internal sealed class ContactAssessmentConfiguration : IEntityTypeConfiguration<ContactAssessment>
{
    // The outcomes not achieved as their names, "ManagingNutrition;PersonalHygiene": readable in a report query, and one
    // column on both providers.
    private static readonly ValueConverter<IReadOnlyList<CareActOutcome>, string> OutcomeNames = new(
        outcomes => string.Join(';', outcomes),
        stored => stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CareActOutcome>).ToArray());

    private static readonly ValueComparer<IReadOnlyList<CareActOutcome>> SameOutcomes = new(
        (a, b) => a!.SequenceEqual(b!),
        outcomes => outcomes.Aggregate(0, (hash, o) => HashCode.Combine(hash, o)),
        outcomes => outcomes.ToArray());

    public void Configure(EntityTypeBuilder<ContactAssessment> builder)
    {
        builder.ToTable("contact_assessments");
        builder.HasKey(a => a.ContactId);
        builder.HasOne<Contact>().WithOne().HasForeignKey<ContactAssessment>(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.WhatMatters).HasMaxLength(ContactAssessment.MaxTextLength);
        builder.Property(a => a.StrengthsAndNetworks).HasMaxLength(ContactAssessment.MaxTextLength);
        builder.Property(a => a.Risks).HasMaxLength(ContactAssessment.MaxTextLength);
        builder.Property(a => a.CommunicationNeeds).HasMaxLength(ContactAssessment.MaxCommunicationNeedsLength);
        builder.Property(a => a.OutcomesNotAchieved).HasConversion(OutcomeNames, SameOutcomes).HasMaxLength(400);
        builder.Property(a => a.AnnualIncomeGained).HasPrecision(12, 2);
        builder.Property(a => a.UpdatedBy).HasMaxLength(Contacts.Events.ContactEvent.MaxActorLength);
    }
}

internal sealed class ContactReferralConfiguration : IEntityTypeConfiguration<ContactReferral>
{
    public void Configure(EntityTypeBuilder<ContactReferral> builder)
    {
        builder.ToTable("contact_referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.QueueKey).HasMaxLength(Contact.MaxQueueKeyLength);
        builder.Property(r => r.Reason).HasMaxLength(ContactReferral.MaxReasonLength);
        builder.Property(r => r.ReferredById).HasMaxLength(Contacts.Events.ContactEvent.MaxActorLength);
        builder.Property(r => r.ReferredByName).HasMaxLength(Contacts.Events.ContactEvent.MaxActorLength);
        builder.Property(r => r.EnquiryDecidedBy).HasMaxLength(Contacts.Events.ContactEvent.MaxActorLength);
        builder.HasIndex(r => r.ContactId);

        // Reports count referrals of a type over a period (and safeguarding alerts that became enquiries).
        builder.HasIndex(r => new { r.Type, r.ReferredAt });
    }
}

internal sealed class ContactOutcomeRecordConfiguration : IEntityTypeConfiguration<ContactOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<ContactOutcomeRecord> builder)
    {
        builder.ToTable("contact_outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<Contact>().WithMany().HasForeignKey(o => o.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Detail).HasMaxLength(ContactOutcomeRecord.MaxDetailLength);
        builder.HasIndex(o => new { o.ContactId, o.Outcome }).IsUnique();
        builder.HasIndex(o => new { o.Outcome, o.RecordedAt });
    }
}
