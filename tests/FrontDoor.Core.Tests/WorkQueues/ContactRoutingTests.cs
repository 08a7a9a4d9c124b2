using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.WorkQueues;

public sealed class ContactRoutingTests
{
    private static readonly WorkQueueOptions Rules = new()
    {
        Routing =
        [
            new() { Name = "Online requests for assessment go to Home First", Channels = [ContactChannel.PublicOnlineForm], Queue = "home-first" },
            new() { Name = "Police safeguarding concerns go to the MASH", Sources = [ContactSource.Police], AnswerKey = "concern-types", AnswerContainsAny = ["abuse", "exploitation"], Queue = "mash" },
        ],
    };

    [Theory]
    [InlineData(ContactChannel.PublicOnlineForm, ContactSource.Self, null, "home-first", "Routing rule: Online requests for assessment go to Home First")]
    [InlineData(ContactChannel.ProfessionalEForm, ContactSource.Police, "Abuse or exploitation", "mash", "Routing rule: Police safeguarding concerns go to the MASH")]
    [InlineData(ContactChannel.ProfessionalEForm, ContactSource.Police, "Domestic abuse\nMissing or found wandering", "mash", "Routing rule: Police safeguarding concerns go to the MASH")]
    [InlineData(ContactChannel.ProfessionalEForm, ContactSource.Police, "Welfare: not coping at home", "tier-1", ContactRouting.ArrivedReason)]
    [InlineData(ContactChannel.ProfessionalEForm, ContactSource.Ambulance, "Abuse or exploitation", "tier-1", ContactRouting.ArrivedReason)]
    [InlineData(ContactChannel.Phone, ContactSource.Self, null, "tier-1", ContactRouting.ArrivedReason)]
    public async Task Arrival_GoesToTheFirstMatchingRulesQueue_OrTier1_WithTheRuleRecorded(ContactChannel channel, ContactSource source, string? concern, string queue, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var submission = IntakeTestKit.Submission() with
        {
            Channel = channel,
            Source = source,
            Answers = concern is null ? [] : [new IntakeAnswer("concern-types", "What are you concerned about?", concern)],
        };

        var receipt = await IntakeTestKit.Intake(db, clock, queues: Rules).ReceiveAndProcessAsync(submission, ct);

        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal((ContactStatus.Open, queue), (contact.Status, contact.QueueKey));
        var routed = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.QueueChanged, ct);
        Assert.Equal(((string?)null, queue, reason, "frontdoor"), (routed.From, routed.To, routed.Reason, routed.ActorId));
    }

    [Fact]
    public void Options_RuleToAnUnknownQueueOrWithNoConditions_IsRefusedAtStart()
    {
        var options = new WorkQueueOptions
        {
            Routing = [new() { Name = "Everything", Queue = "home-first" }, new() { Name = "Lost", Channels = [ContactChannel.Email], Queue = "nowhere" }],
            ArrivalQueue = "missing",
        };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        Assert.Contains("WorkQueues:Routing:0 has no conditions, so it would route every contact: give Channels, Sources or AnswerKey.", errors);
        Assert.Contains("WorkQueues:Routing:1:Queue \"nowhere\" is not one of WorkQueues:Queues.", errors);
        Assert.Contains("WorkQueues:ArrivalQueue \"missing\" is not one of WorkQueues:Queues.", errors);
    }
}
