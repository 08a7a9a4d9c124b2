using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasConversion(ValueConverters.ContactReference).HasMaxLength(11);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Story).HasMaxLength(Contact.MaxStoryLength);
        builder.Property(c => c.AttentionReason).HasMaxLength(Contact.MaxAttentionReasonLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.HasIndex(c => c.PersonId);

        // A node that lost its claim (its lease ran out and another node took the contact) must not save over
        // the other's work: every claim bumps the attempt count, so the stale save finds nothing to update.
        builder.Property(c => c.ProcessingAttempts).IsConcurrencyToken();
        builder.Property(c => c.LeaseOwner).HasMaxLength(Jobs.NodeIdentity.MaxLength);
        builder.HasIndex(c => new { c.Status, c.NextAttemptAt });

        // Optimistic concurrency for staff work: every recorded change bumps the version, so a second person's save
        // made from an older page finds nothing to update and is refused instead of overwriting the first.
        builder.Property(c => c.Version).IsConcurrencyToken();

        // Linking a person records no event, so the version alone would let a second link save over the first
        // unseen; the person the save started from must still be the one there.
        builder.Property(c => c.PersonId).IsConcurrencyToken();
        builder.Property(c => c.QueueKey).HasMaxLength(Contact.MaxQueueKeyLength);
        builder.Property(c => c.AssignedToId).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(c => c.AssignedToName).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(c => c.PriorityReasons).HasMaxLength(Contact.MaxPriorityReasonsLength);

        // As a number, so sorting puts Urgent (0) first; names would sort High before Urgent.
        builder.Property(c => c.Priority).HasConversion<int?>();
        builder.Property(c => c.FlowId).HasMaxLength(Contact.MaxFlowIdLength);
        builder.Property(c => c.ClosingSummary).HasMaxLength(Contact.MaxClosingSummaryLength);
        builder.Ignore(c => c.CallBack);
        builder.Property(c => c.MissingRequiredFacts).HasMaxLength(Contact.MaxMissingRequiredFactsLength);
        builder.Property(c => c.CallBackOtherName).HasMaxLength(ScheduledCallBack.MaxOtherNameLength);
        builder.Property(c => c.CallBackOtherPhone).HasMaxLength(40);
        builder.Property(c => c.CallBackReason).HasMaxLength(ScheduledCallBack.MaxReasonLength);
        builder.Property(c => c.CallBackForId).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(c => c.CallBackForName).HasMaxLength(ContactEvent.MaxActorLength);

        // A member of staff's call backs due, soonest first.
        builder.HasIndex(c => new { c.CallBackForId, c.CallBackDueAt });

        // Recurring contacts and failure demand are counted by the KPIs, and a person's recent contacts are read by
        // PersonId and ClosedAt on every contact page.
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.RecurringOfContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ChasesContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.ClosedAt });
        builder.HasIndex(c => c.FailureDemandReason);

        // A queue page: its open contacts, most urgent and soonest due first.
        builder.HasIndex(c => new { c.QueueKey, c.Status, c.Priority, c.DueAt });
        builder.HasIndex(c => new { c.AssignedToId, c.Status });

        // A queue page in its own order (WorkQueueQueries): only open contacts, so the page is read straight off the
        // index however many closed ones the queue has seen; with the assignee last, it also covers the overview's
        // counts. The filter is written as the queries write it.
        builder.HasIndex(c => new { c.QueueKey, c.Priority, c.DueAt, c.ReceivedAt, c.Id, c.AssignedToId }, "ix_contacts_open_queue_order")
            .HasFilter("\"status\" <> 'Closed'");
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.ComplexProperty(c => c.Caller, caller =>
        {
            caller.Property(x => x.Name).HasColumnName("caller_name").HasMaxLength(200);
            caller.Property(x => x.Relationship).HasColumnName("caller_relationship").HasMaxLength(100);
            caller.Property(x => x.Organisation).HasColumnName("caller_organisation").HasMaxLength(200);
            caller.Property(x => x.Phone).HasColumnName("caller_phone").HasMaxLength(40);
            caller.Property(x => x.Email).HasColumnName("caller_email").HasMaxLength(Person.MaxEmailLength);
        });
    }
}

internal sealed class ContactEventConfiguration : IEntityTypeConfiguration<ContactEvent>
{
    public void Configure(EntityTypeBuilder<ContactEvent> builder)
    {
        builder.ToTable("contact_events");
        builder.HasKey(e => e.Id);

        // Ids are made with the change; never generated, so a new event found on a loaded contact is inserted.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(e => e.ActorName).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(e => e.ActorRole).HasMaxLength(ContactEvent.MaxActorLength);
        builder.Property(e => e.From).HasMaxLength(ContactEvent.MaxValueLength);
        builder.Property(e => e.To).HasMaxLength(ContactEvent.MaxValueLength);
        builder.Property(e => e.Reason).HasMaxLength(ContactEvent.MaxReasonLength);
        builder.HasIndex(e => new { e.ContactId, e.ContactVersion });

        // The first-response KPI: each contact's first event by a person, read from the index alone and in order.
        builder.HasIndex(e => new { e.ContactId, e.At, e.ActorRole });

        // KPIs count events of a kind over a period.
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.ActorRole).HasMaxLength(200);
        builder.Property(a => a.RecordType).HasMaxLength(60);
        builder.Property(a => a.RecordId).HasMaxLength(100);
        builder.Property(a => a.Origin).HasMaxLength(100);
        builder.HasIndex(a => new { a.RecordType, a.RecordId, a.OccurredAt });
        builder.HasIndex(a => a.OccurredAt);
        builder.HasMany(a => a.People).WithOne().HasForeignKey(p => p.AuditEventId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.People).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AuditEventPersonConfiguration : IEntityTypeConfiguration<AuditEventPerson>
{
    public void Configure(EntityTypeBuilder<AuditEventPerson> builder)
    {
        // No foreign key to people: the trail outlives a merged or removed record, and must never cascade.
        builder.ToTable("audit_event_people");
        builder.HasKey(p => new { p.AuditEventId, p.PersonId });
        builder.HasIndex(p => new { p.PersonId, p.OccurredAt });
    }
}

internal sealed class ContactOutboundCallConfiguration : IEntityTypeConfiguration<ContactOutboundCall>
{
    public void Configure(EntityTypeBuilder<ContactOutboundCall> builder)
    {
        builder.ToTable("contact_outbound_calls");

        // One row per OutboundCallMade event, sharing its id.
        builder.HasKey(c => c.EventId);
        builder.Property(c => c.EventId).ValueGeneratedNever();
        builder.HasOne<ContactEvent>().WithOne().HasForeignKey<ContactOutboundCall>(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.FactsChased).HasMaxLength(ContactOutboundCall.MaxFactsLength);
        builder.Ignore(c => c.Facts);
        builder.HasIndex(c => c.ContactId);
    }
}
