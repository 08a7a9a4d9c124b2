using FrontDoor.Core.Insight.KeptMonths;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Core.Data;

internal sealed class KpiMonthConfiguration : IEntityTypeConfiguration<KpiMonth>
{
    public void Configure(EntityTypeBuilder<KpiMonth> builder)
    {
        builder.ToTable("kpi_months");
        builder.HasKey(m => new { m.Month, m.LastDay, m.Scope });
        builder.Property(m => m.Scope).HasMaxLength(KpiMonth.MaxScopeLength);
        builder.Property(m => m.CalculatorVersion).HasMaxLength(KpiMonth.MaxVersionLength);
        // Unbounded: every KPI and breakdown of a month, a few kilobytes, and more as KPIs are added.
        builder.Property(m => m.FiguresJson).HasColumnType("text");
    }
}

internal sealed class KpiStaleMarkConfiguration : IEntityTypeConfiguration<KpiStaleMark>
{
    public void Configure(EntityTypeBuilder<KpiStaleMark> builder)
    {
        builder.ToTable("kpi_stale_marks");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
    }
}
