using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

/// <summary>The intake columns of <c>contacts</c>; kept apart from <see cref="ContactConfiguration"/> so each stays small.</summary>
internal sealed class ContactIntakeConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.ExternalKey).HasMaxLength(200);
        builder.HasIndex(c => c.ExternalKey).IsUnique();
        // Unbounded: five candidates with every field explained run past any sensible fixed limit.
        builder.Property(c => c.MatchExplanation).HasColumnType("text");
        builder.Property(c => c.IncidentType).HasMaxLength(200);
        builder.Property(c => c.ExtractedFactConfidence).HasMaxLength(Contact.MaxExtractedFactConfidenceLength);
        builder.ComplexProperty(c => c.ReportedPerson, person =>
        {
            person.Property(p => p.GivenName).HasColumnName("reported_given_name").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.FamilyName).HasColumnName("reported_family_name").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.KnownAs).HasColumnName("reported_known_as").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.FormerFamilyName).HasColumnName("reported_former_family_name").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.DateOfBirthAsGiven).HasColumnName("reported_date_of_birth_as_given").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.DateOfBirth).HasColumnName("reported_date_of_birth");
            person.Property(p => p.NhsNumberAsGiven).HasColumnName("reported_nhs_number_as_given").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.LasId).HasColumnName("reported_las_id").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.AddressLine1).HasColumnName("reported_address_line1").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.AddressLine2).HasColumnName("reported_address_line2").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.Town).HasColumnName("reported_town").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.Postcode).HasColumnName("reported_postcode").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.Phone).HasColumnName("reported_phone").HasMaxLength(ReportedPerson.MaxFieldLength);
            person.Property(p => p.Email).HasColumnName("reported_email").HasMaxLength(ReportedPerson.MaxFieldLength);
        });
        builder.ComplexProperty(c => c.CommunicationNeeds, needs =>
        {
            needs.Property(n => n.InterpreterLanguage).HasColumnName("interpreter_language").HasMaxLength(60);
            needs.Property(n => n.BritishSignLanguage).HasColumnName("needs_bsl");
            needs.Property(n => n.EasyRead).HasColumnName("needs_easy_read");
            needs.Property(n => n.LargePrint).HasColumnName("needs_large_print");
            needs.Property(n => n.OtherNeeds).HasColumnName("other_communication_needs");
        });
        builder.ComplexProperty(c => c.Consent, consent =>
        {
            consent.Property(x => x.PersonIsAware).HasColumnName("person_is_aware");
            consent.Property(x => x.ConsentsToSharing).HasColumnName("consents_to_sharing");
        });
        builder.ComplexProperty(c => c.ImmediateRisk, risk =>
        {
            risk.Property(x => x.InDangerNow).HasColumnName("risk_in_danger_now");
            risk.Property(x => x.EmergencyServicesInvolved).HasColumnName("risk_emergency_services_involved");
            risk.Property(x => x.Details).HasColumnName("risk_details").HasMaxLength(ImmediateRisk.MaxDetailsLength);
        });
    }
}

internal sealed class RawSubmissionConfiguration : IEntityTypeConfiguration<RawSubmission>
{
    public void Configure(EntityTypeBuilder<RawSubmission> builder)
    {
        builder.ToTable("raw_submissions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentType).HasMaxLength(RawSubmission.MaxContentTypeLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ContactId);
    }
}

internal sealed class ContactAttachmentConfiguration : IEntityTypeConfiguration<ContactAttachment>
{
    public void Configure(EntityTypeBuilder<ContactAttachment> builder)
    {
        builder.ToTable("contact_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(IntakeLimits.MaxFileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(200);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.AddedBy).HasMaxLength(ContactTimelineEntry.MaxActorLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ContactId);
    }
}

internal sealed class ContactAnswerConfiguration : IEntityTypeConfiguration<ContactAnswer>
{
    public void Configure(EntityTypeBuilder<ContactAnswer> builder)
    {
        builder.ToTable("contact_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Key).HasMaxLength(100);
        builder.Property(a => a.Question).HasMaxLength(IntakeLimits.MaxQuestionLength);
        builder.Property(a => a.Answer).HasMaxLength(IntakeLimits.MaxAnswerLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ContactId, a.Position }).IsUnique();
    }
}

internal sealed class ContactTimelineEntryConfiguration : IEntityTypeConfiguration<ContactTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ContactTimelineEntry> builder)
    {
        builder.ToTable("contact_timeline_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(ContactTimelineEntry.MaxActorLength);
        builder.Property(e => e.Text).HasMaxLength(ContactTimelineEntry.MaxTextLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContactAttachment>().WithMany().HasForeignKey(e => e.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ContactId, e.At });
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("email_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageId).HasMaxLength(EmailMessage.MaxMessageIdLength);
        builder.Property(m => m.ContentHash).HasMaxLength(EmailContentHash.Length);

        // The same Message-ID with other content is a different email (see EmailContentHash), not a duplicate.
        builder.HasIndex(m => new { m.MessageId, m.ContentHash }).IsUnique();
        builder.Property(m => m.Mailbox).HasMaxLength(EmailMessage.MaxMailboxLength);
        builder.Property(m => m.From).HasColumnName("from_address").HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(EmailMessage.MaxSubjectLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ContactId);
    }
}
