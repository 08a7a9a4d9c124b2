using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Demo;

/// <summary>
/// Builds a deterministic synthetic county shaped like the seeds' baseline: about a third of people allocated,
/// a year of contacts across phone, email and online channels, about 35% of them about allocated people and
/// about 20% not for adult social care.
/// </summary>
public sealed class DemoCountyGenerator(DemoCountyOptions options)
{
    private const double AllocatedShare = 1.0 / 3;
    private const double AboutAllocatedShare = 0.35;
    private const double NotForAscShare = 0.20;
    private const int ReviewSeedSalt = 0x5EED;
    private const int CallsSeedSalt = 0xCA11;
    private const int SurveysSeedSalt = 0x5A7F;
    private const int DetailsSeedSalt = 0xD7A1;
    private const int FormerAddressSeedSalt = 0xADD5;
    private const int ChaseCallsSeedSalt = 0xC4A5;
    private const int ChaseCallDetailsSeedSalt = 0xC4DE;

    /// <summary>The demo county's front door advisor: not a sign-in, so no one's own work list fills with history.</summary>
    private static readonly Audit.AuditActor DemoAdvisor = new("demo-county-advisor", "Priya Shah", "Advisor");

    private static readonly (ContactChannel, double)[] Channels =
    [
        (ContactChannel.Phone, 62), (ContactChannel.Email, 24), (ContactChannel.PublicOnlineForm, 7),
        (ContactChannel.ProfessionalEForm, 4), (ContactChannel.PartnerApi, 1), (ContactChannel.FaceToFace, 1), (ContactChannel.Letter, 1),
    ];

    private static readonly (ContactSource, double)[] EmailSources =
    [
        (ContactSource.Ambulance, 18), (ContactSource.Police, 17), (ContactSource.GpOrPrimaryCare, 15), (ContactSource.Hospital, 9),
        (ContactSource.CareProvider, 11), (ContactSource.FamilyOrFriend, 14), (ContactSource.Self, 8), (ContactSource.OtherProfessional, 8),
    ];

    private static readonly (ContactSource, double)[] PhoneSources =
    [
        (ContactSource.Self, 34), (ContactSource.FamilyOrFriend, 30), (ContactSource.Carer, 10), (ContactSource.GpOrPrimaryCare, 5),
        (ContactSource.OtherProfessional, 8), (ContactSource.Hospital, 4), (ContactSource.CareProvider, 5), (ContactSource.Police, 2), (ContactSource.Internal, 2),
    ];

    private static readonly (ContactSource, double)[] ProfessionalSources =
    [
        (ContactSource.Police, 25), (ContactSource.Ambulance, 20), (ContactSource.GpOrPrimaryCare, 20), (ContactSource.Hospital, 15),
        (ContactSource.CareProvider, 12), (ContactSource.OtherProfessional, 8),
    ];

    private static readonly (ContactOutcome, double)[] AssessedOutcomes =
    [
        (ContactOutcome.InformationAndAdvice, 27), (ContactOutcome.Signposted, 15), (ContactOutcome.ReferredToReablement, 10),
        (ContactOutcome.ReferredToSafeguarding, 8), (ContactOutcome.ReferredToOccupationalTherapy, 10), (ContactOutcome.ReferredToMentalHealthAct, 3),
        (ContactOutcome.ReferredToCarersAssessment, 5), (ContactOutcome.ReferredToFinancialAssessment, 4), (ContactOutcome.ReferredToLocalityTeam, 13),
        (ContactOutcome.Withdrawn, 5),
    ];

    private static readonly ReferralField[] DemoMissingFacts =
        [ReferralField.DateOfBirth, ReferralField.ImmediateRisk, ReferralField.ConsentToSharing, ReferralField.Address, ReferralField.ReferrerPhoneOrEmail, ReferralField.PersonIsAware];

    private static readonly string[] Relationships = ["Daughter", "Son", "Wife", "Husband", "Neighbour", "Friend", "Niece", "Grandson"];

