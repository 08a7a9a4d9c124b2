using FrontDoor.Core.Audit;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// People, upserted by their case-system id (LAS ID, Mosaic id). In FrontDoor's layout a column the export
/// leaves out leaves that field as FrontDoor holds it, so a change file can carry just the columns that change;
/// a column present but empty clears the field. FEBRL's layout (as <c>link</c> and <c>dedupe</c> read) maps
/// rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode and date_of_birth; its
/// postcodes are Australian, so an address is kept only where the postcode is a UK one.
/// </summary>
internal sealed class PeopleImport(PeopleLayout layout, DateOnly today) : CaseSystemRowImport<PeopleImport.Row>
{
    private const int MaxOtherNeedsLength = 500;
    private const int MaxLanguageLength = 60;

    private static readonly string[] AddressColumns = ["address_line1", "address_line2", "address_line3", "town", "postcode"];
    private static readonly string[] NeedsColumns = ["interpreter_language", "british_sign_language", "easy_read", "large_print", "other_communication_needs"];

    private Presence? _presence;

    public override CaseSystemFileKind Kind => CaseSystemFileKind.People;

    public override IReadOnlyCollection<string> Required { get; } = layout == PeopleLayout.Febrl
        ? ["rec_id", "given_name", "surname", "date_of_birth"]
        : ["person_id", "given_name", "family_name"];

    public override IReadOnlyDictionary<string, string> Aliases { get; } = layout == PeopleLayout.Febrl
        ? new Dictionary<string, string>()
        : new Dictionary<string, string>
        {
            ["las_id"] = "person_id", ["mosaic_id"] = "person_id", ["case_system_id"] = "person_id", ["client_id"] = "person_id",
            ["first_name"] = "given_name", ["forename"] = "given_name", ["surname"] = "family_name", ["last_name"] = "family_name",
            ["preferred_name"] = "known_as", ["maiden_name"] = "former_family_name", ["previous_family_name"] = "former_family_name",
            ["dob"] = "date_of_birth", ["nhs_no"] = "nhs_number", ["address_line_1"] = "address_line1", ["address_line_2"] = "address_line2",
            ["address_line_3"] = "address_line3", ["post_code"] = "postcode", ["phone"] = "phones", ["telephone"] = "phones",
            ["phone_numbers"] = "phones", ["email_address"] = "email", ["bsl"] = "british_sign_language", ["interpreter"] = "interpreter_language",
        };

    public override string IdColumn => layout == PeopleLayout.Febrl ? "rec_id" : "person_id";

    /// <summary>FEBRL's ids ("rec-12-dup-0") lose their hyphens: case-system ids are letters and digits.</summary>
    public override string? IdOf(CaseSystemCsv csv) =>
        layout == PeopleLayout.Febrl && csv["rec_id"] is { } recId ? new string(recId.Where(char.IsAsciiLetterOrDigit).ToArray()) : csv[IdColumn];

