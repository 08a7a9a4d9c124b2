using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class ProbableDuplicateConfiguration : IEntityTypeConfiguration<ProbableDuplicate>
{
    public void Configure(EntityTypeBuilder<ProbableDuplicate> builder)
    {
        builder.ToTable("probable_duplicates");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Explanation).HasMaxLength(ProbableDuplicate.MaxExplanationLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.FirstPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.SecondPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.Probability);
    }
}
