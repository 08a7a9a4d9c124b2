using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Template).HasMaxLength(OutboxMessage.MaxTemplateLength);
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMessage.MaxRecipientLength);
        builder.Property(m => m.Body).HasMaxLength(OutboxMessage.MaxBodyLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.ProviderId).HasMaxLength(OutboxMessage.MaxProviderIdLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(NodeIdentity.MaxLength);

        // A node whose lease ran out mid-send must not record over the attempt of the node that took the message over.
        builder.Property(m => m.Attempts).IsConcurrencyToken();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.ContactId);
        builder.HasOne<Contacts.Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
