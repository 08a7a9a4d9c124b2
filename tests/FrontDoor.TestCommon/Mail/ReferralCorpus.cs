using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.People;
using MimeKit;

namespace FrontDoor.TestCommon.Mail;

/// <summary>The kinds of sender a referrals mailbox hears from, as the corpus reports them.</summary>
public enum ReferralKind
{
    Police,
    Ambulance,
    Gp,
    HospitalDischarge,
    CareProvider,
    Public,
    ForwardedByCouncilOfficer,
}

/// <summary>A synthetic person on the council's index: realistic UK name, a 999-range NHS number, an address.</summary>
public sealed record SyntheticPerson(Guid Id, string Given, string Family, DateOnly DateOfBirth, string NhsNumber, string Street, string Town, string Postcode);

/// <summary>One referral email and the truth about it: whom it is about and who really sent it.</summary>
public sealed record CorpusEmail(MimeMessage Message, ReferralKind Kind, string Layout, SyntheticPerson About, ContactSource ExpectedSource);

/// <summary>
/// Synthetic referral emails of every kind issue 15 saw missed, in varied layouts: labelled lines, HTML tables
/// without colons behind a "see HTML part" plain part, sentences with the date of birth beside the name,
/// lower-case public prose, GP letters without a title, discharge notices, forwards by a council officer. Each
/// carries a sender's signature (another name, another postcode) and often a carer, so extraction must find the
/// person the email is about. Deterministic for a seed. All people and addresses are invented.
/// </summary>
public sealed class ReferralCorpus(int seed)
{
    public const string ListedCareProviderDomain = "oakcare.co.uk";

    private static readonly string[] GivenNames =
    [
        "Margaret", "Doris", "Joan", "Patricia", "Barbara", "Jean", "Eileen", "Sheila", "Brenda", "Irene", "Maureen", "Dorothy", "Ada", "Edith",
        "Gwen", "Sylvia", "Pauline", "Valerie", "Gurpreet", "Parveen", "Shirin", "Bernadette", "Siobhan", "Krystyna", "Agnieszka", "Hazel",
        "John", "David", "Michael", "Peter", "Brian", "Kenneth", "Ronald", "Derek", "Keith", "Trevor", "Colin", "Raymond", "Harold", "Albert",
        "Stanley", "Dennis", "Mohammed", "Rajesh", "Harjit", "Amrit", "Tariq", "Desmond", "Winston", "Seamus", "Declan", "Tadeusz", "Graham",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker",
        "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Begum", "Mistry", "Chauhan", "Kaur", "Singh",
        "Hussain", "Ahmed", "O'Neill", "O'Brien", "McDonald", "Kowalski", "Nowak", "Campbell", "Stewart", "Murphy", "Kelly", "Hughes",
        "Edwards", "Turner", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "Harrison", "Baker", "Whitworth", "Bramley",
        "Ashby", "Fairbrother", "Oakley", "Pickering", "Smith-Jones", "Lloyd-Davies", "Okafor", "Mensah", "Nguyen", "Szymanski",
    ];

    private static readonly string[] Streets = ["Mill Lane", "High Street", "Church Road", "Station Road", "Park Avenue", "Victoria Street", "London Road", "Forest Road", "Main Street", "Oak Close", "Beech Drive", "Granby Street", "Narborough Road", "Meadow Way"];

    private static readonly (string Town, string Area, int From, int To)[] Towns =
    [
        ("Leicester", "LE", 1, 5), ("Loughborough", "LE", 11, 12), ("Melton Mowbray", "LE", 13, 14), ("Hinckley", "LE", 10, 10),
        ("Market Harborough", "LE", 16, 16), ("Coalville", "LE", 67, 67), ("Nottingham", "NG", 1, 9), ("Derby", "DE", 1, 3),
    ];

    private static readonly string[] Relations = ["mum", "mother", "dad", "father", "aunt", "uncle", "nan", "gran", "neighbour", "grandad"];

