using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.WorkQueues;

/// <summary>
/// A rule that sends a contact straight to a queue on arrival, for kinds of contact whose route is certain (an online
/// request for assessment to Home First; a police safeguarding concern to the MASH). Every condition given must hold;
/// the first rule that matches wins, and its name is recorded on the contact.
/// </summary>
public sealed class RoutingRule
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The queue the contact goes to.</summary>
    public string Queue { get; set; } = string.Empty;

    /// <summary>The channels it applies to; empty for any.</summary>
    public List<ContactChannel> Channels { get; set; } = [];

    /// <summary>Who the contact must be from; empty for anyone.</summary>
    public List<ContactSource> Sources { get; set; } = [];

    /// <summary>An intake answer that must be given (its key, such as the e-form's "concern-types").</summary>
    public string? AnswerKey { get; set; }

    /// <summary>With <see cref="AnswerKey"/>: the answer must contain one of these (case is ignored); empty for any answer.</summary>
    public List<string> AnswerContainsAny { get; set; } = [];

    public bool Matches(Contact contact, IReadOnlyList<ContactAnswer> answers)
    {
        if ((Channels.Count > 0 && !Channels.Contains(contact.Channel)) || (Sources.Count > 0 && !Sources.Contains(contact.Source)))
        {
            return false;
        }

        if (AnswerKey is null)
        {
            return true;
        }

        return answers.Any(a => string.Equals(a.Key, AnswerKey, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(a.Answer)
            && (AnswerContainsAny.Count == 0 || AnswerContainsAny.Any(text => a.Answer.Contains(text, StringComparison.OrdinalIgnoreCase))));
    }
}
