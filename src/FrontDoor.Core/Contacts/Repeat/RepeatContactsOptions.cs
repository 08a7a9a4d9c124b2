using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Contacts.Repeat;

/// <summary>The <c>RepeatContacts</c> configuration section: how far back a closed contact still counts.</summary>
public sealed class RepeatContactsOptions
{
    public const string SectionName = "RepeatContacts";

    /// <summary>
    /// Days after a contact closes during which another contact about the same person is flagged recurring, and the
    /// closed one is shown beside it with its closing summary.
    /// </summary>
    [Range(1, 730, ErrorMessage = "RepeatContacts:RecurringWindowDays must be between 1 and 730.")]
    public int RecurringWindowDays { get; set; } = 90;

    public TimeSpan RecurringWindow => TimeSpan.FromDays(RecurringWindowDays);
}
