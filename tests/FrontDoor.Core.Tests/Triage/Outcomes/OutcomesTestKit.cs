using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Triage.Outcomes;

/// <summary>The production assessment, referral and closing services over one DbContext, and contacts made by real intake.</summary>
internal static class OutcomesTestKit
{
    public static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    public static ContactWork Work(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Queues);

    public static WorkQueueCatalogue Queues { get; } = new(Options.Create(new WorkQueueOptions()));

    public static ContactAssessments Assessments(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock));

    public static ContactReferrals Referrals(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock), Queues);

    public static ContactClosing Closing(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock), Surveys(db, clock));

    public static SurveyInvitations Surveys(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, clock, Options.Create(new MessagesOptions { StaffSiteUrl = IntakeTestKit.StaffSiteUrl }));

    /// <summary>An open contact in the Tier 1 queue, through intake; returns its id and version.</summary>
    public static async Task<(Guid Id, int Version)> OpenContactAsync(TestDatabase database, TimeProvider clock, IntakeSubmission? submission = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateDbContext();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(submission ?? IntakeTestKit.Submission(), ct);
        return (receipt.ContactId, await VersionAsync(database, receipt.ContactId));
    }

    public static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The prompts a referral for services waits for, answered.</summary>
    public static ContactAssessmentAnswers PromptsAnswered { get; } = new() { BenefitsAdvice = BenefitsAdviceOffer.Offered, FairerChargingExplained = true };
}
