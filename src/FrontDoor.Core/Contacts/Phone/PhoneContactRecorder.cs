using System.Text;
using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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

    /// <summary>Why nobody can ring or write back, when there is no phone number or email address for the caller or the person.</summary>
    public NoWayBack? NoWayBack { get; init; }

    public required AuditActor Actor { get; init; }

    public string? Origin { get; init; }
}

/// <summary>
/// Records a phone contact through the same intake as every other channel (stored raw first), then applies what
/// the advisor confirmed on the call: the person, and a redirect to the allocated worker, who is still to be told.
/// </summary>
public sealed class PhoneContactRecorder(FrontDoorDbContext db, ContactIntake intake, TimeProvider clock, RepeatContacts repeats, IOptions<MessagesOptions>? messages = null)
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

        // Checked before anything is saved; named on the timeline as they are now, since allocations change later.
        var heldBy = details.RedirectedToAllocatedWorker ? await AllocatedToAsync(person!.Id, cancellationToken) : null;
        var reported = ReportedPersonOf(details, person);
        if (details.NoWayBack is null && !CanBeReached(details.Caller, reported))
        {
            throw new DomainValidationException(nameof(details.NoWayBack), NoWayBackMissing);
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
            Answers = details.NoWayBack is { } noWayBack ? [new IntakeAnswer(NoWayBack.AnswerKey, NoWayBack.Question, noWayBack.ToString())] : [],
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
            await repeats.FlagIfRecurringAsync(contact, cancellationToken);
        }

        if (details.RedirectedToAllocatedWorker && contact.Status == ContactStatus.Open)
        {
            contact.PassToAllocatedWorker(now, details.Actor);
            AddTimeline(contact.Id, details.Actor.Id, TimelineEntryKind.StatusChanged,
                $"Caller given the details of {heldBy}. Passed to the allocated worker, who is to be told the person called.", now);

            // Told by email, with the redirect: the contact's reference and a link, never what the caller said.
            await new AllocatedWorkerEmail(db, clock, messages?.Value.StaffSiteUrl).AddAsync(contact, person!.Id, cancellationToken);
        }
        else if (contact.Status == ContactStatus.Open)
        {
            // The advisor who took the call works it on: it is theirs until they close, refer or release it.
            contact.AssignTo(details.Actor.Id, details.Actor.Name ?? details.Actor.Id, now, details.Actor, "Took the call");
        }

        await db.SaveChangesAsync(cancellationToken);
        return receipt;
    }

    public const string NoWayBackMissing = "Enter a phone number or email address for the caller or the person, or select why there is none";

    /// <summary>
    /// Whether anyone can ring or write back: a phone number or email address for the caller, or for the person as
    /// given on the call or held on their record. The one rule the page and the recorder both apply.
    /// </summary>
    public static bool CanBeReached(PhoneContactDetails details, Person? person) => CanBeReached(details.Caller, ReportedPersonOf(details, person));

    private static bool CanBeReached(Caller? caller, ReportedPerson reported) =>
        new[] { caller?.Phone, caller?.Email, reported.Phone, reported.Email }.Any(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>The chosen record's details, with a phone number or email address given on the call kept over the record's.</summary>
    private static ReportedPerson ReportedPersonOf(PhoneContactDetails details, Person? person)
    {
        if (person is null)
        {
            return details.Reported;
        }

        var record = Reported(person);
        return record with { Phone = details.Reported.Phone ?? record.Phone, Email = details.Reported.Email ?? record.Email };
    }

    private async Task<string> AllocatedToAsync(Guid personId, CancellationToken cancellationToken)
    {
        var allocation = (await new AllocationStatusLookup(db, clock).ForAsync([personId], cancellationToken)).GetValueOrDefault(personId);
        return allocation?.HeldBy
            ?? throw new DomainValidationException(nameof(PhoneContactDetails.RedirectedToAllocatedWorker), "This person has no allocated worker or team to redirect to");
    }

    private static ReportedPerson Reported(Person person) => new()
    {
        GivenName = person.Name.GivenName,
        FamilyName = person.Name.FamilyName,
        KnownAs = person.Name.KnownAs,
        DateOfBirth = person.DateOfBirth,
        NhsNumberAsGiven = person.NhsNumber?.Value,
        LasId = person.LasId,
        AddressLine1 = person.Address?.Line1,
        Town = person.Address?.Town,
        Postcode = person.Address?.Postcode.Value,
        Phone = person.Phones.Count > 0 ? person.Phones[0].Value : null,
        Email = person.Email,
    };

    private void AddTimeline(Guid contactId, string actor, TimelineEntryKind kind, string text, DateTimeOffset now) =>
        db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contactId, now, actor, kind, text));
}
