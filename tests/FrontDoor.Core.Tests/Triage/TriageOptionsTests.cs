using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Flows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Triage;

public sealed class TriageOptionsTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TriagePriority.Urgent, "2026-11-02T13:00:00+00:00")]
    [InlineData(TriagePriority.High, "2026-11-03T09:00:00+00:00")]
    [InlineData(TriagePriority.Medium, "2026-11-05T09:00:00+00:00")]
    [InlineData(TriagePriority.Low, "2026-11-12T09:00:00+00:00")]
    public void DueAt_ByDefault_IsFourHoursOneThreeOrTenDaysAfter(TriagePriority priority, string due)
    {
        using var services = Bind([]);
        var options = services.GetRequiredService<IOptions<TriageOptions>>().Value;

        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), options.DueAt(priority, Arrived));
    }

    [Fact]
    public void DueAt_FollowsTheConfiguredTarget()
    {
        using var services = Bind(new() { ["Triage:ResponseTargets:Urgent"] = "02:30:00" });
        var options = services.GetRequiredService<IOptions<TriageOptions>>().Value;

        Assert.Equal(Arrived.AddHours(2.5), options.DueAt(TriagePriority.Urgent, Arrived));
    }

    [Theory]
    [InlineData("Triage:ResponseTargets:Urgent", "00:00:00", "Triage:ResponseTargets:Urgent must be longer than zero, such as 04:00:00.")]
    [InlineData("Triage:ResponseTargets:Low", "-1.00:00:00", "Triage:ResponseTargets:Low must be longer than zero, such as 10.00:00:00.")]
    [InlineData("Triage:ResponseTargets:High", "5.00:00:00", "Triage:ResponseTargets:High (5.00:00:00) must be no longer than Triage:ResponseTargets:Medium (3.00:00:00): a more urgent contact is never given longer.")]
    [InlineData("Triage:ResponseTargets:Urgent", "2.00:00:00", "Triage:ResponseTargets:Urgent (2.00:00:00) must be no longer than Triage:ResponseTargets:High (1.00:00:00): a more urgent contact is never given longer.")]
    public void Targets_NotPositiveOrOutOfOrder_AreRefusedSayingWhatToSet(string key, string value, string message)
    {
        using var services = Bind(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TriageOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_EqualForTwoPriorities_AreAccepted()
    {
        using var services = Bind(new() { ["Triage:ResponseTargets:High"] = "3.00:00:00" });

        Assert.Equal(TimeSpan.FromDays(3), services.GetRequiredService<IOptions<TriageOptions>>().Value.ResponseTargets.High);
    }

    private static ServiceProvider Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddTriagePriorities().BuildServiceProvider();
    }
}
