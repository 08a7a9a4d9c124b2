using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WaitingWell;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.WaitingWell;

public sealed class WaitingWellOptionsTests
{
    [Theory]
    [InlineData(TriagePriority.Urgent, 7)]
    [InlineData(TriagePriority.High, 14)]
    [InlineData(TriagePriority.Medium, 21)]
    [InlineData(TriagePriority.Low, 28)]
    public void CheckInEvery_ByDefault_IsOneToFourWeeksByRisk(TriagePriority risk, int days)
    {
        using var services = Bind([]);

        Assert.Equal(TimeSpan.FromDays(days), services.GetRequiredService<IOptions<WaitingWellOptions>>().Value.CheckInEvery.For(risk));
    }

    [Theory]
    [InlineData("WaitingWell:CheckInEvery:Urgent", "00:00:00", "WaitingWell:CheckInEvery:Urgent must be longer than zero, such as 7.00:00:00.")]
    [InlineData("WaitingWell:CheckInEvery:High", "30.00:00:00", "WaitingWell:CheckInEvery:High (30.00:00:00) must be no longer than WaitingWell:CheckInEvery:Medium (21.00:00:00): a higher risk is never checked on less often.")]
    public void CheckInEvery_NotPositiveOrOutOfOrder_IsRefusedSayingWhatToSet(string key, string value, string message)
    {
        using var services = Bind(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WaitingWellOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddWaitingWell().BuildServiceProvider();
    }
}
