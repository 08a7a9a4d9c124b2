using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Normalisation;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Tests.Indexing;

/// <summary>
/// The search's fast path (flat cheap-field table, frozen contiguous blocks, best-cheap-score-first second pass) must
/// find and rank exactly what comparing every record object in blocking order finds.
/// </summary>
public class SearchPassTests
{
    private static readonly UkSyntheticSet People = UkSyntheticSet.Generate(3000, seed: 7, duplicateShare: 0.1);

    [Fact]
    public void CheapFieldTable_GivesEveryPairTheLevelsTheRecordComparerGives()
    {
        var preparer = new RecordPreparer(NicknameTable.Default);
        var stored = People.Records.Concat(Awkward()).Select(r => preparer.Prepare(r, share: true)).ToList();
        var table = new CheapFieldTable(4);
        for (var slot = 0; slot < stored.Count; slot++)
        {
            table.Set(slot, stored[slot]);
        }

        var slots = stored.Cast<PreparedRecord?>().ToList();
        var queries = People.Records.Where((_, i) => i % 25 == 0).Concat(Awkward()).Concat(Queries().Take(200))
            .Select(r => preparer.Prepare(r, share: false)).ToList();
        var pairs = 0;
        foreach (var query in queries)
        {
            // A query with a national id is compared on the records themselves; no search query carries one.
            if (table.QueryFor(query) is not { } fast)
            {
                Assert.NotNull(query.NationalId);
                continue;
            }

            for (var slot = 0; slot < stored.Count; slot++)
            {
                var expected = default(ComparisonVector);
                RecordComparer.CompareCheapFields(query, stored[slot], ref expected);
                var actual = default(ComparisonVector);
                table.Compare(fast, slot, slots, ref actual);
                Assert.True(expected.Pattern == actual.Pattern, $"query {query.Id} against {stored[slot].Id}: {expected.Pattern:x} expected, {actual.Pattern:x} given");
                pairs++;
            }
        }

        Assert.True(pairs > 300_000);
    }

    [Fact]
    public void CheapFieldTable_FormerAddresses_AreComparedFromTheTableWithoutReadingAnyRecord()
    {
        var preparer = new RecordPreparer(NicknameTable.Default);
        // No LAS ID or email, so nothing in these records needs confirming on the record itself.
        var stored = Moved().Select(r => preparer.Prepare(r, share: true)).ToList();
        var table = new CheapFieldTable(4);
        for (var slot = 0; slot < stored.Count; slot++)
        {
            table.Set(slot, stored[slot]);
        }

        var unread = stored.Select(_ => (PreparedRecord?)null).ToList();
        var previousAddressPairs = 0;
        foreach (var query in Moved().Select(r => preparer.Prepare(r, share: false)))
        {
            var fast = table.QueryFor(query)!.Value;
            for (var slot = 0; slot < stored.Count; slot++)
            {
                var expected = default(ComparisonVector);
                RecordComparer.CompareCheapFields(query, stored[slot], ref expected);
                var actual = default(ComparisonVector);
                table.Compare(fast, slot, unread, ref actual);
                Assert.True(expected.Pattern == actual.Pattern, $"query {query.Id} against {stored[slot].Id}: {expected.Pattern:x} expected, {actual.Pattern:x} given");
                previousAddressPairs += actual.Levels[(int)MatchField.Postcode] == Levels.PostalCode.PreviousAddress ? 1 : 0;
            }
        }

        Assert.True(previousAddressPairs >= 8, $"{previousAddressPairs} pairs where one lives where the other lived");
    }

    [Fact]
    public void CheapFieldTable_ARecordUpdatedWithOtherFormerAddresses_IsComparedOnTheNewOnesOnly()
    {
        var preparer = new RecordPreparer(NicknameTable.Default);
        var table = new CheapFieldTable(4);
        var before = preparer.Prepare(new PersonRecord("moved") { GivenName = "Ada", FamilyName = "Example", Postcode = "NG1 5AA", PreviousAddresses = [new("12", null, "LE2 1AB"), new("3", null, "LE5 0AA")] }, share: true);
        var after = preparer.Prepare(new PersonRecord("moved") { GivenName = "Ada", FamilyName = "Example", Postcode = "NG1 5AA", PreviousAddresses = [new("7", null, "DE1 1AA")] }, share: true);
        var neighbour = preparer.Prepare(new PersonRecord("neighbour") { GivenName = "Bo", FamilyName = "Other", Postcode = "LE9 9ZZ", PreviousAddresses = [new("1", null, "CV1 1AA")] }, share: true);
        table.Set(0, before);
        table.Set(1, neighbour);
        table.Set(0, after);

        byte PostcodeLevel(string postcode, string house, int slot)
        {
            var v = default(ComparisonVector);
            var query = preparer.Prepare(new PersonRecord("q") { GivenName = "Ada", FamilyName = "Example", Postcode = postcode, HouseNumber = house }, share: false);
            table.Compare(table.QueryFor(query)!.Value, slot, [null, null], ref v);
            return v.Levels[(int)MatchField.Postcode];
        }

        Assert.NotEqual(Levels.PostalCode.PreviousAddress, PostcodeLevel("LE2 1AB", "12", 0));
        Assert.Equal(Levels.PostalCode.PreviousAddress, PostcodeLevel("DE1 1AA", "7", 0));
        Assert.Equal(Levels.PostalCode.PreviousAddress, PostcodeLevel("CV1 1AA", "1", 1));
    }

