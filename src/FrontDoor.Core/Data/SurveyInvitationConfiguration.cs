using FrontDoor.Core.Contacts;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("survey_invitations");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.ContactId).IsUnique();
        builder.Property(i => i.TokenHash).HasMaxLength(SurveyInvitation.TokenHashLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.SentAt);
        builder.Property(i => i.Comment).HasMaxLength(SurveyInvitation.MaxCommentLength);
        builder.Ignore(i => i.IsAnswered);
        builder.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
