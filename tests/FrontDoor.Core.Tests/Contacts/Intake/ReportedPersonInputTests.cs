using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class ReportedPersonInputTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly ReportedPersonField[] Everything = Enum.GetValues<ReportedPersonField>();

    [Fact]
    public void Validate_ACleanPerson_HasNoErrors()
    {
        var person = new ReportedPersonInput
        {
            GivenName = "Edith",
            FamilyName = "Marsh",
            KnownAs = "Edie",
            FormerFamilyName = "Pickering",
            DateOfBirth = EnteredDate.FromBoxes("2", "3", "1948"),
            NhsNumber = "943 476 5919",
            LasId = "LAS123456",
            AddressLine1 = "14 Elm Road",
            AddressLine2 = "Shelthorpe",
            Town = "Loughborough",
            Postcode = "LE11 2TP",
            Phone = "07700 900123",
            Email = "edith@example.com",
        };

        Assert.Empty(person.Validate(Today, Everything));
    }

    [Fact]
    public void Validate_NothingGiven_AsksForEachRequiredField_InPageOrder_InTheVoiceOfTheForm()
    {
        var required = new[] { ReportedPersonField.Postcode, ReportedPersonField.GivenName, ReportedPersonField.DateOfBirth, ReportedPersonField.NhsNumber };

        Assert.Equal(
            [
                (ReportedPersonField.GivenName, "Enter the person's first name"),
                (ReportedPersonField.DateOfBirth, "Enter the person's date of birth"),
                (ReportedPersonField.NhsNumber, "Enter the person's NHS number"),
                (ReportedPersonField.Postcode, "Enter the person's postcode"),
            ],
            Errors(new ReportedPersonInput(), required));
        Assert.Equal("Enter your first name", Single(new ReportedPersonInput(), ReportedPersonField.GivenName, PersonVoice.You));
        Assert.Equal("Enter their last name", Single(new ReportedPersonInput { FamilyName = "   " }, ReportedPersonField.FamilyName, PersonVoice.They));
    }

    [Fact]
    public void Validate_OptionalFieldsLeftEmpty_AreFine()
    {
        Assert.Empty(new ReportedPersonInput { GivenName = "Edith", NhsNumber = " ", Postcode = "", DateOfBirth = EnteredDate.FromBoxes("", " ", null) }.Validate(Today));
    }

    [Theory]
    [InlineData(ReportedPersonField.GivenName, "First name must be 200 characters or fewer")]
    [InlineData(ReportedPersonField.FamilyName, "Last name must be 200 characters or fewer")]
    [InlineData(ReportedPersonField.KnownAs, "Preferred name must be 200 characters or fewer")]
    [InlineData(ReportedPersonField.FormerFamilyName, "Previous last name must be 200 characters or fewer")]
    [InlineData(ReportedPersonField.AddressLine1, "Address line 1 must be 200 characters or fewer")]
    [InlineData(ReportedPersonField.Town, "Town or city must be 200 characters or fewer")]
    public void Validate_TextAtIntakesLimit_IsFine_AndOneOver_SaysTheLimit(ReportedPersonField field, string message)
    {
        var atLimit = With(field, new string('a', IntakeLimits.MaxPersonFieldLength));
        var oneOver = With(field, new string('a', IntakeLimits.MaxPersonFieldLength + 1));
        var overButForSpaces = With(field, "  " + new string('a', IntakeLimits.MaxPersonFieldLength) + "  ");

        Assert.Empty(atLimit.Validate(Today));
        Assert.Empty(overButForSpaces.Validate(Today));
        Assert.Equal([(field, message)], Errors(oneOver));
    }

    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("  943 476 5919  ")]
    public void Validate_NhsNumberWithSpacesOrDashes_IsFine(string typed) =>
        Assert.Empty(new ReportedPersonInput { NhsNumber = typed }.Validate(Today, [ReportedPersonField.NhsNumber]));

    [Theory]
    [InlineData("943 476 5918", "Enter a real NHS number")]
    [InlineData("943-476-5910", "Enter a real NHS number")]
    [InlineData("943 476 591", "NHS number must be 10 digits")]
    [InlineData("94347659190", "NHS number must be 10 digits")]
    [InlineData("943 476 59I9", "NHS number must only include numbers 0 to 9 and spaces")]
    public void Validate_NhsNumberThatIsNotReal_SaysWhy(string typed, string message) =>
        Assert.Equal(message, Single(new ReportedPersonInput { NhsNumber = typed }, ReportedPersonField.NhsNumber));

    [Theory]
    [InlineData("le112tp")]
    [InlineData("LE11 2TP")]
    [InlineData(" le11  2tp ")]
    public void Validate_PostcodeInLowerCaseOrWithoutASpace_IsFine_AndIsKeptInItsNormalForm(string typed)
    {
        var person = new ReportedPersonInput { Postcode = typed };

        Assert.Empty(person.Validate(Today));
        Assert.Equal("LE11 2TP", person.ToReportedPerson(Today).Postcode);
    }

    [Theory]
    [InlineData("LE1 ABC")]
    [InlineData("12345")]
    [InlineData("not a postcode at all")]
    public void Validate_PostcodeThatIsNotReal_AsksForARealOne(string typed) =>
        Assert.Equal("Enter a real postcode, like LE11 2TP", Single(new ReportedPersonInput { Postcode = typed }, ReportedPersonField.Postcode));

    [Theory]
    [InlineData("+44 7700 900123", "07700 900123")]
    [InlineData("+447700900123", "07700 900123")]
    [InlineData("07700 900123", "07700 900123")]
    [InlineData("0116 496 0777", "0116 496 0777")]
    public void Validate_PhoneNumberWithPlus44OrUkForm_IsFine_AndIsKeptAsStaffDialIt(string typed, string kept)
    {
        var person = new ReportedPersonInput { Phone = typed };

        Assert.Empty(person.Validate(Today));
        Assert.Equal(kept, person.ToReportedPerson(Today).Phone);
    }

    [Theory]
    [InlineData("12", "Enter a telephone number, like 01632 960 001 or 07700 900 982")]
    [InlineData("phone me", "Enter a telephone number, like 01632 960 001 or 07700 900 982")]
    [InlineData("07700 900123 07700 900123 07700 900123 01", "Telephone number must be 40 characters or fewer")]
    public void Validate_PhoneNumberThatIsNotOne_SaysSo(string typed, string message) =>
        Assert.Equal(message, Single(new ReportedPersonInput { Phone = typed }, ReportedPersonField.Phone));

    [Theory]
    [InlineData("edith@example.com")]
    [InlineData("edith.marsh+care@mail.example.co.uk")]
    public void Validate_EmailAddress_IsFine(string typed) =>
        Assert.Empty(new ReportedPersonInput { Email = typed }.Validate(Today));

    [Theory]
    [InlineData("edith@")]
    [InlineData("edith@example")]
    [InlineData("edith marsh@example.com")]
    [InlineData("Edith <edith@example.com>")]
    [InlineData("edith@example.com.")]
    public void Validate_EmailAddressThatIsNotOne_AsksForTheCorrectFormat(string typed) =>
        Assert.Equal("Enter an email address in the correct format, like name@example.com", Single(new ReportedPersonInput { Email = typed }, ReportedPersonField.Email));

    [Fact]
    public void Validate_EmailAddressOverTheLimit_SaysTheLimit()
    {
        var tooLong = new string('a', IntakeLimits.MaxPersonFieldLength - 11) + "@example.com";

        Assert.Equal("Email address must be 200 characters or fewer", Single(new ReportedPersonInput { Email = tooLong }, ReportedPersonField.Email));
    }

    [Theory]
    [InlineData("31", "2", "1950", "Date of birth must be a real date")]
    [InlineData("2", "13", "1950", "Date of birth must be a real date")]
    [InlineData("2", "3", "48", "Date of birth must be a real date")]
    [InlineData("2", "March", "1948", "Date of birth must be a real date")]
    [InlineData("12", "", "1950", "Date of birth must include a month")]
    [InlineData("", "", "1950", "Date of birth must include a day and month")]
    [InlineData("3", "3", "2026", "Date of birth must be in the past")]
    [InlineData("31", "12", "1900", "Date of birth must be the same as or after 1 January 1901")]
    public void Validate_DateOfBirthInBoxes_UsesTheGovukDateInputMessages(string day, string month, string year, string message) =>
        Assert.Equal(message, Single(new ReportedPersonInput { DateOfBirth = EnteredDate.FromBoxes(day, month, year) }, ReportedPersonField.DateOfBirth));

    [Theory]
    [InlineData("2", "3", "2026")]
    [InlineData("1", "1", "1901")]
    [InlineData(" 2 ", "3", "1948")]
    public void Validate_DateOfBirthTodayOrWithin125Years_IsFine(string day, string month, string year) =>
        Assert.Empty(new ReportedPersonInput { DateOfBirth = EnteredDate.FromBoxes(day, month, year) }.Validate(Today, [ReportedPersonField.DateOfBirth]));

    [Theory]
    [InlineData("1950-02-31", "Date of birth must be a real date")]
    [InlineData("2027-03-02", "Date of birth must be in the past")]
    [InlineData("1900-12-31", "Date of birth must be the same as or after 1 January 1901")]
    [InlineData("2/3/1948", "Date of birth must be a real date written YYYY-MM-DD, like 1948-03-02")]
    [InlineData("1948-3-2", "Date of birth must be a real date written YYYY-MM-DD, like 1948-03-02")]
    public void Validate_DateOfBirthFromASystem_TheSameMessagesAsTheBoxes_AndTheFormatWhenItIsNotYyyyMmDd(string sent, string message) =>
        Assert.Equal(message, Single(new ReportedPersonInput { DateOfBirth = EnteredDate.FromIso(sent) }, ReportedPersonField.DateOfBirth));

    [Theory]
    [InlineData("31/02/1950", "Date of birth must be a real date")]
    [InlineData("2 March 2027", "Date of birth must be in the past")]
    public void Validate_DateOfBirthWrittenByAPerson_TheSameMessagesAsTheBoxes(string written, string message) =>
        Assert.Equal(message, Single(new ReportedPersonInput { DateOfBirth = EnteredDate.FromText(written) }, ReportedPersonField.DateOfBirth));

    [Fact]
    public void ToReportedPerson_TrimsEachValue_KeepsTheDateAsGiven_AndTheRealDateOnlyWhenItPasses()
    {
        var entered = new ReportedPersonInput
        {
            GivenName = "  Edith ",
            FamilyName = "Marsh",
            KnownAs = " ",
            FormerFamilyName = " Pickering ",
            DateOfBirth = EnteredDate.FromBoxes("2", "3", "1948"),
            NhsNumber = " 943 476 5919 ",
            AddressLine1 = " 14 Elm Road ",
            Town = "Loughborough",
            Email = " edith@example.com ",
        };

        var person = entered.ToReportedPerson(Today);

        Assert.Equal(("Edith", "Marsh", null, "Pickering"), (person.GivenName, person.FamilyName, person.KnownAs, person.FormerFamilyName));
        Assert.Equal(("1948-03-02", new DateOnly(1948, 3, 2)), (person.DateOfBirthAsGiven, person.DateOfBirth));
        Assert.Equal(("943 476 5919", "14 Elm Road", "edith@example.com"), (person.NhsNumberAsGiven, person.AddressLine1, person.Email));
        Assert.Equal("9434765919", person.ValidNhsNumber()?.Value);

        var impossible = (entered with { DateOfBirth = EnteredDate.FromBoxes("31", "2", "1950") }).ToReportedPerson(Today);
        var tooOld = (entered with { DateOfBirth = EnteredDate.FromIso("1850-01-01") }).ToReportedPerson(Today);
        Assert.Equal(("31/2/1950", null), (impossible.DateOfBirthAsGiven, impossible.DateOfBirth));
        Assert.Equal(("1850-01-01", null), (tooOld.DateOfBirthAsGiven, tooOld.DateOfBirth));
    }

    [Fact]
    public void WithoutBrokenValues_DropsWhatBreaksARule_ButKeepsTheDateAndNhsNumberAsGiven()
    {
        var read = new ReportedPersonInput
        {
            GivenName = "Edith",
            FamilyName = new string('a', IntakeLimits.MaxPersonFieldLength + 1),
            DateOfBirth = EnteredDate.FromText("31/02/1950"),
            NhsNumber = "943 476 5918",
            Postcode = "LE1 ABC",
            Phone = "12",
            Email = "edith@",
        };

        var person = read.WithoutBrokenValues(Today).ToReportedPerson(Today);

        Assert.Equal(("Edith", null, null, null, null), (person.GivenName, person.FamilyName, person.Postcode, person.Phone, person.Email));
        Assert.Equal(("31/02/1950", null), (person.DateOfBirthAsGiven, person.DateOfBirth));
        Assert.Equal("943 476 5918", person.NhsNumberAsGiven);
        Assert.Null(person.ValidNhsNumber());
    }

    [Fact]
    public void Error_NamesTheFieldAsJsonDoes() =>
        Assert.Equal("nhsNumber", new ReportedPersonError(ReportedPersonField.NhsNumber, "Enter a real NHS number").JsonName);

    private static ReportedPersonInput With(ReportedPersonField field, string value) => field switch
    {
        ReportedPersonField.GivenName => new() { GivenName = value },
        ReportedPersonField.FamilyName => new() { FamilyName = value },
        ReportedPersonField.KnownAs => new() { KnownAs = value },
        ReportedPersonField.FormerFamilyName => new() { FormerFamilyName = value },
        ReportedPersonField.AddressLine1 => new() { AddressLine1 = value },
        ReportedPersonField.Town => new() { Town = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static List<(ReportedPersonField, string)> Errors(ReportedPersonInput person, IReadOnlyCollection<ReportedPersonField>? required = null) =>
        [.. person.Validate(Today, required).Select(error => (error.Field, error.Message))];

    private static string Single(ReportedPersonInput person, ReportedPersonField field, PersonVoice voice = PersonVoice.ThePerson)
    {
        var error = Assert.Single(person.Validate(Today, [field], voice));
        Assert.Equal(field, error.Field);
        return error.Message;
    }
}
