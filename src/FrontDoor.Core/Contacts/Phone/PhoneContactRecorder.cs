using FrontDoor.Core.Audit;
using System.Text;
using System.Text.Json;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Phone;

/// <summary>What an advisor captured on a call.</summary>
public sealed record PhoneContactDetails
{
    public required ContactSource CallerIs { get; init; }

    /// <summary>Who rang, when it was not the person themselves.</summary>
    public Caller? Caller { get; init; }

    /// <summary>The person record the advisor found and confirmed on the call, if any.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>The person as the caller described them, kept as theirs whether or not a record was chosen.</summary>
    public ReportedPerson Reported { get; init; } = ReportedPerson.Empty;

    public required string Story { get; init; }

    public CommunicationNeeds CommunicationNeeds { get; init; } = CommunicationNeeds.None;

    public ContactConsent Consent { get; init; } = ContactConsent.NotAsked;

    public ImmediateRisk ImmediateRisk { get; init; } = ImmediateRisk.NotAsked;

    /// <summary>The caller was given the allocated worker's or team's details and the call ended there.</summary>
    public bool RedirectedToAllocatedWorker { get; init; }

    public required AuditActor Actor { get; init; }

    public string? Origin { get; init; }
}

/// <summary>
/// Records a phone contact through the same intake as every other channel (stored raw first), then applies what
/// the advisor confirmed on the call: the person, and a redirect to the allocated worker that closes the contact.
/// </summary>
public sealed class PhoneContactRecorder(FrontDoorDbContext db, ContactIntake intake, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IntakeReceipt> RecordAsync(PhoneContactDetails details, CancellationToken cancellationToken)
    {
        var person = details.PersonId is { } id
            ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
              ?? throw new DomainValidationException(nameof(details.PersonId), "That person record no longer exists: search again")
            : null;
        if (details.RedirectedToAllocatedWorker && person is null)
        {
            throw new DomainValidationException(nameof(details.RedirectedToAllocatedWorker), "Choose the person's record before redirecting to their allocated worker");
        }

        var submission = new IntakeSubmission
        {
            Channel = ContactChannel.Phone,
            Source = details.CallerIs,
            RawPayload = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(details, Json)),
            RawContentType = "application/json",
            Story = details.Story,
            Caller = details.Caller,
            // What the caller said, even when the advisor chose a record: the contact page shows it as theirs.
            ReportedPerson = details.Reported,
            CommunicationNeeds = details.CommunicationNeeds,
            Consent = details.Consent,
            ImmediateRisk = details.ImmediateRisk,
            Actor = details.Actor,
            PersonId = person?.Id,
            Origin = details.Origin,
        };
        var receipt = await intake.ReceiveAndProcessAsync(submission, cancellationToken);

        var contact = await db.Contacts.SingleAsync(c => c.Id == receipt.ContactId, cancellationToken);
        var now = clock.GetUtcNow();
        if (person is not null && contact.PersonId != person.Id)
        {
            contact.MatchTo(person.Id);
            AddTimeline(contact.Id, details.Actor.Id, TimelineEntryKind.Matched, "The advisor confirmed the person's record on the call.", now);
        }

        if (details.RedirectedToAllocatedWorker && contact.Status == ContactStatus.Open)
        {
            contact.Close(ContactOutcome.RedirectedToAllocatedWorker, now);
            AddTimeline(contact.Id, details.Actor.Id, TimelineEntryKind.StatusChanged, "Caller given the allocated worker's details; contact closed.", now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return receipt;
    }

    private void AddTimeline(Guid contactId, string actor, TimelineEntryKind kind, string text, DateTimeOffset now) =>
        db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contactId, now, actor, kind, text));
}
