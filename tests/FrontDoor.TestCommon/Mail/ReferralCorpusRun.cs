using System.Globalization;
using System.Text;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.TestCommon.Mail;

/// <summary>What happened to one corpus email, against the truth about it.</summary>
public sealed record CorpusOutcome(CorpusEmail Email, ContactSource Source, ContactStatus Status, PersonMatchState State, Guid? LinkedTo, IReadOnlyList<Guid> Candidates, string FactsRead)
{
    public bool LinkedRight => State == PersonMatchState.Matched && LinkedTo == Email.About.Id;

    public bool LinkedWrong => State == PersonMatchState.Matched && LinkedTo != Email.About.Id;

    public bool ReviewedWithRightCandidate => State == PersonMatchState.NeedsReview && Candidates.Contains(Email.About.Id);

    /// <summary>Neither linked nor put to review with the right record: a person has to search.</summary>
    public bool Unmatched => !LinkedRight && !LinkedWrong && !ReviewedWithRightCandidate;

    public bool SourceRight => Source == Email.ExpectedSource;
}

/// <summary>
/// Runs a synthetic referral corpus through the real intake: people saved to the database, emails delivered to
/// Dovecot, one <see cref="MailboxReader"/> pass (classification, extraction, the production
/// <see cref="ProbabilisticContactMatcher"/> on a <see cref="PersonIndexHost"/> built from that database), then
/// each contact compared with the truth. Shared by the corpus test and the email bench.
/// </summary>
public static class ReferralCorpusRun
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<CorpusOutcome>> RunAsync(TestDatabase database, DovecotServer dovecot, int people, int perKind, int seed, CancellationToken cancellationToken)
    {
        var corpus = new ReferralCorpus(seed);
        var index = corpus.People(people);
        var emails = corpus.Emails(index, perKind);
        await using (var db = database.CreateDbContext())
        {
            foreach (var batch in index.Chunk(1000))
            {
                db.People.AddRange(batch.Select(p => ReferralCorpus.ToPerson(p, Now)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        var mailbox = await dovecot.CreateMailboxAsync();
        foreach (var batch in emails.Chunk(100))
        {
            await dovecot.DeliverAsync(mailbox, batch.Select(e => e.Message).ToList());
        }

        var clock = new FakeTimeProvider(Now);
        using var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()), clock);
        var matcher = new RecordingMatcher(new ProbabilisticContactMatcher(host));
        await using (var db = database.CreateDbContext())
        {
            await host.RebuildAsync(db, cancellationToken);
            var intake = TestContactIntake.Create(db, clock, matcher);
            var reader = new MailboxReader(db, intake, new SenderClassifier([ReferralCorpus.ListedCareProviderDomain]), Options.Create(mailbox), clock, NullLogger<MailboxReader>.Instance,
                Options.Create(new MessagesOptions { StaffSiteUrl = new Uri("https://frontdoor.example.gov.uk/") }));
            await reader.ReadOnceAsync(cancellationToken);
        }

        await using (var db = database.CreateDbContext())
        {
            var messages = await db.EmailMessages.AsNoTracking().ToDictionaryAsync(m => m.MessageId, m => m.ContactId, cancellationToken);
            var contacts = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
            return emails.Select(e =>
            {
                var contact = contacts[messages[e.Message.MessageId ?? string.Empty]];
                var candidates = matcher.CandidatesFor(contact.ReportedPerson);
                return new CorpusOutcome(e, contact.Source, contact.Status, contact.MatchState, contact.PersonId, candidates, FactsRead(contact.ReportedPerson, e.About));
            }).ToList();
        }
    }

    /// <summary>Which facts were read and whether each is the record's ("name+ dob- postcode?"): no personal data.</summary>
    private static string FactsRead(ReportedPerson read, SyntheticPerson truth)
    {
        static string Mark(string fact, object? value, bool right) => value is null ? $"{fact}?" : right ? $"{fact}+" : $"{fact}-";
        return string.Join(' ',
            Mark("given", read.GivenName, string.Equals(read.GivenName, truth.Given, StringComparison.OrdinalIgnoreCase)),
            Mark("family", read.FamilyName, string.Equals(read.FamilyName, truth.Family, StringComparison.OrdinalIgnoreCase)),
            Mark("dob", read.DateOfBirth, read.DateOfBirth == truth.DateOfBirth),
            Mark("nhs", read.NhsNumberAsGiven, read.NhsNumberAsGiven?.Replace(" ", string.Empty, StringComparison.Ordinal) == truth.NhsNumber.Replace(" ", string.Empty, StringComparison.Ordinal)),
            Mark("postcode", read.Postcode, read.Postcode == truth.Postcode));
    }

    /// <summary>The figures by sender kind, as a Markdown table for docs/benchmarks.md.</summary>
    public static string Table(IReadOnlyList<CorpusOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.AppendLine("| sender kind | emails | linked right | reviewed with the right candidate | unmatched | linked wrong | sender classed right |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in outcomes.GroupBy(o => o.Email.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine(Row(group.Key.ToString(), group.ToList()));
        }

        text.AppendLine(Row("**all**", outcomes));
        return text.ToString();
    }

    /// <summary>One line per email that was not linked right: kind, layout and what happened, never personal data.</summary>
    public static IEnumerable<string> Misses(IReadOnlyList<CorpusOutcome> outcomes) =>
        outcomes.Where(o => !o.LinkedRight || !o.SourceRight).Select(o =>
            $"{o.Email.Kind}/{o.Email.Layout}: {o.State}{(o.LinkedWrong ? " WRONG" : string.Empty)}{(o.ReviewedWithRightCandidate ? " (right candidate in review)" : string.Empty)}; source {o.Source} (expected {o.Email.ExpectedSource}); {o.Status}; read {o.FactsRead}");

    private static string Row(string name, IReadOnlyList<CorpusOutcome> group)
    {
        string Share(Func<CorpusOutcome, bool> predicate) => group.Count == 0 ? "-" : (group.Count(predicate) * 100.0 / group.Count).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return $"| {name} | {group.Count} | {Share(o => o.LinkedRight)} | {Share(o => o.ReviewedWithRightCandidate)} | {Share(o => o.Unmatched)} | {Share(o => o.LinkedWrong)} | {Share(o => o.SourceRight)} |";
    }

    /// <summary>The production matcher, remembering each decision's candidates (the contact keeps only its explanation).</summary>
    private sealed class RecordingMatcher(IContactPersonMatcher inner) : IContactPersonMatcher
    {
        private readonly Dictionary<ReportedPerson, IReadOnlyList<Guid>> _candidates = [];

        public async Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken)
        {
            var outcome = await inner.MatchAsync(reported, cancellationToken);
            _candidates[reported] = outcome.Candidates;
            return outcome;
        }

        public IReadOnlyList<Guid> CandidatesFor(ReportedPerson reported) => _candidates.TryGetValue(reported, out var candidates) ? candidates : [];
    }
}
