using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Email;

public static class EmailIntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the intake pipeline and, when <c>Intake:Mailbox</c> is configured, the mailbox reader and its
    /// poller (options validated at start-up). Without that section FrontDoor runs with no email channel.
    /// </summary>
    public static IServiceCollection AddEmailIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContactIntake();
        services.AddCareProviderDomains();
        var section = configuration.GetSection(MailboxOptions.SectionName);
        if (!section.Exists())
        {
            return services;
        }

        services.AddOptions<MailboxOptions>().Bind(section).ValidateDataAnnotations()
            .Validate<IOptions<MessagesOptions>>(
                (mailbox, messages) => !mailbox.ChannelPolicy.RedirectOthers || messages.Value.StaffSiteUrl is not null,
                "Messages:StaffSiteUrl must be set when Intake:Mailbox:ChannelPolicy:RedirectOthers is true (the default): the reply to other senders links to the online request for help there. Set it, or set RedirectOthers to false.")
            .ValidateOnStart();
        services.AddSingleton(sp => new SenderClassifier(sp.GetRequiredService<CareProviderDomainList>()));
        services.AddScoped<MailboxReader>();
        services.AddRecurringJob<MailboxPoller>();
        return services;
    }
}
