using FrontDoor.Core.Messages;

namespace FrontDoor.Web.Pages.Staff.Outbox;

public static class OutboxWords
{
    /// <summary>A status as a tab reads it: "Failed (3)".</summary>
    public static string Status(MessageStatus status) => status switch
    {
        MessageStatus.Pending => "Waiting",
        MessageStatus.Sending => "Sending",
        MessageStatus.Sent => "Sent",
        MessageStatus.Delivered => "Delivered",
        MessageStatus.Failed => "Failed",
        MessageStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