    public override bool TryRead(CaseSystemCsv csv, string id, out Row row, out string error)
    {
        _presence ??= layout == PeopleLayout.Febrl ? Presence.Febrl : Presence.Of(csv);
        row = null!;
        var given = csv["given_name"];
        var family = csv[layout == PeopleLayout.Febrl ? "surname" : "family_name"];
        var knownAs = csv["known_as"];
        var former = csv["former_family_name"];
        if (Missing(given, "given_name", out error) || Missing(family, layout == PeopleLayout.Febrl ? "surname" : "family_name", out error)
            || TooLong(given, "given_name", PersonName.MaxLength, out error) || TooLong(family, "family_name", PersonName.MaxLength, out error)
            || TooLong(knownAs, "known_as", PersonName.MaxLength, out error) || TooLong(former, "former_family_name", PersonName.MaxLength, out error))
        {
            return false;
        }

        DateOnly? dateOfBirth = null;
        if (csv["date_of_birth"] is { } dobText)
        {
            if (!CaseSystemValues.TryDate(dobText, out var dob))
            {
                error = $"date_of_birth is not a date {CaseSystemValues.DateExample}";
                return false;
            }

            if (dob > today || dob.Year < today.Year - 125)
            {
                error = dob > today ? "date_of_birth is in the future" : "date_of_birth is more than 125 years ago";
                return false;
            }

            dateOfBirth = dob;
        }

        NhsNumber? nhsNumber = null;
        if (csv["nhs_number"] is { } nhsText)
        {
            if (!NhsNumber.TryParse(nhsText, out var parsed, out _))
            {
                error = "nhs_number is not a valid NHS number (10 digits with a correct check digit)";
                return false;
            }

            nhsNumber = parsed;
        }

        if (!TryAddress(csv, out var address, out error) || !TryPhones(csv["phones"], out var phones, out error))
        {
            return false;
        }

        var email = csv["email"];
        if (email is not null && !Person.IsEmailAddress(email))
        {
            error = "email is not an email address, like name@example.com";
            return false;
        }

        if (!TryNeeds(csv, out var needs, out error))
        {
            return false;
        }

        row = new Row(id, given!, family!, knownAs, former, dateOfBirth, nhsNumber, address, phones, email, needs);
        return true;
    }

