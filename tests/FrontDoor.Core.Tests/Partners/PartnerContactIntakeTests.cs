using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Partners;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Partners;

public sealed class PartnerContactIntakeTests
{
    [Theory]
    [BothProviders]
    public async Task Submit_SameKeyTwice_MakesOneContact_AndADifferentBodyIsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var (service, police) = await ArrangeAsync(db, "Testshire Police", ContactSource.Police, ct);

        var first = await service.SubmitAsync(police, Submission("{\"a\":1}"), "key-1", ct);
        var repeat = await service.SubmitAsync(police, Submission("{\"a\":1}"), "key-1", ct);
        var changed = await service.SubmitAsync(police, Submission("{\"a\":2}"), "key-1", ct);

        Assert.Equal(PartnerSubmissionOutcome.Created, first.Outcome);
        Assert.Equal(PartnerSubmissionOutcome.Repeated, repeat.Outcome);
        Assert.Equal(first.ContactId, repeat.ContactId);
        Assert.Equal(PartnerSubmissionOutcome.KeyReusedWithDifferentBody, changed.Outcome);
        Assert.Null(changed.Contact);
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal(ContactChannel.PartnerApi, contact.Channel);
        Assert.Equal(ContactSource.Police, contact.Source);
    }

    [Theory]
    [BothProviders]
    public async Task Submit_SameKeyFromTwoPartners_MakesTwoContacts_EachVisibleOnlyToItsSender(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var (service, police) = await ArrangeAsync(db, "Testshire Police", ContactSource.Police, ct);
        var (_, ambulance) = await ArrangeAsync(db, "Testshire Ambulance", ContactSource.Ambulance, ct);

        var fromPolice = await service.SubmitAsync(police, Submission("{}"), "shared-key", ct);
        var fromAmbulance = await service.SubmitAsync(ambulance, Submission("{}"), "shared-key", ct);

        Assert.NotEqual(fromPolice.ContactId, fromAmbulance.ContactId);
        Assert.NotNull(await service.FindForPartnerAsync(police, fromPolice.ContactId, null, ct));
        Assert.Null(await service.FindForPartnerAsync(police, fromAmbulance.ContactId, null, ct));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Refused && e.Actor == police.Actor, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Submit_WithASpaceInTheIdempotencyKey_IsRefusedNamingTheHeader(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var (service, police) = await ArrangeAsync(db, "Testshire Police", ContactSource.Police, ct);

        var ex = await Assert.ThrowsAsync<DomainValidationException>(() => service.SubmitAsync(police, Submission("{}"), "two words", ct));

        Assert.Equal("Idempotency-Key", ex.Field);
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    private static async Task<(PartnerContactIntake Service, PartnerIdentity Partner)> ArrangeAsync(FrontDoorDbContext db, string name, ContactSource source, CancellationToken ct)
    {
        var clock = IntakeTestKit.Clock();
        var issued = await new PartnerApiKeys(db, clock).IssueAsync(name, source, "admin", null, ct);
        var partner = await new PartnerApiKeys(db, clock).AuthenticateAsync(issued.PlainTextKey, ct);
        return (new PartnerContactIntake(db, clock, IntakeTestKit.Intake(db, clock)), partner!);
    }

    private static Core.Contacts.Intake.IntakeSubmission Submission(string body) =>
        IntakeTestKit.Submission() with { RawPayload = Encoding.UTF8.GetBytes(body) };
}
