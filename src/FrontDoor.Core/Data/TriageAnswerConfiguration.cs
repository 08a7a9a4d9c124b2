using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Running;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class TriageAnswerConfiguration : IEntityTypeConfiguration<TriageAnswer>
{
    public void Configure(EntityTypeBuilder<TriageAnswer> builder)
    {
        builder.ToTable("triage_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.FlowId).HasMaxLength(TriageAnswer.MaxIdLength);
        builder.Property(a => a.StepId).HasMaxLength(TriageAnswer.MaxIdLength);
        builder.Property(a => a.Value).HasMaxLength(FlowRunner.MaxTextAnswerLength);
        builder.Property(a => a.AnsweredBy).HasMaxLength(ContactEvent.MaxActorLength);

        // One answer per step of a version of a flow on a contact: a change replaces it, the events keep the history.
        builder.HasIndex(a => new { a.ContactId, a.FlowId, a.FlowVersion, a.StepId }).IsUnique();
    }
}