    public override async Task ApplyAsync(IReadOnlyList<NumberedRow<Row>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        var presence = _presence ?? Presence.Febrl;
        var ids = batch.Select(b => b.Row.Id).ToList();
        // The batch's ids as one parameter (a JSON array on SQLite, an array on PostgreSQL), not one parameter per id:
        // SQLite finds each named parameter by a linear scan, so two thousand of them bind in quadratic time.
        var people = await scope.Db.People.Where(p => EF.Parameter(ids).Contains(p.LasId!)).ToDictionaryAsync(p => p.LasId!, StringComparer.Ordinal, cancellationToken);
        var mergedAway = await scope.Db.CaseSystemAliases.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.CaseSystemId)).Select(a => a.CaseSystemId).ToListAsync(cancellationToken);
        var added = new List<Guid>();
        var changed = new List<Guid>();
        foreach (var (line, row) in batch)
        {
            if (mergedAway.Contains(row.Id, StringComparer.Ordinal))
            {
                tally.Refuse(line, $"{IdColumn} belongs to a record the case system merged into another; it cannot come back as a person of its own");
                continue;
            }

            if (!people.TryGetValue(row.Id, out var person))
            {
                person = new Person(Guid.CreateVersion7(scope.Now), row.Name(null), scope.Now);
                person.SetLasId(row.Id, scope.Now);
                Apply(person, row, presence, new FieldChanges(), scope.Now);
                scope.Db.People.Add(person);
                added.Add(person.Id);
                continue;
            }

            var changes = new FieldChanges();
            var returned = person.LeftCaseSystemAt is not null;
            if (!Apply(person, row, presence, changes, scope.Now) && !returned)
            {
                // Nothing to save: untracked, so saving the batch need not compare its every field again.
                scope.Db.Entry(person).State = EntityState.Detached;
                tally.Unchanged++;
                continue;
            }

            if (returned)
            {
                person.ReturnToCaseSystem(scope.Now);
            }

            scope.Db.Add(changes.ToChange(scope, Kind, person.Id, row.Id, returned ? CaseSystemChangeKind.Returned : CaseSystemChangeKind.Changed));
            changed.Add(person.Id);
        }

        tally.Added += added.Count;
        tally.Changed += changed.Count;
        if (added.Count > 0)
        {
            scope.Audit.Record(scope.Actor, AuditAction.Created, nameof(Person), null, scope.Origin, $"{added.Count} people added by the {scope.Describe}", added);
        }

        if (changed.Count > 0)
        {
            scope.Audit.Record(scope.Actor, AuditAction.Updated, nameof(Person), null, scope.Origin, $"{changed.Count} people changed by the {scope.Describe}", changed);
        }
    }

    public override async Task<List<string>> MissingFromAsync(IReadOnlySet<string> idsInFile, CaseSystemImportScope scope, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        await foreach (var id in scope.Db.People.AsNoTracking().Where(p => p.LasId != null && p.LeftCaseSystemAt == null).Select(p => p.LasId!).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!idsInFile.Contains(id))
            {
                missing.Add(id);
            }
        }

        return missing;
    }

    public override async Task EndAsync(IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        var people = await scope.Db.People.Where(p => ids.Contains(p.LasId!)).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.LeaveCaseSystem(scope.Now);
            scope.Db.Add(new CaseSystemChange(Guid.CreateVersion7(scope.Now), scope.Run.Id, Kind, person.Id, person.LasId, CaseSystemChangeKind.Ended, scope.Now));
        }

        tally.Ended += people.Count;
        scope.Audit.Record(scope.Actor, AuditAction.Updated, nameof(Person), null, scope.Origin,
            $"{people.Count} people marked as no longer in the case system by the {scope.Describe}", people.Select(p => p.Id));
    }

    /// <summary>Sets on the person what the row says, field group by field group; true when anything changed.</summary>
    private static bool Apply(Person person, Row row, Presence presence, FieldChanges changes, DateTimeOffset now)
    {
        var name = row.Name(person.Name, presence);
        var changedAny = false;
        if (changes.Compare("given_name", person.Name.GivenName, name.GivenName) | changes.Compare("family_name", person.Name.FamilyName, name.FamilyName)
            | changes.Compare("known_as", person.Name.KnownAs, name.KnownAs) | changes.Compare("former_family_name", person.Name.FormerFamilyName, name.FormerFamilyName))
        {
            person.Rename(name, now);
            changedAny = true;
        }

        if (presence.DateOfBirth && changes.Compare("date_of_birth", person.DateOfBirth, row.DateOfBirth))
        {
            person.SetDateOfBirth(row.DateOfBirth, now);
            changedAny = true;
        }

        if (presence.NhsNumber && changes.Compare("nhs_number", person.NhsNumber?.Value, row.NhsNumber?.Value))
        {
            person.SetNhsNumber(row.NhsNumber, now);
            changedAny = true;
        }

        if (presence.Address && changes.Compare("address", person.Address, row.Address))
        {
            // The case system moved them: the address before is kept, for records made back then.
            person.MoveHouse(row.Address, DateOnly.FromDateTime(now.UtcDateTime), now);
            changedAny = true;
        }

        if (presence.Phones && changes.Compare("phones", string.Join("; ", person.Phones.Select(p => p.Value)), string.Join("; ", row.Phones.Select(p => p.Value))))
        {
            person.SetPhones(row.Phones, now);
            changedAny = true;
        }

        if (presence.Email && changes.Compare("email", person.Email, row.Email))
        {
            person.SetEmail(row.Email, now);
            changedAny = true;
        }

        if (presence.CommunicationNeeds && changes.Compare("communication_needs", person.CommunicationNeeds, row.Needs))
        {
            person.SetCommunicationNeeds(row.Needs, now);
            changedAny = true;
        }

        return changedAny;
    }

    private bool TryAddress(CaseSystemCsv csv, out PostalAddress? address, out string error)
    {
        address = null;
        error = string.Empty;
        string? line1, line2, line3 = null, town, postcodeText;
        if (layout == PeopleLayout.Febrl)
        {
            line1 = string.Join(' ', new[] { csv["street_number"], csv["address_1"] }.Where(p => p is not null));
            line2 = csv["address_2"];
            town = csv["suburb"];
            postcodeText = csv["postcode"];
            if (line1.Length == 0 || !UkPostcode.TryParse(postcodeText, out var febrlPostcode, out _))
            {
                return true;
            }

            address = new PostalAddress(line1, line2, town, febrlPostcode);
            return true;
        }

        line1 = csv["address_line1"];
        line2 = csv["address_line2"];
        line3 = csv["address_line3"];
        town = csv["town"];
        postcodeText = csv["postcode"];
        if (line1 is null && line2 is null && line3 is null && town is null && postcodeText is null)
        {
            return true;
        }

        foreach (var (value, column) in new[] { (line1, "address_line1"), (line2, "address_line2"), (line3, "address_line3"), (town, "town") })
        {
            if (TooLong(value, column, PostalAddress.MaxLineLength, out error))
            {
                return false;
            }
        }

        if (line1 is null)
        {
            error = "address_line1 is empty but other address columns are not";
            return false;
        }

        if (!UkPostcode.TryParse(postcodeText, out var postcode, out _))
        {
            error = postcodeText is null ? "postcode is empty: an address needs one" : "postcode is not a UK postcode";
            return false;
        }

        address = new PostalAddress(line1, line2, town, postcode, line3);
        return true;
    }

    private static bool TryPhones(string? text, out IReadOnlyList<PhoneNumber> phones, out string error)
    {
        var list = new List<PhoneNumber>();
        phones = list;
        error = string.Empty;
        foreach (var part in (text ?? string.Empty).Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!PhoneNumber.TryParse(part, out var phone, out _))
            {
                error = "phones has a number that is not a UK phone number (separate several with ;)";
                return false;
            }

            list.Add(phone);
        }

        return true;
    }

    private static bool TryNeeds(CaseSystemCsv csv, out CommunicationNeeds needs, out string error)
    {
        needs = CommunicationNeeds.None;
        var language = csv["interpreter_language"];
        var other = csv["other_communication_needs"];
        if (TooLong(language, "interpreter_language", MaxLanguageLength, out error) || TooLong(other, "other_communication_needs", MaxOtherNeedsLength, out error))
        {
            return false;
        }

        var flags = new bool[3];
        string[] columns = ["british_sign_language", "easy_read", "large_print"];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!CaseSystemValues.TryYesNo(csv[columns[i]], out flags[i]))
            {
                error = $"{columns[i]} must be yes or no";
                return false;
            }
        }

        needs = new CommunicationNeeds(language, flags[0], flags[1], flags[2], other);
        return true;
    }

    private static bool Missing(string? value, string column, out string error)
    {
        error = value is null ? $"{column} is empty" : string.Empty;
        return value is null;
    }

    private static bool TooLong(string? value, string column, int max, out string error)
    {
        error = value is { Length: var length } && length > max ? $"{column} must be {max} characters or fewer" : string.Empty;
        return error.Length > 0;
    }

    internal sealed record Row(
        string Id, string GivenName, string FamilyName, string? KnownAs, string? FormerFamilyName, DateOnly? DateOfBirth, NhsNumber? NhsNumber,
        PostalAddress? Address, IReadOnlyList<PhoneNumber> Phones, string? Email, CommunicationNeeds Needs)
    {
        /// <summary>The row's name; where the export has no known_as or former_family_name column, the current one's.</summary>
        public PersonName Name(PersonName? current, Presence? presence = null) => new(
            GivenName,
            FamilyName,
            current is not null && presence is { KnownAs: false } ? current.KnownAs : KnownAs,
            current is not null && presence is { FormerFamilyName: false } ? current.FormerFamilyName : FormerFamilyName);
    }

    /// <summary>Which field groups the export carries: those it does not are left as they are.</summary>
    internal sealed record Presence(bool KnownAs, bool FormerFamilyName, bool DateOfBirth, bool NhsNumber, bool Address, bool Phones, bool Email, bool CommunicationNeeds)
    {
        public static Presence Febrl { get; } = new(false, false, true, false, true, false, false, false);

        public static Presence Of(CaseSystemCsv csv) => new(
            csv.Has("known_as"), csv.Has("former_family_name"), csv.Has("date_of_birth"), csv.Has("nhs_number"),
            AddressColumns.Any(csv.Has), csv.Has("phones"), csv.Has("email"), NeedsColumns.Any(csv.Has));
    }
}