    private readonly DemoRandom _random = new(options.Seed);

    // The details the KPIs beyond volumes read (completeness, benefits advice, waiting and check-ins) draw from their
    // own stream, so adding them left every contact, call and outcome of the county as it was.
    private readonly DemoRandom _details = new(options.Seed ^ DetailsSeedSalt);

    // Their own draws, so adding chase calls left the rest of the county as it was.
    private readonly DemoRandom _chases = new(options.Seed ^ ChaseCallsSeedSalt);

    // And the calls' details theirs: who was called, whether it got through, the facts chased.
    private readonly DemoChaseCalls _chaseCalls = new(new DemoRandom(options.Seed ^ ChaseCallDetailsSeedSalt));
    private readonly List<Contacts.CallBacks.ContactOutboundCall> _outboundCalls = [];
    private readonly List<Triage.Assessment.ContactAssessment> _assessments = [];
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);
    private readonly List<(Contact Contact, Person About)> _awaitingReview = [];

    private DateTimeOffset WindowEnd => new(options.Until.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);

    private DateTimeOffset WindowStart => new(options.Until.AddMonths(-options.Months).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public GeneratedCounty Generate(IProgress<DemoSeedProgress>? progress = null)
    {
        progress?.Report(new DemoSeedProgress("Generating teams and workers", 0, 1));
        var teams = GenerateTeams();
        var workers = GenerateWorkers(teams);
        progress?.Report(new DemoSeedProgress("Generating people", 0, 1));
        var people = new DemoPeopleGenerator(_random, options.Until, options.DuplicateShare, new DemoRandom(options.Seed ^ FormerAddressSeedSalt), options.AddressHistory)
            .Generate(options.People);
        var allocations = GenerateAllocations(people, workers, teams);
        progress?.Report(new DemoSeedProgress("Generating contacts", 0, 1));
        var contacts = GenerateContacts(people, allocations);

        // Its own random stream, so describing these contacts leaves the rest of the county as it was.
        new DemoMatchReviews(new DemoRandom(options.Seed ^ ReviewSeedSalt), options.Matching).Run(people, _awaitingReview, progress);
        // Its own random stream too: the contacts are the same with or without the calls and referral rows.
        var (calls, referrals) = new DemoCallsAndReferrals(new DemoRandom(options.Seed ^ CallsSeedSalt)).Generate(contacts);
        var surveys = new DemoSurveys(new DemoRandom(options.Seed ^ SurveysSeedSalt)).Generate(contacts, people);
        return new GeneratedCounty(teams, workers, people, allocations, contacts) { Calls = calls, Referrals = referrals, Surveys = surveys, Assessments = _assessments, OutboundCalls = _outboundCalls };
    }

    private List<Team> GenerateTeams()
    {
        var teams = new List<Team>(options.Teams);
        for (var i = 0; i < options.Teams; i++)
        {
            var (name, _, weekends) = DemoTeams.Catalogue[i];
            var hours = weekends ? new OpeningHours(new TimeOnly(8, 0), new TimeOnly(20, 0), weekends: true) : OpeningHours.OfficeHours;
            var slug = new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
            var phone = PhoneNumber.Parse($"0116 496 {i:D4}");
            teams.Add(new Team(_random.NextGuid(), name, phone, $"{slug}@example.gov.uk", hours));
        }

        return teams;
    }

    private List<Worker> GenerateWorkers(List<Team> teams)
    {
        var workers = new List<Worker>(options.Workers);
        for (var i = 0; i < options.Workers; i++)
        {
            var teamIndex = i % teams.Count;
            var team = teams[teamIndex];
            var role = i < teams.Count ? WorkerRole.TeamManager : _random.Chance(0.75) ? DemoTeams.Catalogue[teamIndex].MainRole : WorkerRole.CommunitySupportWorker;
            var female = _random.Chance(0.7);
            var name = $"{_random.Pick(female ? UkNames.FemaleGiven : UkNames.MaleGiven)} {_random.Pick(UkNames.Family)}";
            var phone = PhoneNumber.Parse($"0116 496 {5000 + i % 5000:D4}");
            workers.Add(new Worker(_random.NextGuid(), name, role, team.Id, phone));
        }

        return workers;
    }

    private List<Allocation> GenerateAllocations(List<DemoPerson> people, List<Worker> workers, List<Team> teams)
    {
        var allocations = new List<Allocation>();
        var caseWorkers = workers.Where(w => w.Role != WorkerRole.TeamManager).ToList();
        foreach (var demoPerson in people)
        {
            var person = demoPerson.Person;
            var since = DateOnly.FromDateTime(person.CreatedAt.UtcDateTime);
            if (demoPerson.Likeness != DemoLikeness.Duplicate && _random.Chance(0.1))
            {
                var ended = options.Until.AddDays(-_random.Between(30, 900));
                var started = ended.AddDays(-_random.Between(20, 400));
                if (started >= since)
                {
                    var pastWorker = _random.Pick(caseWorkers);
                    allocations.Add(new Allocation(_random.NextGuid(), person.Id, pastWorker.Id, pastWorker.TeamId, started, RecordedOn(ended), ended));
                }
            }

            if (demoPerson.Likeness == DemoLikeness.Duplicate || !_random.Chance(AllocatedShare))
            {
                continue;
            }

            var from = Later(since, options.Until.AddDays(-_random.Between(1, 1_800)));
            if (_random.Chance(0.7))
            {
                var worker = _random.Pick(caseWorkers);
                allocations.Add(new Allocation(_random.NextGuid(), person.Id, worker.Id, worker.TeamId, from, RecordedOn(from)));
            }
            else
            {
                allocations.Add(new Allocation(_random.NextGuid(), person.Id, null, _random.Pick(teams).Id, from, RecordedOn(from)));
            }
        }

        return allocations;
    }

    // Demo allocations were recorded on the day they started, or on the day they ended for past ones.
    private static DateTimeOffset RecordedOn(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private List<Contact> GenerateContacts(List<DemoPerson> people, List<Allocation> allocations)
    {
        var total = options.ContactsPerMonth * options.Months;
        var contacts = new List<Contact>(total);
        var allocatedSince = allocations.Where(a => a.To is null).ToDictionary(a => a.PersonId, a => a.From);
        var byId = people.ToDictionary(p => p.Person.Id, p => p.Person);
        var allocatedPeople = allocatedSince.Keys.Select(id => byId[id]).ToList();
        var known = people.Where(p => p.Likeness != DemoLikeness.Duplicate).Select(p => p.Person).ToList();

        // Only the allocated share should be about allocated people, so the rest come from everyone else.
        var unallocated = known.Where(p => !allocatedSince.ContainsKey(p.Id)).ToList();

        // A person new this year arrives through the contact that created their record.
        foreach (var newcomer in known.Where(p => p.CreatedAt >= WindowStart))
        {
            var outcome = AssessedOutcome();
            var contact = NewContact(newcomer.CreatedAt, newcomer, outcome);
            contact.CreatedNewPerson(newcomer.Id);
            Progress(contact, outcome);
            contacts.Add(contact);
        }

        while (contacts.Count < total)
        {
            var at = RandomWorkingTime();
            var roll = _random.NextDouble();
            if (roll < AboutAllocatedShare && allocatedPeople.Count > 0)
            {
                var person = _random.Pick(allocatedPeople);
                if (DateOnly.FromDateTime(at.UtcDateTime) < allocatedSince[person.Id] || person.CreatedAt > at)
                {
                    continue;
                }

                var outcome = _random.Chance(0.75) ? ContactOutcome.RedirectedToAllocatedWorker : AssessedOutcome();
                contacts.Add(Matched(NewContact(at, person, outcome), person, outcome));
            }
            else if (roll < AboutAllocatedShare + NotForAscShare)
            {
                var person = _random.Pick(unallocated);
                var contact = NewContact(at, person, ContactOutcome.NotForAdultSocialCare);
                if (person.CreatedAt <= at && _random.Chance(0.3))
                {
                    contact.MatchTo(person.Id);
                }

                Progress(contact, ContactOutcome.NotForAdultSocialCare);
                contacts.Add(contact);
            }
            else
            {
                var person = _random.Pick(unallocated);
                if (person.CreatedAt > at)
                {
                    continue;
                }

                var outcome = AssessedOutcome();
                contacts.Add(Matched(NewContact(at, person, outcome), person, outcome));
            }
        }

        contacts.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        return contacts;
    }

    private Contact Matched(Contact contact, Person person, ContactOutcome outcome)
    {
        contact.MatchTo(person.Id);
        Progress(contact, outcome);

        // Some contacts still open came with too little to be sure who they are about: matching decides which.
        if (contact.Status == ContactStatus.Open && _random.Chance(0.2))
        {
            _awaitingReview.Add((contact, person));
        }

        return contact;
    }

    private Contact NewContact(DateTimeOffset at, Person person, ContactOutcome outcome)
    {
        var channel = _random.PickWeighted(Channels);
        var source = channel switch
        {
            ContactChannel.Email => _random.PickWeighted(EmailSources),
            ContactChannel.ProfessionalEForm or ContactChannel.PartnerApi => _random.PickWeighted(ProfessionalSources),
            ContactChannel.PublicOnlineForm => _random.Chance(0.55) ? ContactSource.Self : ContactSource.FamilyOrFriend,
            _ => _random.PickWeighted(PhoneSources),
        };
        var name = person.Name.KnownAs is { } knownAs ? $"{knownAs} {person.Name.FamilyName}" : person.Name.Display;
        var story = DemoStories.For(source, outcome, name, person.AgeOn(DateOnly.FromDateTime(at.UtcDateTime)), person.Address?.Town ?? "the county", _random);
        return new Contact(_random.NextGuid(), UniqueReference(), channel, source, at, story, CallerFor(source));
    }

    /// <summary>Moves a contact through its life as far as its age allows: older ones are closed with an outcome.</summary>
    private void Progress(Contact contact, ContactOutcome outcome)
    {
        var handledAt = contact.ReceivedAt.AddMinutes(_random.Between(5, 60 * 24 * 6));
        ScoreCompleteness(contact);
        var recent = contact.ReceivedAt > WindowEnd.AddDays(-14);
        if (contact.Channel == ContactChannel.Email && _random.Chance(0.004))
        {
            contact.NeedsAttention("The email's text could not be read: it was only an image attachment.", contact.ReceivedAt.AddMinutes(1));
            if (recent)
            {
                return;
            }
        }

        if (recent && handledAt > WindowEnd)
        {
            return;
        }

        contact.Open(contact.ReceivedAt.AddMinutes(1));

        // The standard queues: the demo is the product's own county, whatever a council configures.
        contact.MoveToQueue(WorkQueueOptions.Standard[0].Key, ContactRouting.ArrivedReason, contact.ReceivedAt.AddMinutes(1), ContactEvent.System);
        var referralType = ReferralTypes.ForOutcome(outcome);
        var referral = referralType is not null;
        if (recent && _random.Chance(0.45))
        {
            return;
        }

        // An advisor takes the contact on part way to its handling: the first thing a person did, which the
        // time-to-first-response KPI measures. No random draw, so the rest of the county is as it was.
        contact.AssignTo(DemoAdvisor.Id, DemoAdvisor.Name!, contact.ReceivedAt + ((handledAt - contact.ReceivedAt) / 4), DemoAdvisor);
        ChaseMissingFacts(contact, contact.ReceivedAt + ((handledAt - contact.ReceivedAt) / 3));
        Assess(contact, outcome, handledAt.AddSeconds(-30));

        var closeAt = referral ? handledAt.AddMinutes(1) : handledAt;
        if (referralType is { } type)
        {
            var team = WorkQueueOptions.Standard.First(q => q.TakesReferral(type));
            contact.PrioritiseByRules(_details.PickWeighted(Risks), ["Demo county: risk at referral"], handledAt.AddDays(1), handledAt);
            contact.Refer(type.DisplayName(), team.Key, null, handledAt, ContactEvent.System);
            if (recent && _random.Chance(0.5))
            {
                return;
            }

            // The team takes days or weeks: the person waits on its list, mostly kept in touch with, until it closes.
            closeAt = handledAt.AddDays(_details.Between(2, 60)).AddMinutes(_details.Between(0, 600));
            KeepInTouch(contact, handledAt, closeAt < WindowEnd ? closeAt : WindowEnd);
            if (closeAt > WindowEnd)
            {
                return;
            }
        }

        contact.Close(outcome, closeAt);
    }

    private ContactOutcome AssessedOutcome() => _random.PickWeighted(AssessedOutcomes);

    private Caller? CallerFor(ContactSource source) => source switch
    {
        ContactSource.Self => null,
        ContactSource.FamilyOrFriend or ContactSource.Carer => new Caller(RandomName(), source == ContactSource.Carer ? "Carer" : _random.Pick(Relationships), Phone: $"07700 900{_random.Digits(3)}"),
        ContactSource.Police => new Caller($"PC {RandomName()}", "Police officer", "Leicestershire Police", Email: "adult.concerns@example.police.uk"),
        ContactSource.Ambulance => new Caller(RandomName(), "Paramedic", "East Midlands Ambulance Service", Email: "referrals@example.nhs.uk"),
        ContactSource.GpOrPrimaryCare => new Caller($"Dr {RandomName()}", "GP", $"{_random.Pick(UkNames.Towns).Town} Health Centre", Email: "practice@example.nhs.uk"),
        ContactSource.Hospital => new Caller(RandomName(), "Discharge coordinator", "Leicester Royal Infirmary", Email: "discharge@example.nhs.uk"),
        ContactSource.CareProvider => new Caller(RandomName(), "Care manager", "Meadowbank Home Care Ltd", Phone: $"0116 496 0{_random.Digits(3)}"),
        ContactSource.Internal => new Caller(RandomName(), "Council officer", "Leicestershire County Council"),
        _ => new Caller(RandomName(), "Support worker", "Age UK Leicestershire & Rutland"),
    };

    private string RandomName() => $"{_random.Pick(_random.Chance(0.5) ? UkNames.FemaleGiven : UkNames.MaleGiven)} {_random.Pick(UkNames.Family)}";

    private ContactReference UniqueReference()
    {
        while (true)
        {
            var reference = ContactReference.FromRandom(_random.Next);
            if (_references.Add(reference.Value))
            {
                return reference;
            }
        }
    }

    /// <summary>Contacts come mostly in office hours on weekdays, as the seeds' call figures show.</summary>
    private DateTimeOffset RandomWorkingTime()
    {
        var days = (int)(WindowEnd - WindowStart).TotalDays;
        while (true)
        {
            var day = WindowStart.AddDays(_random.Next(days + 1));
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (weekend && !_random.Chance(0.1))
            {
                continue;
            }

            var minute = _random.Chance(0.9) ? _random.Between(8 * 60, 18 * 60) : _random.Next(24 * 60);
            return day.AddMinutes(minute);
        }
    }

    private static readonly (Triage.Flows.TriagePriority, double)[] Risks =
    [
        (Triage.Flows.TriagePriority.Urgent, 5), (Triage.Flows.TriagePriority.High, 25), (Triage.Flows.TriagePriority.Medium, 45), (Triage.Flows.TriagePriority.Low, 25),
    ];

    /// <summary>
    /// Advisors phone referrers for facts a referral lacked: most often for professional emails, sometimes for e-forms
    /// that arrived incomplete, now and then for the public (recorded as typed events with their details, as the call
    /// page records them).
    /// </summary>
    private void ChaseMissingFacts(Contact contact, DateTimeOffset at)
    {
        var professional = Insight.KpiCalculator.ProfessionalSources.Contains(contact.Source);
        var chance = contact.Channel switch
        {
            ContactChannel.Email when professional => 0.30,
            ContactChannel.ProfessionalEForm or ContactChannel.PartnerApi => contact.CompletenessScore == 100 ? 0.02 : 0.25,
            _ => professional ? 0.15 : 0.03,
        };
        if (_chases.Chance(chance))
        {
            const Contacts.CallBacks.OutboundCallPurpose chase = Contacts.CallBacks.OutboundCallPurpose.ChaseMissingInformation;
            var (called, gotThrough, facts, note) = _chaseCalls.For(contact, professional);
            var made = contact.RecordOutboundCall(chase, called, note, at, DemoAdvisor);
            _outboundCalls.Add(new Contacts.CallBacks.ContactOutboundCall(made.Id, contact.Id, at, chase, called, gotThrough, facts));
        }
    }

    /// <summary>A professional referral's completeness score as intake gives it: most e-forms complete, the partner API less so.</summary>
    private void ScoreCompleteness(Contact contact)
    {
        if (contact.Channel is ContactChannel.ProfessionalEForm or ContactChannel.PartnerApi)
        {
            var complete = _details.Chance(contact.Channel == ContactChannel.ProfessionalEForm ? 0.7 : 0.4);
            contact.ScoreCompleteness(complete ? 100 : _details.Between(62, 97));
            if (!complete)
            {
                // Below 100 for a required fact the referral lacked, or only for desirable ones (complete by the KPI).
                ReferralField[] missing = _chases.Chance(0.6) ? [_chases.Pick(DemoMissingFacts)] : [];
                contact.ScoreCompleteness(new CompletenessResult(contact.CompletenessScore!.Value, missing, []));
            }
        }
    }

    /// <summary>For a contact assessed, whether benefits advice was offered and now and then the income it gained.</summary>
    private void Assess(Contact contact, ContactOutcome outcome, DateTimeOffset at)
    {
        if (outcome is ContactOutcome.RedirectedToAllocatedWorker or ContactOutcome.NotForAdultSocialCare || !_details.Chance(0.6))
        {
            return;
        }

        var offer = _details.PickWeighted(BenefitsOffers);
        decimal? income = offer == Triage.Assessment.BenefitsAdviceOffer.Offered && _details.Chance(0.15) ? _details.Between(10, 120) * 50m : null;
        var assessment = new Triage.Assessment.ContactAssessment(contact.Id);
        assessment.Record(new Triage.Assessment.ContactAssessmentAnswers { BenefitsAdvice = offer, AnnualIncomeGained = income }, at, DemoAdvisor);
        contact.RecordAssessment("benefits advice", at, DemoAdvisor);
        _assessments.Add(assessment);
    }

    private static readonly (Triage.Assessment.BenefitsAdviceOffer, double)[] BenefitsOffers =
    [
        (Triage.Assessment.BenefitsAdviceOffer.Offered, 55), (Triage.Assessment.BenefitsAdviceOffer.NotOffered, 30), (Triage.Assessment.BenefitsAdviceOffer.Declined, 15),
    ];

    /// <summary>Check-ins on the waiting list by the schedule's intervals for the person's risk; about one in five is missed.</summary>
    private void KeepInTouch(Contact contact, DateTimeOffset referredAt, DateTimeOffset until)
    {
        var risk = contact.Priority ?? Triage.Flows.TriagePriority.Medium;
        var every = new WaitingWell.CheckInIntervals().For(risk);
        for (var at = referredAt + every; at < until; at += every)
        {
            if (_details.Chance(0.8))
            {
                contact.RecordCheckIn(risk, "By phone. Nothing changed. Agreed: keep waiting; call us if anything changes.", at, DemoAdvisor);
            }
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
