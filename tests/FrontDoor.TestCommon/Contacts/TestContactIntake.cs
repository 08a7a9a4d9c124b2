using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDoor.TestCommon.Contacts;

/// <summary>The production intake pipeline over one DbContext, with routing and priority as the web app configures them by default.</summary>
public static class TestContactIntake
{
    public static ContactIntake Create(
        FrontDoorDbContext db,
        TimeProvider clock,
        IContactPersonMatcher matcher,
        IntakeOptions? intake = null,
        WorkQueueOptions? queues = null,
        MessagesOptions? messages = null) =>
        new(
            db,
            clock,
            matcher,
            Options.Create(intake ?? new IntakeOptions()),
            new ContactRouting(Options.Create(queues ?? new WorkQueueOptions())),
            new ContactPrioritiser(Options.Create(new TriageOptions())),
            new RepeatContacts(db, clock, Options.Create(new RepeatContactsOptions())),
            NullLogger<ContactIntake>.Instance,
            messages is null ? null : Options.Create(messages));
}
