using FrontDoor.Core.People.AllocatedWorker;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class AllocatedWorkerLookupAttemptConfiguration : IEntityTypeConfiguration<AllocatedWorkerLookupAttempt>
{
    public void Configure(EntityTypeBuilder<AllocatedWorkerLookupAttempt> builder)
    {
        builder.ToTable("allocated_worker_lookup_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ClientKey).HasMaxLength(AllocatedWorkerLookupAttempt.MaxKeyLength);
        builder.Property(a => a.IdentifierKey).HasMaxLength(AllocatedWorkerLookupAttempt.MaxKeyLength);
        builder.Ignore(a => a.Succeeded);

        // The limits count the last hour's attempts by client and by identifier on every look-up.
        builder.HasIndex(a => new { a.ClientKey, a.At });
        builder.HasIndex(a => new { a.IdentifierKey, a.At });
        builder.HasIndex(a => a.At);
    }
}
