using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>The <c>Intake:Mailbox</c> configuration section: the mailbox FrontDoor reads referrals from.</summary>
public sealed class MailboxOptions : IValidatableObject
{
    public const string SectionName = "Intake:Mailbox";

    /// <summary>The IMAP keyword that marks a message as made into a contact (when no processed folder is set).</summary>
    public const string ProcessedKeyword = "$FrontDoorProcessed";

    [Required(AllowEmptyStrings = false)]
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    /// <summary>SslOnConnect (993), StartTls (143) or None for a loopback test server.</summary>
    public SecureSocketOptions UseTls { get; set; } = SecureSocketOptions.SslOnConnect;

    [Required(AllowEmptyStrings = false)]
    public string Username { get; set; } = string.Empty;

    [Required(AllowEmptyStrings = false)]
    public string Password { get; set; } = string.Empty;

    [Required(AllowEmptyStrings = false)]
    public string Folder { get; set; } = "INBOX";

    /// <summary>When set, processed messages move here instead of being marked with <see cref="ProcessedKeyword"/>.</summary>
    public string? ProcessedFolder { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a node's hold on the mailbox lasts unless renewed (it renews while reading). If the node dies,
    /// another takes over at its first poll after this; at most a minute, so a dead node never stalls email for long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether senders the <see cref="ChannelPolicy"/> accepts get the automatic "we received your email, reference …"
    /// reply (GOV.UK Notify's <c>email-acknowledgement</c>); others too when the policy does not redirect them.
    /// </summary>
    public bool AutoReply { get; set; }

    /// <summary>Which senders the mailbox is for; any other is pointed to the online request for help.</summary>
    public MailboxChannelPolicy ChannelPolicy { get; set; } = new();

    /// <summary>Email domains of the council's commissioned care providers, such as "oakcare.co.uk".</summary>
    public List<string> CareProviderDomains { get; set; } = [];

    /// <summary>How the mailbox is named in records and logs: user, host and folder, never the password.</summary>
    public string MailboxName => $"{Username}@{Host}/{Folder}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.FromSeconds(5) || PollInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Intake:Mailbox:PollInterval must be between 00:00:05 and 01:00:00.", [nameof(PollInterval)]);
        }

        if (LeaseDuration < TimeSpan.FromSeconds(5) || LeaseDuration > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Intake:Mailbox:LeaseDuration must be between 00:00:05 and 00:01:00.", [nameof(LeaseDuration)]);
        }

        if (!Enum.IsDefined(UseTls))
        {
            yield return new ValidationResult("Intake:Mailbox:UseTls must be None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.", [nameof(UseTls)]);
        }

        foreach (var source in ChannelPolicy.AcceptFrom ?? [])
        {
            if (!Enum.IsDefined(source))
            {
                yield return new ValidationResult($"Intake:Mailbox:ChannelPolicy:AcceptFrom must list only {string.Join(", ", Enum.GetNames<ContactSource>())}.", [nameof(ChannelPolicy)]);
            }
        }

        if (ProcessedFolder is { Length: > 0 } && string.Equals(ProcessedFolder, Folder, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Intake:Mailbox:ProcessedFolder must differ from Folder.", [nameof(ProcessedFolder)]);
        }
    }
}
