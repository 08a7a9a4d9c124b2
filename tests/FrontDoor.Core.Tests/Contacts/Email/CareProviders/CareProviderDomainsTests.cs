using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Email.CareProviders;

public sealed class CareProviderDomainsTests
{
    private static readonly AuditActor Admin = new("admin-subject", "Ada Admin", "Administrator");

    [Theory]
    [BothProviders]
    public async Task Add_TrimsAndLowerCases_StoresAuditsAndClassifiesMailFromItAtOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var list = new CareProviderDomainList(["oakcare.co.uk"]);
        var classifier = new SenderClassifier(list);
        Assert.Equal(ContactSource.OtherProfessional, classifier.Classify("manager@willowhomes.org.uk", "Referral", "Please call.").Source);

        var added = await new CareProviderDomains(db, list, TimeProvider.System).AddAsync("  WillowHomes.ORG.uk ", "Willow Homes", Admin, "127.0.0.1", null, ct);

        Assert.Equal("willowhomes.org.uk", added.Domain.Domain);
        Assert.Equal(ContactSource.CareProvider, classifier.Classify("manager@willowhomes.org.uk", "Referral", "Please call.").Source);
        Assert.Equal(ContactSource.CareProvider, classifier.Classify("a@mail.willowhomes.org.uk", "Referral", "Please call.").Source);
        var audit = Assert.Single(await db.AuditEvents.AsNoTracking().Where(a => a.RecordType == CareProviderDomains.RecordType).ToListAsync(ct));
        Assert.Equal(AuditAction.Created, audit.Action);
        Assert.Equal("admin-subject", audit.Actor);
        Assert.Equal(AuditEvent.IdOf(added.Domain.Id), audit.RecordId);
    }

    [Theory]
    [BothProviders]
    public async Task AStoredDomain_IsSeenByAnotherNode_OnItsRefresh(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var otherNode = new CareProviderDomainList([]);
        await otherNode.RefreshAsync(db, ct);
        await new CareProviderDomains(db, new CareProviderDomainList([]), TimeProvider.System).AddAsync("willowhomes.org.uk", null, Admin, null, null, ct);
        Assert.False(otherNode.Covers("willowhomes.org.uk"));

        await new FrontDoor.Core.Jobs.CareProviderDomainsRefresher(otherNode).RunAsync(new SingleDbServices(db), ct);

        Assert.True(otherNode.Covers("willowhomes.org.uk"));
    }

    [Theory]
    [BothProviders]
    public async Task Add_RefusesDuplicatesAndConfiguredDomains_AndRemove_TakesItOffAndAudits(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var list = new CareProviderDomainList(["oakcare.co.uk"]);
        var domains = new CareProviderDomains(db, list, TimeProvider.System);
        var added = await domains.AddAsync("willowhomes.org.uk", null, Admin, null, null, ct);

        var duplicate = await Assert.ThrowsAsync<DomainValidationException>(() => domains.AddAsync("WILLOWHOMES.org.uk", null, Admin, null, null, ct));
        var configured = await Assert.ThrowsAsync<DomainValidationException>(() => domains.AddAsync("oakcare.co.uk", null, Admin, null, null, ct));
        Assert.Equal("willowhomes.org.uk is already on the list", duplicate.Message);
        Assert.Equal("oakcare.co.uk is already on the list, from configuration", configured.Message);

        var listed = await domains.ListAsync(ct);
        Assert.Equal(["oakcare.co.uk", "willowhomes.org.uk"], listed.Select(d => d.Domain));
        Assert.True(listed[0].FromConfiguration);

        Assert.True(await domains.RemoveAsync(added.Domain.Id, Admin, null, ct));
        Assert.False(list.Covers("willowhomes.org.uk"));
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), a => a.Action == AuditAction.Removed && a.RecordId == AuditEvent.IdOf(added.Domain.Id));
    }

    [Theory]
    [InlineData("", "Enter the care provider's email domain, like oakcare.co.uk")]
    [InlineData("manager@oakcare.co.uk", "Enter the domain only, the part of the email address after the @, like oakcare.co.uk")]
    [InlineData("https://oakcare.co.uk", "Enter the email domain without http://, www. or a path, like oakcare.co.uk")]
    [InlineData("oakcare", "Enter a domain in the correct format, with letters, numbers, hyphens and at least one dot, like oakcare.co.uk")]
    [InlineData("oak_care.co.uk", "Enter a domain in the correct format, with letters, numbers, hyphens and at least one dot, like oakcare.co.uk")]
    [InlineData("gmail.com", "gmail.com is an email provider anyone can use: adding it would class members of the public as a care provider")]
    [InlineData("Hotmail.co.uk", "hotmail.co.uk is an email provider anyone can use: adding it would class members of the public as a care provider")]
    [InlineData("btinternet.com", "btinternet.com is an email provider anyone can use: adding it would class members of the public as a care provider")]
    [InlineData("nhs.net", "nhs.net is a police or NHS domain: those are classed by their own rules, so it cannot be a care provider here")]
    public void Check_RefusesWhatIsNotACareProvidersDomain_SayingWhy(string domain, string message) =>
        Assert.Equal(message, Assert.Throws<DomainValidationException>(() => CareProviderDomains.Check(domain)).Message);

    [Fact]
    public void Check_RefusesADomainLongerThan253Characters() =>
        Assert.Equal("Domain must be 253 characters or fewer",
            Assert.Throws<DomainValidationException>(() => CareProviderDomains.Check(string.Join('.', Enumerable.Repeat("abcdefghij", 24)))).Message);

    [Theory]
    [BothProviders]
    public async Task Add_FromAnUnconfirmedOrganisationsContact_ReclassesThatContactAsACareProvider(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.OtherProfessional, DateTimeOffset.UtcNow, "Please call.",
            new Caller("Willow Homes", SenderClassifier.UnconfirmedOrganisation, "willowhomes.org.uk", Email: "manager@willowhomes.org.uk"));
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        Assert.Equal("willowhomes.org.uk", CareProviderDomains.UnconfirmedDomainOf(contact.Source, contact.Caller));

        var added = await new CareProviderDomains(db, new CareProviderDomainList([]), TimeProvider.System).AddAsync("willowhomes.org.uk", null, Admin, null, contact.Id, ct);

        Assert.True(added.ContactReclassified);
        var reloaded = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct);
        Assert.Equal(ContactSource.CareProvider, reloaded.Source);
        Assert.Null(reloaded.Caller!.Relationship);
        Assert.Equal("willowhomes.org.uk", reloaded.Caller.Organisation);
        Assert.Contains(await db.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == contact.Id).ToListAsync(ct), e => e.Kind == FrontDoor.Core.Contacts.Timeline.TimelineEntryKind.SenderConfirmed);
    }

    private sealed class SingleDbServices(FrontDoorDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(FrontDoorDbContext) ? db : null;
    }
}
