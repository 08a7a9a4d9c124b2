using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.WorkQueues;

public sealed class KnownStaffTests
{
    [Theory]
    [BothProviders]
    public async Task All_OffersOnlyStaffSignedInWithinTheActiveDays_UnderTheNameTheyLastUsed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        void SignIn(string id, string name) => new AuditLog(db, clock).Record(new AuditActor(id, name, "Advisor"), AuditAction.SignedIn, "StaffUser", id, null);

        SignIn("left-1", "Lee Leaver");
        SignIn("asha", "Asha Advisor");
        clock.Advance(TimeSpan.FromDays(40));
        SignIn("asha", "Asha Advisor-Smith");
        clock.Advance(TimeSpan.FromDays(50));
        SignIn("wes", "Wes Worker");
        await db.SaveChangesAsync(ct);

        // 90 days after the first sign-ins: Lee was last seen 90 days ago, exactly on the edge; a day later he is gone.
        var staff = new KnownStaff(db, clock, Options.Create(new WorkQueueOptions()));
        Assert.Equal(["Asha Advisor-Smith", "Lee Leaver", "Wes Worker"], (await staff.AllAsync(ct)).Select(s => s.Name));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(["asha", "wes"], (await staff.AllAsync(ct)).Select(s => s.Id));
        Assert.Equal(["wes"], (await new KnownStaff(db, clock, Options.Create(new WorkQueueOptions { AssignableStaffActiveDays = 30 })).AllAsync(ct)).Select(s => s.Id));
    }
}
