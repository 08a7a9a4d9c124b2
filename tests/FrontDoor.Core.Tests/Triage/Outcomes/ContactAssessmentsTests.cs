using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Triage.Outcomes;

public sealed class ContactAssessmentsTests
{
    [Theory]
    [BothProviders]
    public async Task Save_KeepsTheAssessment_AndRecordsAnEventSayingWhatChanged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using (var db = database.CreateDbContext())
        {
            var changed = await Assessments(db, clock).SaveAsync(contactId, version, new ContactAssessmentAnswers
            {
                WhatMatters = "  Staying in her own home and seeing her grandchildren.  ",
                StrengthsAndNetworks = "Daughter visits daily; church friends.",
                OutcomesNotAchieved = [CareActOutcome.PersonalHygiene, CareActOutcome.ManagingNutrition, CareActOutcome.PersonalHygiene],
                HasCarer = true,
                CarerWantsAssessment = true,
                BenefitsAdvice = BenefitsAdviceOffer.Declined,
                FairerChargingExplained = false,
                AnnualIncomeGained = 1234.50m,
            }, Advisor, ct);
            Assert.Equal(["what matters", "strengths and networks", "eligibility outcomes", "carer", "carer's assessment wanted", "benefits advice", "Fairer Charging", "income gained"], changed);
        }

        await using var read = database.CreateDbContext();
        var saved = await read.Set<ContactAssessment>().AsNoTracking().SingleAsync(a => a.ContactId == contactId, ct);
        Assert.Equal("Staying in her own home and seeing her grandchildren.", saved.WhatMatters);
        Assert.Equal([CareActOutcome.ManagingNutrition, CareActOutcome.PersonalHygiene], saved.OutcomesNotAchieved);
        Assert.True(saved.MayHaveEligibleNeeds);
        Assert.Equal((true, true, BenefitsAdviceOffer.Declined, (bool?)false, (decimal?)1234.50m, "Asha Advisor"), (saved.HasCarer, saved.CarerWantsAssessment, saved.BenefitsAdvice, saved.FairerChargingExplained, saved.AnnualIncomeGained, saved.UpdatedBy));
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal(version + 1, contact.Version);
        var recorded = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.AssessmentRecorded, ct);
        Assert.Equal(("advisor-1", contact.Version, false), (recorded.ActorId, recorded.ContactVersion, recorded.IsHandOff));
        Assert.Equal("Changed: what matters, strengths and networks, eligibility outcomes, carer, carer's assessment wanted, benefits advice, Fairer Charging, income gained.", recorded.Reason);
        Assert.Contains(await read.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Updated && e.RecordId == contactId.ToString() && e.Detail == "contact assessment");

        // A second save says only what it changed; the same answers again change nothing and record nothing.
        await using (var db = database.CreateDbContext())
        {
            var again = new ContactAssessmentAnswers
            {
                WhatMatters = saved.WhatMatters, StrengthsAndNetworks = saved.StrengthsAndNetworks, OutcomesNotAchieved = saved.OutcomesNotAchieved,
                HasCarer = true, CarerWantsAssessment = true, BenefitsAdvice = BenefitsAdviceOffer.Declined, FairerChargingExplained = true, AnnualIncomeGained = 1234.50m,
            };
            Assert.Equal(["Fairer Charging"], await Assessments(db, clock).SaveAsync(contactId, contact.Version, again, Advisor, ct));
            Assert.Empty(await Assessments(db, clock).SaveAsync(contactId, contact.Version + 1, again, Advisor, ct));
        }

        Assert.Equal(2, await read.ContactEvents.CountAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.AssessmentRecorded, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Save_TooLongOrNegativeIncome_IsRefusedWithEveryProblem_AndNothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using var db = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<TriageRefusedException>(() => Assessments(db, clock).SaveAsync(contactId, version, new ContactAssessmentAnswers
        {
            WhatMatters = new string('a', ContactAssessment.MaxTextLength + 1),
            AnnualIncomeGained = -5m,
        }, Advisor, ct));

        Assert.Equal(["WhatMatters", "AnnualIncomeGained"], refused.Problems.Select(p => p.Field));
        Assert.Equal("What matters to the person must be 4,000 characters or fewer", refused.Problems[0].Message);
        await using var read = database.CreateDbContext();
        Assert.False(await read.Set<ContactAssessment>().AnyAsync(ct));
        Assert.Equal(version, await VersionAsync(database, contactId));
    }

    [Fact]
    public async Task Open_BeforeTheFirstSave_IsPrefilledFromIntakeAndTriageAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var clock = IntakeTestKit.Clock();
        var (contactId, _) = await OpenContactAsync(database, clock, IntakeTestKit.Submission() with
        {
            CommunicationNeeds = new CommunicationNeeds(InterpreterLanguage: "Polish", LargePrint: true),
            ImmediateRisk = new ImmediateRisk(InDangerNow: false, Details: "Falls at night on the stairs."),
            Answers = [new IntakeAnswer(ContactAssessments.WhatMattersAnswerKey, "What matters most?", "Getting back to the allotment."), new IntakeAnswer(ContactAssessments.MoneyAnswerKey, "Charging explained?", "yes")],
        });

        await using var db = database.CreateDbContext();
        var form = await Assessments(db, clock).OpenAsync(contactId, Advisor, ct);

        Assert.NotNull(form);
        Assert.Null(form.Saved);
        Assert.Equal("Getting back to the allotment.", form.Answers.WhatMatters);
        Assert.Equal("Falls at night on the stairs.", form.Answers.Risks);
        Assert.Equal("Interpreter: Polish; Large print", form.Answers.CommunicationNeeds);
        Assert.Equal((BenefitsAdviceOffer.Offered, (bool?)true), (form.Answers.BenefitsAdvice, form.Answers.FairerChargingExplained));
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Viewed && e.Detail == "contact assessment");
        Assert.Null(await Assessments(db, clock).OpenAsync(Guid.NewGuid(), Advisor, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Save_FromAStalePage_IsRefusedWithWhatChangedSince(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Work(db, clock).ClaimAsync(contactId, version, new AuditActor("advisor-2", "Bo Advisor", "Advisor"), ct);
        }

        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<ContactChangedException>(() => Assessments(late, clock).SaveAsync(contactId, version, PromptsAnswered, Advisor, ct));

        Assert.Equal(ContactEventKind.Assigned, Assert.Single(refused.ChangesSince).Kind);
        await using var read = database.CreateDbContext();
        Assert.False(await read.Set<ContactAssessment>().AnyAsync(ct));
    }
}
