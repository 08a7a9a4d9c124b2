using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Insight;

namespace FrontDoor.Core.Tests.Insight;

public sealed class InsightOptionsTests
{
    [Fact]
    public void Defaults_AreValid_WithTheQueueAndFirstContactTargets()
    {
        var options = new InsightOptions();

        Assert.Empty(options.Validate(new ValidationContext(options)));
        Assert.Equal((0.8, 600.0, 0.75), (options.TargetFor("callHandlingRate"), options.TargetFor("averageQueueSeconds"), options.TargetFor("resolvedAtFirstContactShare")));
        Assert.Null(options.Baseline);
    }

    [Fact]
    public void Validate_RefusesHalfABaseline_AnUnknownKpi_AndAShareAboveOne()
    {
        var options = new InsightOptions { BaselineFrom = new DateOnly(2022, 6, 1) };
        options.Targets["callsAnsweredd"] = 1;
        options.Targets["failureDemandShare"] = 1.5;

        var messages = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains("Insight:BaselineFrom and Insight:BaselineTo must be set together, or neither.", messages);
        Assert.Contains(messages, m => m!.StartsWith("Insight:Targets:callsAnsweredd is not a KPI", StringComparison.Ordinal));
        Assert.Contains("Insight:Targets:failureDemandShare must be a fraction between 0 and 1; got 1.5.", messages);
    }

    [Fact]
    public void Catalogue_DefinesEveryKpiTheFiguresCanGive()
    {
        var figures = new KpiFigures { Range = KpiRange.Month(2025, 1) };

        foreach (var kpi in KpiCatalogue.All)
        {
            _ = figures.ValueOf(kpi.Key);
            Assert.False(string.IsNullOrWhiteSpace(kpi.Numerator));
            Assert.False(string.IsNullOrWhiteSpace(kpi.Source));
        }

        Assert.Equal(KpiCatalogue.All.Count, KpiCatalogue.All.Select(k => k.Key).Distinct().Count());
    }

    [Fact]
    public void Months_CutsARangeToTheCalendarMonthsItTouches()
    {
        var months = new KpiRange(new DateOnly(2025, 1, 20), new DateOnly(2025, 3, 5)).Months();

        Assert.Equal(["2025-01-20 to 2025-01-31", "2025-02-01 to 2025-02-28", "2025-03-01 to 2025-03-05"], months.Select(m => m.ToString()));
    }
}