    private static readonly string[] AmbulanceDomains = ["emas.nhs.uk", "wmas.nhs.uk", "nwas.nhs.uk", "swast.nhs.uk", "secamb.nhs.uk", "scas.nhs.uk", "yas.nhs.uk", "neas.nhs.uk", "eastamb.nhs.uk", "londonambulance.nhs.uk"];

    private static readonly string[] Webmail = ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"];

    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly Random _random = new(seed);
    private int _nhsSerial;

    /// <summary>
    /// The people on the index: mostly strangers to each other, with a few households (a spouse or sibling sharing
    /// the family name and address), as a case system's index has few true duplicates.
    /// </summary>
    public List<SyntheticPerson> People(int count)
    {
        var people = new List<SyntheticPerson>(count);
        var used = new HashSet<(string, string, DateOnly)>();
        while (people.Count < count)
        {
            if (people.Count > 10 && _random.NextDouble() < 0.02)
            {
                // A household: same family name and address, different person.
                var other = people[_random.Next(people.Count)];
                var relative = other with { Id = Guid.CreateVersion7(), Given = Pick(GivenNames), DateOfBirth = BirthDate(), NhsNumber = NextNhsNumber() };
                if (relative.Given != other.Given && used.Add((relative.Given, relative.Family, relative.DateOfBirth)))
                {
                    people.Add(relative);
                }

                continue;
            }

            var (town, area, from, to) = Pick(Towns);
            var postcode = $"{area}{_random.Next(from, to + 1)} {_random.Next(1, 10)}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}";
            var person = new SyntheticPerson(Guid.CreateVersion7(), Pick(GivenNames), Pick(FamilyNames), BirthDate(), NextNhsNumber(), $"{_random.Next(1, 180)} {Pick(Streets)}", town, postcode);
            if (used.Add((person.Given, person.Family, person.DateOfBirth)))
            {
                people.Add(person);
            }
        }

        return people;
    }

    /// <summary><paramref name="perKind"/> emails of each kind, each about a person drawn from <paramref name="people"/>.</summary>
    public List<CorpusEmail> Emails(IReadOnlyList<SyntheticPerson> people, int perKind)
    {
        var emails = new List<CorpusEmail>();
        foreach (var kind in Enum.GetValues<ReferralKind>())
        {
            for (var i = 0; i < perKind; i++)
            {
                emails.Add(Email(kind, people[_random.Next(people.Count)], i));
            }
        }

        return emails;
    }

    public static Person ToPerson(SyntheticPerson person, DateTimeOffset now)
    {
        var record = new Person(person.Id, new PersonName(person.Given, person.Family), now);
        record.SetDateOfBirth(person.DateOfBirth, now);
        record.SetNhsNumber(Core.People.NhsNumber.Parse(person.NhsNumber), now);
        record.MoveTo(new PostalAddress(person.Street, null, person.Town, UkPostcode.Parse(person.Postcode)), now);
        return record;
    }

