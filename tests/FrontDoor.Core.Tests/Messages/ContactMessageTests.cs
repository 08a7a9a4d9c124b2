using FrontDoor.Core.Messages;

namespace FrontDoor.Core.Tests.Messages;

public sealed class ContactMessageTests
{
    [Theory]
    [InlineData(MessageKind.NotifyEmail, "margaret.okafor@example.org", "m…@example.org")]
    [InlineData(MessageKind.NotifySms, "+447700900123", "mobile ending 123")]
    [InlineData(MessageKind.NotifyEmail, "no-at-sign", "an email address")]
    [InlineData(MessageKind.NotifySms, "12", "a mobile number")]
    [InlineData(MessageKind.Webhook, "case-system", "case-system")]
    public void Masked_KeepsOnlyEnoughToTellWhichAddress(MessageKind kind, string recipient, string shown)
    {
        Assert.Equal(shown, ContactMessage.Masked(kind, recipient));
    }
}
