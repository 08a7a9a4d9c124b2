using FrontDoor.Core.Contacts;
using FrontDoor.Core.WaitingWell;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class CheckInPromptConfiguration : IEntityTypeConfiguration<CheckInPrompt>
{
    public void Configure(EntityTypeBuilder<CheckInPrompt> builder)
    {
        builder.ToTable("check_in_prompts");
        builder.HasKey(p => p.Id);

        // One text per check-in due, whichever node or run writes it.
        builder.HasIndex(p => new { p.ContactId, p.DueAt }).IsUnique();
        builder.Property(p => p.TokenHash).HasMaxLength(CheckInPrompt.TokenHashLength);
        builder.HasIndex(p => p.TokenHash).IsUnique();
        builder.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