    private CorpusEmail Email(ReferralKind kind, SyntheticPerson truth, int index)
    {
        // Senders get people's details a little wrong as often as right: what the email says is not always the record.
        var (written, variation) = _random.NextDouble() switch
        {
            < 0.08 when Nicknames.TryGetValue(truth.Given, out var nickname) => (truth with { Given = nickname }, "+nickname"),
            < 0.14 => (truth with { Family = Typo(truth.Family) }, "+surname-typo"),
            < 0.20 => (truth with { Street = $"{_random.Next(1, 180)} {Pick(Streets)}", Postcode = $"{truth.Postcode[..^2]}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}" }, "+moved"),
            _ => (truth, string.Empty),
        };
        var email = WrittenEmail(kind, written, index);
        return email with { About = truth, Layout = email.Layout + variation };
    }

    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.Ordinal)
    {
        ["Margaret"] = "Maggie", ["Patricia"] = "Pat", ["Dorothy"] = "Dot", ["Barbara"] = "Babs", ["Kenneth"] = "Ken", ["Michael"] = "Mick",
        ["Peter"] = "Pete", ["Ronald"] = "Ron", ["Albert"] = "Bert", ["Raymond"] = "Ray", ["David"] = "Dave", ["Stanley"] = "Stan",
        ["Edith"] = "Edie", ["Valerie"] = "Val", ["Sylvia"] = "Syl", ["Harold"] = "Harry", ["Dennis"] = "Den", ["Trevor"] = "Trev",
    };

    // One slip of the keyboard: a doubled, dropped or swapped letter inside the name.
    private string Typo(string family)
    {
        if (family.Length < 5)
        {
            return family + family[^1];
        }

        var at = _random.Next(1, family.Length - 2);
        return _random.Next(3) switch
        {
            0 => family.Remove(at, 1),
            1 => family.Insert(at, family[at].ToString()),
            _ => string.Concat(family[..at], family[at + 1].ToString(), family[at].ToString(), family[(at + 2)..]),
        };
    }

    private CorpusEmail WrittenEmail(ReferralKind kind, SyntheticPerson p, int index)
    {
        var id = $"corpus-{seed}-{kind}-{index}@test.frontdoor";
        switch (kind)
        {
            case ReferralKind.Police:
                return Police(id, p);
            case ReferralKind.Ambulance:
                return Ambulance(id, p, index);
            case ReferralKind.Gp:
                return Gp(id, p, index);
            case ReferralKind.HospitalDischarge:
                return Hospital(id, p, index);
            case ReferralKind.CareProvider:
                return CareProvider(id, p, index);
            case ReferralKind.Public:
                return Public(id, p, index);
            default:
                var inner = (index % 4) switch
                {
                    0 => Police(id, p),
                    1 => Ambulance(id, p, index + 1),
                    2 => Hospital(id, p, index),
                    _ => CareProvider(id, p, 0),
                };
                return Forwarded(id, inner, index);
        }
    }

    private CorpusEmail Police(string id, SyntheticPerson p)
    {
        var layout = _random.Next(3);
        var officer = $"PC {_random.Next(1000, 9999)} {Pick(FamilyNames)}";
        var name = layout switch { 0 => $"{p.Given} {p.Family.ToUpperInvariant()}", 1 => $"{p.Family.ToUpperInvariant()}, {p.Given}", _ => $"{Title(p)} {p.Given} {p.Family}" };
        var dob = layout == 2 ? p.DateOfBirth.ToString("d MMMM yyyy", Gb) : p.DateOfBirth.ToString("dd/MM/yyyy", Gb);
        var text = $"""
            PPN - Adult concern

            Name: {name}
            DOB: {dob}
            Address: {p.Street}, {p.Town}, {p.Postcode}

            Officers attended following a concern for welfare call from a neighbour. {Pronoun(p)} was found on the floor
            and had been unable to get up. {Carer(p)}

            Regards
            {officer}
            Leicestershire Police, Mansfield House, 74 Belgrave Gate, Leicester LE1 3GG
            """;
        return new(Message(id, new MailboxAddress(officer, $"pc{_random.Next(1000, 9999)}@leicestershire.police.uk"), "Adult concern - PPN", text), ReferralKind.Police, $"police-{layout}", p, ContactSource.Police);
    }

    private CorpusEmail Ambulance(string id, SyntheticPerson p, int index)
    {
        var domain = AmbulanceDomains[index % AmbulanceDomains.Length];
        var from = new MailboxAddress("Safeguarding Referrals", $"safeguarding@{domain}");
        if (index % 2 == 0)
        {
            // The shape issue 15 saw: plain part "see HTML part", facts in a table whose label cells have no colon.
            var html = $"""
                <html><body><p>Referral following ambulance attendance.</p>
                <table border="1">
                <tr><td>Patient</td><td>{p.Given} {p.Family}</td></tr>
                <tr><td>DOB</td><td>{p.DateOfBirth.ToString("dd-MMM-yyyy", Gb)}</td></tr>
                <tr><td>NHS Number</td><td>{p.NhsNumber}</td></tr>
                <tr><td>Address</td><td>{p.Street}, {p.Town}, {p.Postcode}</td></tr>
                <tr><td>Crew</td><td>{Pick(GivenNames)} {Pick(FamilyNames)}, Paramedic</td></tr>
                </table>
                <p>Crew attended after a 999 call: fall at home, refused conveyance. {Carer(p)}</p>
                <p>Kind regards<br>Clinical Safeguarding Team<br>Ambulance HQ, 1 Horizon Place, Nottingham NG8 6PY</p>
                </body></html>
                """;
            var message = Message(id, from, "Adult safeguarding referral", string.Empty);
            message.Body = new MultipartAlternative
            {
                new TextPart("plain") { Text = "This message contains a referral. Please see HTML part." },
                new TextPart("html") { Text = html },
            };
            return new(message, ReferralKind.Ambulance, "ambulance-html-table", p, ContactSource.Ambulance);
        }

        var text = $"""
            Crew attended this patient following a 999 call.

            Patient: {p.Given} {p.Family.ToUpperInvariant()}
            D.O.B: {p.DateOfBirth.ToString("d MMMM yyyy", Gb)}
            NHS Number: {p.NhsNumber}
            Postcode: {p.Postcode.ToLowerInvariant()}

            Patient is struggling to manage at home. {Carer(p)}

            Many thanks
            Paramedic {Pick(GivenNames)} {Pick(FamilyNames)}
            """;
        return new(Message(id, from, "Referral to adult social care following ambulance attendance", text), ReferralKind.Ambulance, "ambulance-labelled", p, ContactSource.Ambulance);
    }

    private CorpusEmail Gp(string id, SyntheticPerson p, int index)
    {
        var doctor = $"Dr {Pick(GivenNames)} {Pick(FamilyNames)}";
        var from = new MailboxAddress("Castle Surgery", $"castle.surgery{index % 7}@nhs.net");
        if (index % 2 == 0)
        {
            // A letter: the patient's name with no title before it.
            var text = $"""
                Dear colleague,

                Re: {p.Given} {p.Family}  DOB {p.DateOfBirth.ToString("dd/MM/yyyy", Gb)}  NHS No {p.NhsNumber}
                {p.Street}, {p.Town} {p.Postcode}

                I would be grateful if you could assess this {Noun(p)}, who is struggling with personal care since a recent fall. {Carer(p)}

                Yours sincerely
                {doctor}
                Castle Surgery, 4 Castle Street, Leicester LE1 5WW
                """;
            return new(Message(id, from, "Request for social care assessment", text), ReferralKind.Gp, "gp-letter-no-title", p, ContactSource.GpOrPrimaryCare);
        }

        var html = Message(id, from, "Request for assessment", string.Empty);
        html.Body = new TextPart("html")
        {
            Text = $"""
                <html><body><p>Dear team,</p>
                <p><b>Patient name:</b> {Title(p)} {p.Given} {p.Family}<br>
                <b>Date of birth:</b> {p.DateOfBirth.ToString("d MMM yyyy", Gb)}<br>
                <b>NHS number:</b> {p.NhsNumber.Replace(" ", string.Empty, StringComparison.Ordinal)}<br>
                <b>Address:</b> {p.Street}, {p.Town}, {p.Postcode}</p>
                <p>Self-neglect concerns &amp; not eating; please assess.</p>
                <p>Best wishes<br>{doctor}<br>Castle Surgery</p></body></html>
                """,
        };
        return new(html, ReferralKind.Gp, "gp-html", p, ContactSource.GpOrPrimaryCare);
    }

    private CorpusEmail Hospital(string id, SyntheticPerson p, int index)
    {
        var coordinator = $"{Pick(GivenNames)} {Pick(FamilyNames)}";
        if (index % 2 == 0)
        {
            var text = $"""
                Patient: {p.Family.ToUpperInvariant()}, {p.Given}
                DOB: {p.DateOfBirth.ToString("yyyy-MM-dd", Gb)}
                NHS: {p.NhsNumber}
                Home address: {p.Street}, {p.Town}, {p.Postcode}

                Medically fit for discharge from Ward {_random.Next(1, 40)} on Friday; will need a package of care. {Carer(p)}

                Kind regards
                {coordinator}
                Discharge Coordinator, Integrated Discharge Team
                University Hospitals of Leicester NHS Trust
                """;
            return new(Message(id, new MailboxAddress(coordinator, $"{coordinator.Split(' ')[0].ToLowerInvariant()}.{index}@nhs.net"), "Discharge referral", text), ReferralKind.HospitalDischarge, "hospital-labelled-nhsnet", p, ContactSource.Hospital);
        }

        var prose = $"""
            Hello,

            {p.Given} {p.Family} ({p.DateOfBirth.ToString("dd.MM.yyyy", Gb)}) is medically fit for discharge and lives at {p.Street}, {p.Town} {p.Postcode}.
            NHS number {p.NhsNumber}. {Pronoun(p)} will need support with meals and medication.

            Thanks
            {coordinator}
            Ward {_random.Next(1, 40)}, Leicester Royal Infirmary
            """;
        return new(Message(id, new MailboxAddress("Discharge Hub", "discharge.hub@uhl-tr.nhs.uk"), $"Discharge planning: {p.Given[0]}{p.Family[0]}", prose), ReferralKind.HospitalDischarge, "hospital-prose-trust-domain", p, ContactSource.Hospital);
    }

    private CorpusEmail CareProvider(string id, SyntheticPerson p, int index)
    {
        var listed = index % 3 != 2;
        var domain = listed ? ListedCareProviderDomain : "sunrise-homecare.co.uk";
        var coordinator = $"{Pick(GivenNames)} {Pick(FamilyNames)}";
        var dob = (index % 2 == 0) ? $"({p.DateOfBirth.ToString("yyyy-MM-dd", Gb)})" : $", {Ordinal(p.DateOfBirth.Day)} {p.DateOfBirth.ToString("MMMM yyyy", Gb)},";
        var text = $"""
            Hi team,

            Just to let you know {p.Given} {p.Family} {dob} who we support at {p.Street}, {p.Town} {p.Postcode} has had two falls this week and our carers are worried about {Object(p)}. {Carer(p)}

            Kind regards
            {coordinator}
            Care Coordinator
            {(listed ? "Oak Care Ltd, 1 Station Road, Leicester LE1 1AA" : "Sunrise Homecare, Unit 4 Canal Street, Loughborough LE11 1AA")}
            """;
        return new(Message(id, new MailboxAddress(coordinator, $"office@{domain}"), "Falls update", text), ReferralKind.CareProvider, listed ? "care-provider-listed" : "care-provider-unlisted", p, listed ? ContactSource.CareProvider : ContactSource.OtherProfessional);
    }

    private CorpusEmail Public(string id, SyntheticPerson p, int index)
    {
        var relation = Relations[index % Relations.Length];
        var writer = $"{Pick(GivenNames)} {p.Family}";
        var from = new MailboxAddress(writer, $"{writer.Replace(" ", ".", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}@{Webmail[index % Webmail.Length]}");
        if (index % 2 == 0)
        {
            var text = $"hi, i am writing about my {relation} {p.Given.ToLowerInvariant()} {p.Family.ToLowerInvariant()}, born {p.DateOfBirth.ToString("dd.MM.yy", Gb)}, {Pronoun(p).ToLowerInvariant()} lives at {p.Street.ToLowerInvariant()} {p.Town.ToLowerInvariant()} {p.Postcode.ToLowerInvariant()} and is not coping since a fall. can someone help?\n\nthanks {writer.Split(' ')[0].ToLowerInvariant()}";
            return new(Message(id, from, "help please", text), ReferralKind.Public, "public-lower-case", p, ContactSource.FamilyOrFriend);
        }

        var prose = $"""
            Hello,

            I am worried about my {relation}, {p.Given} {p.Family}. {Pronoun(p)} was born on {p.DateOfBirth.ToString("d MMMM yyyy", Gb)} and lives on {Possessive(p)} own at {p.Street}, {p.Town}, {p.Postcode}.
            {Pronoun(p)} keeps forgetting to eat and had a fall last week.

            Thank you
            {writer}
            07700 900{_random.Next(100, 999)}
            """;
        return new(Message(id, from, $"Worried about my {relation}", prose), ReferralKind.Public, "public-prose", p, ContactSource.FamilyOrFriend);
    }

    private CorpusEmail Forwarded(string id, CorpusEmail original, int index)
    {
        var officer = $"{Pick(GivenNames)} {Pick(FamilyNames)}";
        var inner = original.Message;
        var sender = inner.From.Mailboxes.First();
        var innerText = inner.HtmlBody is { } html && (inner.TextBody is null || inner.TextBody.Contains("HTML part", StringComparison.Ordinal))
            ? Core.Contacts.Email.HtmlText.ToPlainText(html)
            : inner.TextBody ?? string.Empty;
        var header = index % 2 == 0
            ? $"---------- Forwarded message ---------\nFrom: {sender.Name} <{sender.Address}>\nDate: Mon, 2 Nov 2026 at 08:10\nSubject: {inner.Subject}\nTo: Jo Officer <jo.officer@leics.gov.uk>"
            : $"-----Original Message-----\nFrom: {sender.Name} <{sender.Address}>\nSent: 02 November 2026 08:10\nTo: Contact Centre <contact.centre@leics.gov.uk>\nSubject: {inner.Subject}";
        var text = $"Please can the front door pick this up - came to our team by mistake.\n\nThanks\n{officer}\nCustomer Services Officer, Leicestershire County Council\n\n{header}\n\n{innerText}";
        var message = Message(id, new MailboxAddress(officer, $"{officer.Split(' ')[0].ToLowerInvariant()}.officer@leics.gov.uk"), $"FW: {inner.Subject}", text);
        return new(message, ReferralKind.ForwardedByCouncilOfficer, $"forwarded-{original.Layout}", original.About, original.ExpectedSource);
    }

    private static MimeMessage Message(string id, MailboxAddress from, string subject, string text) => ReferralEmails.Build(id, from, subject, text);

    private string Carer(SyntheticPerson p) => _random.Next(3) switch
    {
        0 => $"{Possessive(p, capital: true)} daughter {Pick(GivenNames)} {p.Family} is {Possessive(p)} main carer and is exhausted.",
        1 => $"Neighbour {Pick(GivenNames)} {Pick(FamilyNames)} (07700 900{_random.Next(100, 999)}) checks in daily.",
        _ => string.Empty,
    };

    private static bool IsWoman(SyntheticPerson p) => Array.IndexOf(GivenNames, p.Given) is >= 0 and < 26;

    private static string Title(SyntheticPerson p) => IsWoman(p) ? "Mrs" : "Mr";

    private static string Pronoun(SyntheticPerson p) => IsWoman(p) ? "She" : "He";

    private static string Object(SyntheticPerson p) => IsWoman(p) ? "her" : "him";

    private static string Noun(SyntheticPerson p) => IsWoman(p) ? "lady" : "gentleman";

    private static string Possessive(SyntheticPerson p, bool capital = false) => (IsWoman(p), capital) switch
    {
        (true, true) => "Her",
        (true, false) => "her",
        (false, true) => "His",
        _ => "his",
    };

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private DateOnly BirthDate() => new DateOnly(1925, 1, 1).AddDays(_random.Next(0, 40 * 365));

    // 999 numbers are never issued to patients; the check digit is made valid (Modulus 11), skipping serials that have none.
    private string NextNhsNumber()
    {
        while (true)
        {
            var nine = (999_000_000 + (seed % 1000) * 1000 + ++_nhsSerial).ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (nine[i] - '0') * (10 - i);
            }

            var check = 11 - sum % 11;
            if (check == 10)
            {
                continue;
            }

            var digits = nine + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            return $"{digits[..3]} {digits[3..6]} {digits[6..]}";
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static readonly CultureInfo Gb = CultureInfo.GetCultureInfo("en-GB");
}
