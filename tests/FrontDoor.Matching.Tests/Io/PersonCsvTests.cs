using FrontDoor.Matching.Io;

namespace FrontDoor.Matching.Tests.Io;

public class PersonCsvTests
{
    private const string Header = "id,given_name,family_name,known_as,date_of_birth,nhs_number,las_id,house_number,address_line,town,postcode,phone,email";

    [Fact]
    public void Read_FrontDoorLayout_WithQuotes()
    {
        var csv = Header + "\n1,Ann,\"O'Neil, Jr\",,01/02/1950,,LAS1,3,\"High St\",Leicester,LE1 6ZG,,\n";
        var record = Assert.Single(PersonCsv.Read(new StringReader(csv), CsvLayout.FrontDoor));
        Assert.Equal("O'Neil, Jr", record.FamilyName);
        Assert.Equal("LAS1", record.LasId);
    }

    [Fact]
    public void Read_FebrlLayout_WithoutFinalNewline()
    {
        var csv = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\n"
            + "rec-1-org, chloe, nappo, 3, balonne street, , carnegie, 2068, wa, 19940201, 8222350";
        var record = Assert.Single(PersonCsv.Read(new StringReader(csv), CsvLayout.Febrl));
        Assert.Equal(("rec-1-org", "chloe", "8222350", "balonne street"), (record.Id, record.GivenName, record.NationalId, record.AddressLine));
    }

    [Fact]
    public void Read_FrontDoorLayout_WithTheOptionalFormerFamilyNameColumn()
    {
        var csv = Header + ",former_family_name\n1,Mary,Jones,,14/03/1948,,,,,,,,,Smith\n2,Ann,Lee,,,,,,,,,,,\n";
        var records = PersonCsv.Read(new StringReader(csv), CsvLayout.FrontDoor);
        Assert.Equal(["Smith", ""], records.Select(r => r.FormerFamilyName));
        Assert.Null(Assert.Single(PersonCsv.Read(new StringReader(Header + "\n1,Ann,Lee,,,,,,,,,,\n"), CsvLayout.FrontDoor)).FormerFamilyName);
    }

    [Fact]
    public void Read_FrontDoorLayout_AnyOtherExtraColumn_IsAWrongHeader()
    {
        var ex = Assert.Throws<CsvFormatException>(() => PersonCsv.Read(new StringReader(Header + ",maiden\n"), CsvLayout.FrontDoor));
        Assert.Equal(1, ex.LineNumber);
        Assert.Contains("optionally followed by ',former_family_name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadHeader_ThrowsWithLineOne()
    {
        var ex = Assert.Throws<CsvFormatException>(() => PersonCsv.Read(new StringReader("a,b,c\n"), CsvLayout.FrontDoor));
        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public void Read_WrongColumnCount_ThrowsWithLineNumber()
    {
        var csv = Header + "\n1,Ann,Smith,,,,,,,,,,\n2,Bob\n";
        var ex = Assert.Throws<CsvFormatException>(() => PersonCsv.Read(new StringReader(csv), CsvLayout.FrontDoor));
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Dedupe_BadInput_WritesNothing()
    {
        var output = new StringWriter();
        Assert.Throws<CsvFormatException>(() => LinkCommandRunner.Dedupe(new StringReader(Header + "\n1,2\n"), output, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Dedupe_WritesHeaderAndPairs()
    {
        var csv = Header + "\n"
            + "a,William,Hargreaves,,14/03/1948,9434765919,,12,Church Lane,Loughborough,LE11 3AB,,\n"
            + "b,Bill,Hargreaves,,14/03/1948,9434765919,,12,Church Lane,Loughborough,LE11 3AB,,\n"
            + "c,Mary,Smith,,01/01/1970,4010232137,,1,High Street,Leicester,LE1 6ZG,,\n";
        var output = new StringWriter();
        var summary = LinkCommandRunner.Dedupe(new StringReader(csv), output, cancellationToken: TestContext.Current.CancellationToken);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id1,id2,probability", lines[0]);
        Assert.StartsWith("a,b,", lines[1], StringComparison.Ordinal);
        Assert.Equal((3, 1), (summary.RecordsRead, summary.PairsWritten));
    }
}