    [Fact]
    public void Match_FrozenAfterBuild_RanksExactlyAsAnIndexGrownRecordByRecord_AlsoAfterUpdatesAndRemovals()
    {
        var records = People.Records.Concat(Awkward()).ToList();
        using var built = PersonIndex.Build(records);
        using var grown = new PersonIndex(built.Model, expectedCount: 16);
        foreach (var record in records)
        {
            grown.Add(record);
        }

        AssertSameRankings(built, grown);

        // Changes after the bulk build go to chains in front of the frozen runs; removed records leave every run.
        foreach (var index in new[] { built, grown })
        {
            for (var i = 0; i < records.Count; i += 40)
            {
                index.Update(records[i] with { Postcode = "LE1 1AA", HouseNumber = "1" });
            }

            for (var i = 20; i < records.Count; i += 40)
            {
                Assert.True(index.Remove(records[i].Id));
            }

            index.Add(records[0] with { Id = "new-namesake" });
            index.Add(records[20] with { Id = "back-again" });
        }

        AssertSameRankings(built, grown);
    }

    [Fact]
    public void Match_QueryWithTheIdOfAStoredRecord_NeverReturnsThatRecord()
    {
        using var index = PersonIndex.Build(People.Records);
        var record = People.Records[10];

        var candidates = index.Match(record, 20).Candidates;

        Assert.DoesNotContain(candidates, c => c.Id == record.Id);
        Assert.Contains(index.Match(record with { Id = "someone-else" }, 20).Candidates, c => c.Id == record.Id);
    }

    private static void AssertSameRankings(PersonIndex a, PersonIndex b)
    {
        foreach (var query in Queries())
        {
            var left = a.Match(query, 21);
            var right = b.Match(query, 21);
            Assert.Equal(left.RecordsCompared, right.RecordsCompared);
            Assert.Equal(left.Candidates.Select(c => (c.Id, c.Weight)), right.Candidates.Select(c => (c.Id, c.Weight)));
        }
    }

    // Search-shaped queries typed from the records: name and date of birth, surname and date of birth, name and
    // postcode, NHS number, and the whole record under another id.
    private static IEnumerable<PersonRecord> Queries()
    {
        for (var i = 0; i < People.Records.Count; i += 9)
        {
            var r = People.Records[i];
            yield return (i % 5) switch
            {
                0 => new PersonRecord("q") { GivenName = r.GivenName, FamilyName = r.FamilyName, DateOfBirth = r.DateOfBirth },
                1 => new PersonRecord("q") { FamilyName = r.FamilyName, DateOfBirth = r.DateOfBirth },
                2 => new PersonRecord("q") { GivenName = r.KnownAs ?? r.GivenName, FamilyName = r.FamilyName, Postcode = r.Postcode },
                3 => new PersonRecord("q") { NhsNumber = r.NhsNumber, LasId = r.LasId },
                _ => r with { Id = "q" },
            };
        }
    }

    // Fields the county never has: partial and impossible dates, a postcode that is not British, shared LAS IDs and
    // emails, a national id on a stored record; and addresses lived at before.
    private static IEnumerable<PersonRecord> Awkward() => [.. AwkwardIdentifiers(), .. Moved()];

    private static IEnumerable<PersonRecord> AwkwardIdentifiers() =>
    [
        new("awk-1") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944", Postcode = "75001", LasId = "A123", Email = "ada@example.org" },
        new("awk-2") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "31/02/1944", Postcode = "LE2 1AB", LasId = "A123", Email = "ADA@example.org", HouseNumber = "12a" },
        new("awk-3") { GivenName = "Ada", FamilyName = "Exampel", DateOfBirth = "1944-06-03", Postcode = "LE2 1AD", NationalId = "1234567", HouseNumber = "12A", Phone = "0116 496 0000" },
        new("awk-4") { FamilyName = "Example", DateOfBirth = "1944-13-03", Postcode = "le21ab", NhsNumber = "943 476 5919" },
        new("awk-5") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "03/06/1944", Postcode = "LE2 1AB", NhsNumber = "943 476 5910" },
    ];

    // People who moved, with no LAS ID or email: former addresses in either direction, the same postcode at another
    // house, a house number on one side only, a former postcode nobody lives at now, and a current one that is close.
    private static IEnumerable<PersonRecord> Moved() =>
    [
        new("awk-6") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "03/06/1944", Postcode = "NG1 5AA", HouseNumber = "4", PreviousAddresses = [new("12a", null, "LE2 1AB"), new(null, null, "LE2 1AD")] },
        new("awk-7") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", PreviousAddresses = [new("12A", null, "le2 1ab")] },
        new("awk-8") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "LE2 1AB", HouseNumber = "9", PreviousAddresses = [new(null, null, "NG1 5AA")] },
        new("awk-9") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "LE2 1AD", HouseNumber = "12A", PreviousAddresses = [new("4", null, "NG1 5AA"), new("7", null, "ZZ9 9ZZ")] },
        new("awk-10") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "LE2 1AB", HouseNumber = "12b", PreviousAddresses = [new("4", null, "NG1 5AB")] },
        new("awk-11") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "NG1 5AB", HouseNumber = "4", PreviousAddresses = [new("7", null, "ZZ9 9ZZ"), new("12b", null, "LE2 1AB")] },
        new("awk-12") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "ZZ9 9ZZ", PreviousAddresses = [new(null, null, "LE2 1AD")] },
        new("awk-13") { GivenName = "Ada", FamilyName = "Example", DateOfBirth = "1944-06-03", Postcode = "LE3 1AA", HouseNumber = "7", PreviousAddresses = [new("7", null, "XX1 1XX")] },
    ];
}
