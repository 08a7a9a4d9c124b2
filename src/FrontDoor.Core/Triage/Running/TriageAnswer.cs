using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage.Running;

/// <summary>
/// The answer a contact has to one step of one version of a triage flow: the advisor's, or the one intake gave. One row
/// per contact, flow, version and step; a changed answer replaces the value, and the contact's Answered events keep
/// every answer given, in order. Answers stay with their version, so starting another flow (or a newer version of the
/// same one) never mixes questions.
/// </summary>
public sealed class TriageAnswer
{
    public const int MaxIdLength = TriageFlowVersion.MaxFlowIdLength;

    public TriageAnswer(Guid id, Guid contactId, string flowId, int flowVersion, string stepId, string value, bool fromIntake, DateTimeOffset answeredAt, string answeredBy)
    {
        Id = id;
        ContactId = contactId;
        FlowId = flowId;
        FlowVersion = flowVersion;
        StepId = stepId;
        Value = value;
        FromIntake = fromIntake;
        AnsweredAt = answeredAt;
        AnsweredBy = answeredBy.Bounded(ContactEvent.MaxActorLength);
    }

    private TriageAnswer()
    {
        FlowId = null!;
        StepId = null!;
        Value = null!;
        AnsweredBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public string FlowId { get; private set; }

    public int FlowVersion { get; private set; }

    public string StepId { get; private set; }

    /// <summary>As <see cref="FlowRunner.Check"/> gives it: the option's value, the date as yyyy-MM-dd, or the text.</summary>
    public string Value { get; private set; }

    /// <summary>Given at intake (the form, the e-form, the email) and never asked.</summary>
    public bool FromIntake { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    /// <summary>Who gave the answer, as people know them.</summary>
    public string AnsweredBy { get; private set; }

    public void Change(string value, bool fromIntake, DateTimeOffset answeredAt, string answeredBy)
    {
        Value = value;
        FromIntake = fromIntake;
        AnsweredAt = answeredAt;
        AnsweredBy = answeredBy.Bounded(ContactEvent.MaxActorLength);
    }
}
