using FrontDoor.Core.Contacts.Email;

namespace FrontDoor.Core.Tests.Contacts.Email;

/// <summary>The referral shapes issue 15 saw missed: tables without colons, dates in sentences, prose, lower case, no title.</summary>
public sealed class EmailFactExtractorReferralShapesTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly DateOnly AdaBorn = new(1944, 6, 3);

    [Fact]
    public void Extract_HtmlTableWithoutColons_ReadsEveryLabelledCell()
    {
        var text = HtmlText.ToPlainText("""
            <p>Please see patient details below.</p>
            <table>
              <tr><td>Patient</td><td>Ada Example</td></tr>
              <tr><td>DOB</td><td>03-Jun-1944</td></tr>
              <tr><td>NHS Number</td><td>999 000 0018</td></tr>
              <tr><td>Address</td><td>12 Mill Lane, Leicester, LE2 1AB</td></tr>
            </table>
            """);

        var facts = EmailFactExtractor.Extract(text, Today);

        Assert.Equal(("Ada", "Example", AdaBorn, "LE2 1AB", "12 Mill Lane"), (facts.Person.GivenName, facts.Person.FamilyName, facts.Person.DateOfBirth, facts.Person.Postcode, facts.Person.AddressLine1));
        Assert.Equal("999 000 0018", facts.Person.NhsNumberAsGiven);
        Assert.Equal(FactConfidence.High, facts.ConfidenceOf(ExtractedFact.Name));
    }

    [Theory]
    [InlineData("Patient | Ada Example\nDOB | 03-Jun-1944")]
    [InlineData("Patient\tAda Example\nDOB\t03-Jun-1944")]
    public void Extract_PlainTableRowsWithoutColons(string text)
    {
        var person = EmailFactExtractor.Extract(text, Today).Person;
        Assert.Equal(("Ada", "Example", AdaBorn), (person.GivenName, person.FamilyName, person.DateOfBirth));
    }

    [Theory]
    [InlineData("We attended Ada Example (03-Jun-1944) at home after a fall.")]
    [InlineData("We attended Ada Example, 03.06.44, at home after a fall.")]
    [InlineData("We attended Ada Example, 3rd June 1944, at home after a fall.")]
    [InlineData("We attended Ada Example (1944-06-03) at home after a fall.")]
    [InlineData("Ada Example DOB 03-Jun-1944 was found on the floor.")]
    public void Extract_DateNextToTheNameInASentence_IsTheDateOfBirth(string text)
    {
        var facts = EmailFactExtractor.Extract(text, Today);
        Assert.Equal(("Ada", "Example", AdaBorn), (facts.Person.GivenName, facts.Person.FamilyName, facts.Person.DateOfBirth));
        Assert.Equal(FactConfidence.Medium, facts.ConfidenceOf(ExtractedFact.DateOfBirth));
    }

    [Fact]
    public void Extract_CareProviderSentence_ReadsNameDateAndAddress()
    {
        var facts = EmailFactExtractor.Extract(
            "Hi team,\n\nJust to let you know Ada Example (1944-06-03) who we support at 12 Mill Lane, Leicester LE2 1AB has had two falls this week and our carers are worried.\n\nKind regards\nJo Brown\nCare Coordinator, Oak Care\n1 Station Road, Leicester LE1 1AA",
            Today);

        Assert.Equal(("Ada", "Example", AdaBorn, "LE2 1AB"), (facts.Person.GivenName, facts.Person.FamilyName, facts.Person.DateOfBirth, facts.Person.Postcode));
        Assert.Equal("12 Mill Lane", facts.Person.AddressLine1);
    }

    [Fact]
    public void Extract_PublicLowerCaseProse_ReadsTheNameAfterTheRelationshipAndTheLowerCasePostcode()
    {
        var facts = EmailFactExtractor.Extract(
            "hi, i am writing about my aunt ada example, born 03.06.44, she lives at 12 mill lane leicester le2 1ab and is not coping since her husband died. thanks sue",
            Today);

        Assert.Equal("ada", facts.Person.GivenName, ignoreCase: true);
        Assert.Equal("example", facts.Person.FamilyName, ignoreCase: true);
        Assert.Equal((AdaBorn, "LE2 1AB"), (facts.Person.DateOfBirth, facts.Person.Postcode));
    }

    [Fact]
    public void Extract_GpLetterWithTheNameAndNoTitle_ReadsTheName()
    {
        var facts = EmailFactExtractor.Extract(
            "Dear colleague,\n\nRe: Ada Example  DOB 03/06/1944  NHS No 999 000 0018\n12 Mill Lane, Leicester LE2 1AB\n\nI would be grateful if you could assess this lady, who is struggling at home.\n\nYours sincerely\nDr Sam Khan\nCastle Surgery, 4 Castle Street, Leicester LE1 5WW",
            Today);

        Assert.Equal(("Ada", "Example", AdaBorn, "LE2 1AB"), (facts.Person.GivenName, facts.Person.FamilyName, facts.Person.DateOfBirth, facts.Person.Postcode));
    }

    [Fact]
    public void Extract_NeverTakesTheSignatureOrTheCarer()
    {
        var facts = EmailFactExtractor.Extract(
            "Hello,\n\nI am worried about my mum. Her carer Bob Smith says she is not eating.\n\nMany thanks\nSue Example\nTel: 07700 900123\n14 Oak Road, Leicester LE1 1AA",
            Today);

        Assert.Null(facts.Person.FamilyName);
        Assert.Null(facts.Person.Postcode);
        Assert.Null(facts.Person.Phone);
    }

    [Fact]
    public void Extract_GivesAConfidenceForEachFactFound_AndNoneForFactsNotFound()
    {
        var facts = EmailFactExtractor.Extract("Name: Ada Example\nsomething about le2 1ab", Today);

        Assert.Equal(FactConfidence.High, facts.ConfidenceOf(ExtractedFact.Name));
        Assert.Equal(FactConfidence.Low, facts.ConfidenceOf(ExtractedFact.Postcode));
        Assert.Null(facts.ConfidenceOf(ExtractedFact.DateOfBirth));
    }

    [Theory]
    [InlineData("DOB: 03.06.25", 1925)]
    [InlineData("DOB: 03/06/48", 1948)]
    [InlineData("my nan edith example, born 03-06-25, lives alone", 1925)]
    public void Extract_TwoDigitBirthYear_IsNeverAYoungChild(string text, int year) =>
        Assert.Equal(new DateOnly(year, 6, 3), EmailFactExtractor.Extract(text, Today).Person.DateOfBirth);

    [Fact]
    public void Extract_CareProviderSentenceWithTheCarerNamedAfter_ReadsThePersonNotTheCarer()
    {
        var person = EmailFactExtractor.Extract(
            "Hi team,\n\nJust to let you know Raymond Ward (1925-11-11) who we support at 115 Oak Close, Melton Mowbray LE14 3PW has had two falls this week and our carers are worried about him. His daughter Irene Ward is his main carer and is exhausted.\n\nKind regards\nAlbert Lloyd-Davies",
            Today).Person;

        Assert.Equal(("Raymond", "Ward", new DateOnly(1925, 11, 11), "LE14 3PW"), (person.GivenName, person.FamilyName, person.DateOfBirth, person.Postcode));
    }
}
