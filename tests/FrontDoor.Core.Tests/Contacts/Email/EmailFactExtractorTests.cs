using FrontDoor.Core.Contacts.Email;

namespace FrontDoor.Core.Tests.Contacts.Email;

public sealed class EmailFactExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Theory]
    [InlineData("DOB: 02/03/1948", 1948, 3, 2)]
    [InlineData("D.O.B. 2/3/1948", 1948, 3, 2)]
    [InlineData("Date of birth: 2 March 1948", 1948, 3, 2)]
    [InlineData("Date of Birth - 2nd March 1948", 1948, 3, 2)]
    [InlineData("DOB: 1948-03-02", 1948, 3, 2)]
    [InlineData("dob 02.03.1948", 1948, 3, 2)]
    [InlineData("DOB: 2 Mar 1948", 1948, 3, 2)]
    [InlineData("DOB: 02/03/48", 1948, 3, 2)]
    [InlineData("Mrs Ann Lee (DOB 14/07/1939) was found on the floor.", 1939, 7, 14)]
    [InlineData("born on 5 September 1950", 1950, 9, 5)]
    public void Extract_DateOfBirthInManyFormats(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), EmailFactExtractor.Extract(text, Today).Person.DateOfBirth);

    [Theory]
    [InlineData("Name: Mary Jones (née Smith)", "Mary", "Jones", "Smith")]
    [InlineData("Name: Mrs Mary Jones nee Smith", "Mary", "Jones", "Smith")]
    [InlineData("Name: Mary Jones\nMaiden name: Smith", "Mary", "Jones", "Smith")]
    [InlineData("Forename: Mary\nSurname: Jones\nPrevious surname: Smith", "Mary", "Jones", "Smith")]
    [InlineData("Name: Mary Jones", "Mary", "Jones", null)]
    public void Extract_MaidenName_IsKeptApartFromTheNameNow(string text, string given, string family, string? former)
    {
        var person = EmailFactExtractor.Extract(text, Today).Person;
        Assert.Equal((given, family, former), (person.GivenName, person.FamilyName, person.FormerFamilyName));
    }

    [Theory]
    [InlineData("DOB: 31/02/1950")]
    [InlineData("DOB: 00/00/0000")]
    [InlineData("DOB: 12/13/1950")]
    [InlineData("DOB: 01/01/2030")]
    [InlineData("DOB: 01/01/1850")]
    [InlineData("DOB: unknown")]
    public void Extract_InvalidDateOfBirth_IsTreatedAsNotGiven(string text) =>
        Assert.Null(EmailFactExtractor.Extract(text, Today).Person.DateOfBirth);

    [Fact]
    public void Extract_InvalidDateOfBirth_KeepsWhatWasTyped() =>
        Assert.Equal("31/02/1950", EmailFactExtractor.Extract("DOB: 31/02/1950", Today).Person.DateOfBirthAsGiven);

    [Theory]
    [InlineData("NHS No: 943 476 5919", "943 476 5919")]
    [InlineData("NHS number 9434765919", "9434765919")]
    [InlineData("Patient's NHS is 943-476-5919 thanks", "943-476-5919")]
    [InlineData("ref 4010232137 attached", "4010232137")]
    public void Extract_NhsNumberWithOrWithoutSpaces(string text, string expected)
    {
        var person = EmailFactExtractor.Extract(text, Today).Person;
        Assert.Equal(expected, person.NhsNumberAsGiven);
        Assert.NotNull(person.ValidNhsNumber());
    }

    [Theory]
    [InlineData("Call me on 0116 232 3232")]
    [InlineData("Reference 1234567890")]
    [InlineData("Number 943 476 5918 in the text")]
    public void Extract_TenDigitsFailingModulus11_AreNotAnNhsNumber(string text) =>
        Assert.Null(EmailFactExtractor.Extract(text, Today).Person.NhsNumberAsGiven);

    [Fact]
    public void Extract_LabelledNhsNumberWithAWrongCheckDigit_IsKeptAsTypedButNotValid()
    {
        var person = EmailFactExtractor.Extract("NHS No: 943 476 5918", Today).Person;
        Assert.Equal("943 476 5918", person.NhsNumberAsGiven);
        Assert.Null(person.ValidNhsNumber());
    }

    [Theory]
    [InlineData("Name: Margaret Smith", "Margaret", "Smith")]
    [InlineData("Patient: Mrs Margaret Anne SMITH", "Margaret Anne", "SMITH")]
    [InlineData("Name: SMITH, Margaret", "Margaret", "SMITH")]
    [InlineData("Client name - John O'Neill-Brown", "John", "O'Neill-Brown")]
    [InlineData("Name: Ann Lee DOB: 14/07/1939", "Ann", "Lee")]
    [InlineData("Forename: Raj\nSurname: Patel", "Raj", "Patel")]
    [InlineData("> Service user: Zoë Ólafsdóttir", "Zoë", "Ólafsdóttir")]
    [InlineData("We visited Mrs Ann Lee, DOB 14/07/1939, at home.", "Ann", "Lee")]
    public void Extract_Names(string text, string given, string family)
    {
        var person = EmailFactExtractor.Extract(text, Today).Person;
        Assert.Equal((given, family), (person.GivenName, person.FamilyName));
    }

    [Theory]
    [InlineData("Name: please see the attached form for details of the person")]
    [InlineData("Dr John Patel, GP, Castle Surgery")]
    [InlineData("Name: 12345")]
    public void Extract_TextThatIsNotAName_GivesNoName(string text)
    {
        var person = EmailFactExtractor.Extract(text, Today).Person;
        Assert.Null(person.FamilyName);
    }

    [Fact]
    public void Extract_AddressWithPostcode()
    {
        var person = EmailFactExtractor.Extract("Address: 12 High Street, Shepshed, Loughborough, le11 2tp", Today).Person;
        Assert.Equal(("12 High Street", "Shepshed", "Loughborough", "LE11 2TP"), (person.AddressLine1, person.AddressLine2, person.Town, person.Postcode));
    }

    [Fact]
    public void Extract_AddressOnTheFollowingLines()
    {
        var person = EmailFactExtractor.Extract("Address:\n4 Mill Lane\nMelton Mowbray\nLE13 1AA\n\nThanks", Today).Person;
        Assert.Equal(("4 Mill Lane", "Melton Mowbray", "LE13 1AA"), (person.AddressLine1, person.Town, person.Postcode));
    }

    [Theory]
    [InlineData("Postcode: LE1 1AA", "LE1 1AA")]
    [InlineData("lives near LE3 9QP with her son", "LE3 9QP")]
    [InlineData("Postcode: NOT KNOWN", null)]
    public void Extract_Postcodes(string text, string? expected) =>
        Assert.Equal(expected, EmailFactExtractor.Extract(text, Today).Person.Postcode);

    [Fact]
    public void Extract_PhoneAndEmailAndLasId()
    {
        var person = EmailFactExtractor.Extract("Tel: 07700 900123\nEmail: pat@example.com\nLAS ID: 123456", Today).Person;
        Assert.Equal(("07700 900123", "pat@example.com", "123456"), (person.Phone, person.Email, person.LasId));
    }

    [Theory]
    [InlineData("She had a fall on the stairs", "fall")]
    [InlineData("Concerns of self-neglect and hoarding", "self-neglect")]
    [InlineData("Her grandson has taken money - possible financial abuse", "financial abuse")]
    [InlineData("His wife reports carer strain", "carer strain")]
    [InlineData("Ready for discharge from ward 7 on Monday", "discharge")]
    [InlineData("Concern for welfare call received", "concern for welfare")]
    public void Extract_IncidentTypes(string text, string expected) =>
        Assert.Contains(expected, EmailFactExtractor.Extract(text, Today).IncidentTypes);

    public static TheoryData<string> Garbage => new()
    {
        string.Empty,
        "   \n\n\t",
        "😀😃😄 Name: 😀 DOB: 😀/😀/😀 NHS: 😀😀😀",
        "Name:",
        ":::::\n:::\n- - -",
        new string('9', 10_000),
        string.Concat(Enumerable.Repeat("Name: A B C D E F G H ", 500)),
        string.Concat(Enumerable.Repeat("DOB: 1/1/1 ", 1000)),
        new string('\0', 10_000),
        string.Concat(Enumerable.Repeat("é\u0301\u200B\uFFFD", 3000)),
        string.Concat(Enumerable.Repeat("LE1 ", 3000)),
        string.Concat(Enumerable.Repeat("<p>&amp;", 2000)),
        string.Concat(Enumerable.Repeat("a", 200_000)),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Extract_Garbage_NeverThrows(string text)
    {
        var facts = EmailFactExtractor.Extract(text, Today);
        Assert.NotNull(facts.Person);
    }

    [Fact]
    public void Extract_Null_GivesNothing() => Assert.True(EmailFactExtractor.Extract(null, Today).Person.IsEmpty);

    [Fact]
    public void HtmlText_DropsMarkupScriptsAndStyles_AndDecodesEntities()
    {
        var text = HtmlText.ToPlainText("<html><head><style>b{}</style></head><body><p>Fish &amp; chips</p><script>evil()</script><div>Line&nbsp;two</div></body></html>");
        Assert.Equal("Fish & chips\n\nLine two", text);
    }
}
