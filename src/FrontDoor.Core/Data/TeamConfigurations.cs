using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.CaseSystemId).HasMaxLength(Person.MaxLasIdLength);
        builder.HasIndex(t => t.CaseSystemId).IsUnique();
        builder.Property(t => t.DutyPhone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        builder.Property(t => t.DutyEmail).HasMaxLength(Person.MaxEmailLength);
        builder.ComplexProperty(t => t.OpeningHours, hours =>
        {
            hours.Property(h => h.Opens).HasColumnName("opens");
            hours.Property(h => h.Closes).HasColumnName("closes");
            hours.Property(h => h.Weekends).HasColumnName("open_weekends");
        });
    }
}

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Name).HasMaxLength(120);
        builder.Property(w => w.WorkPhone).HasConversion(ValueConverters.Phone).HasMaxLength(20);
        builder.Property(w => w.Email).HasMaxLength(Person.MaxEmailLength);
        builder.Property(w => w.CaseSystemId).HasMaxLength(Person.MaxLasIdLength);
        builder.HasIndex(w => w.CaseSystemId).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(w => w.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("allocations", t => t.HasCheckConstraint("ck_allocations_worker_or_team", "worker_id IS NOT NULL OR team_id IS NOT NULL"));
        builder.HasKey(a => a.Id);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.From).HasColumnName("from_date");
        builder.Property(a => a.To).HasColumnName("to_date");
        builder.HasIndex(a => new { a.PersonId, a.To });
        builder.HasIndex(a => a.UpdatedAt);
        builder.Property(a => a.CaseSystemId).HasMaxLength(Person.MaxLasIdLength);
        builder.HasIndex(a => a.CaseSystemId).IsUnique();
    }
}
