using FrontDoor.Core.Triage.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class TriageFlowVersionConfiguration : IEntityTypeConfiguration<TriageFlowVersion>
{
    public void Configure(EntityTypeBuilder<TriageFlowVersion> builder)
    {
        builder.ToTable("triage_flow_versions", table =>
            table.HasCheckConstraint("ck_triage_flow_versions_version_positive", "version >= 1"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.FlowId).HasMaxLength(TriageFlowVersion.MaxFlowIdLength);
        // One row per flow and version: two managers uploading the same version at once cannot both win.
        builder.HasIndex(v => new { v.FlowId, v.Version }).IsUnique();
        builder.Property(v => v.FileName).HasMaxLength(TriageFlowVersion.MaxFileNameLength);
        // Up to TriageFlowFiles.MaxFileBytes, checked before it is stored: past any sensible column limit.
        builder.Property(v => v.Text).HasColumnType("text");
        builder.Property(v => v.UploadedBy).HasMaxLength(TriageFlowVersion.MaxUploadedByLength);
    }
}
