using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class IntakeOptionsTests
{
    [Theory]
    [InlineData("Intake:MaxProcessingAttempts", "0", "Intake:MaxProcessingAttempts must be between 1 and 50.")]
    [InlineData("Intake:ProcessingLease", "00:00:01", "Intake:ProcessingLease must be between 00:00:10 and 01:00:00.")]
    [InlineData("Intake:SweepInterval", "02:00:00", "Intake:SweepInterval must be between 00:00:01 and 01:00:00.")]
    [InlineData("Intake:Mailbox:LeaseDuration", "00:05:00", "Intake:Mailbox:LeaseDuration must be between 00:00:05 and 00:01:00.")]
    public void Options_OutOfRange_AreRefusedSayingWhatToSet(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:Mailbox:Host"] = "imap.example.org",
            ["Intake:Mailbox:Username"] = "referrals",
            ["Intake:Mailbox:Password"] = "secret",
            [key] = value,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddEmailIntake(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<IntakeOptions>>().Value;
            _ = services.GetRequiredService<IOptions<MailboxOptions>>().Value;
        });

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MailboxOptions_RedirectingOtherSendersWithNoStaffSiteUrl_AreRefusedSayingWhatToSet()
    {
        using var services = MailboxServices([]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailboxOptions>>().Value);

        Assert.Contains("Messages:StaffSiteUrl must be set when Intake:Mailbox:ChannelPolicy:RedirectOthers is true (the default)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MailboxOptions_ChannelPolicy_BindsTheListedSourcesInsteadOfTheDefault()
    {
        using var services = MailboxServices(new()
        {
            ["Intake:Mailbox:ChannelPolicy:AcceptFrom:0"] = "Police",
            ["Intake:Mailbox:ChannelPolicy:AcceptFrom:1"] = "Hospital",
            ["Intake:Mailbox:ChannelPolicy:RedirectOthers"] = "false",
        });

        var policy = services.GetRequiredService<IOptions<MailboxOptions>>().Value.ChannelPolicy;

        Assert.Equal([ContactSource.Police, ContactSource.Hospital], policy.AcceptFrom);
        Assert.Equal((true, false, false), (policy.Accepts(ContactSource.Hospital), policy.Accepts(ContactSource.Ambulance), policy.RedirectOthers));
    }

    [Theory]
    [InlineData(ContactSource.Police, false, null)]
    [InlineData(ContactSource.Police, true, "email-acknowledgement")]
    [InlineData(ContactSource.Ambulance, false, null)]
    [InlineData(ContactSource.GpOrPrimaryCare, false, null)]
    [InlineData(ContactSource.Self, false, "email-use-online-form")]
    [InlineData(ContactSource.FamilyOrFriend, true, "email-use-online-form")]
    [InlineData(ContactSource.CareProvider, false, "email-use-online-form")]
    [InlineData(ContactSource.OtherProfessional, false, "email-use-online-form")]
    public void ChannelPolicy_ByDefault_AcceptsPoliceAmbulanceAndPrimaryCare_AndRedirectsEveryoneElse(ContactSource sender, bool acknowledge, string? template)
    {
        Assert.Equal(template, new MailboxChannelPolicy().ReplyFor(sender, acknowledge)?.Name);
    }

    private static ServiceProvider MailboxServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:Mailbox:Host"] = "imap.example.org",
            ["Intake:Mailbox:Username"] = "referrals",
            ["Intake:Mailbox:Password"] = "secret",
        }.Concat(settings)).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddEmailIntake(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Options_ByDefault_RetryFiveTimesFromAMinute_AndTheMailboxLeaseIsUnderAMinute()
    {
        var intake = new IntakeOptions();
        var mailbox = new MailboxOptions();

        Assert.Equal((5, TimeSpan.FromMinutes(1)), (intake.MaxProcessingAttempts, intake.FirstRetryAfter));
        Assert.True(mailbox.LeaseDuration <= TimeSpan.FromMinutes(1));
    }
}
