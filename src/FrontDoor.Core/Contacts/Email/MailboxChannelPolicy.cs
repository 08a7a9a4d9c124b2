using FrontDoor.Core.Messages.Notify;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// The <c>Intake:Mailbox:ChannelPolicy</c> settings: which senders the referrals mailbox is for. The seeds' councils
/// took email only from police, ambulance and primary care; anyone else is pointed to the online request for help by
/// an automatic reply. Every email still becomes a contact whoever sent it: the policy decides the reply, never
/// whether a message is kept.
/// </summary>
public sealed class MailboxChannelPolicy
{
    public static IReadOnlyList<ContactSource> DefaultAcceptFrom { get; } = [ContactSource.Police, ContactSource.Ambulance, ContactSource.GpOrPrimaryCare];

    /// <summary>The senders the mailbox is for, as <see cref="SenderClassifier"/> classes them; not set means <see cref="DefaultAcceptFrom"/>.</summary>
    public List<ContactSource>? AcceptFrom { get; set; }

    /// <summary>Whether any other sender gets the reply pointing to the online request for help.</summary>
    public bool RedirectOthers { get; set; } = true;

    public bool Accepts(ContactSource source) => (AcceptFrom is { Count: > 0 } accepted ? accepted : DefaultAcceptFrom).Contains(source);

    /// <summary>
    /// The automatic reply for an email from <paramref name="sender"/>, or null for none: a sender the mailbox is not
    /// for is pointed to the online request for help; others get the acknowledgement only when the council chose it
    /// (<paramref name="acknowledge"/>, <c>Intake:Mailbox:AutoReply</c>).
    /// </summary>
    public NotifyTemplate? ReplyFor(ContactSource sender, bool acknowledge) =>
        !Accepts(sender) && RedirectOthers ? NotifyTemplates.EmailUseOnlineForm
        : acknowledge ? NotifyTemplates.EmailAcknowledgement
        : null;
}
