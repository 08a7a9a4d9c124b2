using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;

namespace FrontDoor.Core.Tests.Contacts.Email;

/// <summary>
/// Issue 15's target on a reduced corpus (a few dozen synthetic referral emails of every kind, through the real
/// intake and the production matcher on an index with few duplicates): none linked wrong, every person named at
/// least put to review with the right record, and every sender classed right. The full run is the email bench.
/// </summary>
[Collection(DovecotFixtureGroup.Name)]
public sealed class ReferralCorpusTests(DovecotServer dovecot)
{
    [Theory]
    [BothProviders]
    public async Task Corpus_EveryNamedPersonAtLeastReviewed_NoneLinkedWrong_SendersClassedRight(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var outcomes = await ReferralCorpusRun.RunAsync(database, dovecot, people: 400, perKind: 6, seed: 15, ct);

        var misses = string.Join("\n", ReferralCorpusRun.Misses(outcomes));
        Assert.Equal(42, outcomes.Count);
        Assert.DoesNotContain(outcomes, o => o.LinkedWrong);
        Assert.True(outcomes.All(o => o.SourceRight), misses);

        // Extraction's part: the person the email is about, read right whatever the layout (a nickname or a typo
        // the sender wrote is read as written, so only the facts they got right are checked).
        Assert.True(outcomes.All(o => o.FactsRead.Contains("dob+", StringComparison.Ordinal) && !o.FactsRead.Contains("given?", StringComparison.Ordinal) && !o.FactsRead.Contains("family?", StringComparison.Ordinal)), misses);

        // The target: every person named at least put to review with the right record, nine in ten linked.
        Assert.True(outcomes.All(o => o.LinkedRight || o.ReviewedWithRightCandidate), misses);
        Assert.True(outcomes.Count(o => o.LinkedRight) >= outcomes.Count * 9 / 10, ReferralCorpusRun.Table(outcomes) + misses);
    }
}
