using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Pages.Staff.Contacts;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>How queues, ages and waiting times read on the queue pages and the staff home.</summary>
public static class QueueWords
{
    public static string Age(QueueAge age) => age switch
    {
        QueueAge.UnderADay => "Under a day",
        QueueAge.OneToThreeDays => "1 to 3 days",
        QueueAge.ThreeToSevenDays => "3 to 7 days",
        _ => "Over 7 days",
    };

    /// <summary>How long something has waited, in the largest whole unit: "3 days", "5 hours", "under an hour".</summary>
    public static string Waited(DateTimeOffset since, DateTimeOffset now)
    {
        var waited = now - since;
        return waited.TotalDays >= 1 ? Plural((int)waited.TotalDays, "day")
            : waited.TotalHours >= 1 ? Plural((int)waited.TotalHours, "hour")
            : "under an hour";
    }

    /// <summary>The queue page, optionally in another order.</summary>
    public static string QueueHref(string key, string? sort = null, string? order = null) =>
        $"/staff/queues/{Uri.EscapeDataString(key)}" + (sort is null ? string.Empty : $"?sort={sort}&order={order ?? "ascending"}");

    /// <summary>The team's waiting list, where the people it has been referred keep in touch until it closes them.</summary>
    public static string WaitingListHref(string key) => $"/staff/waiting/{Uri.EscapeDataString(key)}";

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count:N0} {unit}s";
}
