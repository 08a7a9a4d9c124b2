namespace FrontDoor.Core.People;

/// <summary>
/// Someone the council's adult social care holds (or is about to hold) a record for. The LAS ID ties the
/// record to the case management system; the NHS number ties it to health partners.
/// </summary>
public sealed class Person
{
    public const int MaxLasIdLength = 20;
    public const int MaxEmailLength = 254;

    /// <summary>How many former addresses a record keeps, newest first; older ones say little about who a contact is.</summary>
    public const int MaxFormerAddresses = 10;

    private readonly List<PhoneNumber> _phones = [];
    private readonly List<FormerAddress> _formerAddresses = [];

    public Person(Guid id, PersonName name, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    // For EF Core materialisation.
    private Person()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The identifier in the council's case system (LAS, Mosaic, Eclipse…); null until the record exists there.</summary>
    public string? LasId { get; private set; }

    public NhsNumber? NhsNumber { get; private set; }

    public PersonName Name { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public PostalAddress? Address { get; private set; }

    public IReadOnlyList<PhoneNumber> Phones => _phones;

    /// <summary>
    /// Where the person lived before, newest first, as the case system's imports showed it. Only the case system writes
    /// it: a contact that reports a new address is one caller's word, and does not rewrite a person's history.
    /// </summary>
    public IReadOnlyList<FormerAddress> FormerAddresses => _formerAddresses;

    public string? Email { get; private set; }

    public CommunicationNeeds CommunicationNeeds { get; private set; } = CommunicationNeeds.None;

    public ContactPreferences ContactPreferences { get; private set; } = ContactPreferences.Default;

    /// <summary>The person said "do not ask me again" on a feedback survey: no more survey invitations.</summary>
    public bool DeclinesSurveys { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// When a full export from the case system last came without this record: kept, because contacts point to it,
    /// and shown as no longer in the case system. Null while the case system holds it (or never did).
    /// </summary>
    public DateTimeOffset? LeftCaseSystemAt { get; private set; }

    /// <summary>The record the case system merged this one into; a merged record is out of matching and search.</summary>
    public Guid? MergedIntoId { get; private set; }

    public bool IsMerged => MergedIntoId is not null;

    public void Rename(PersonName name, DateTimeOffset now)
    {
        Name = name;
        Touch(now);
    }

    public void SetLasId(string? lasId, DateTimeOffset now)
    {
        var trimmed = lasId?.Trim();
        if (trimmed is { Length: > MaxLasIdLength })
        {
            throw new DomainValidationException(nameof(LasId), $"LAS ID must be {MaxLasIdLength} characters or fewer");
        }

        if (trimmed is { Length: > 0 } && !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainValidationException(nameof(LasId), "LAS ID must only include letters and numbers");
        }

        LasId = string.IsNullOrEmpty(trimmed) ? null : trimmed.ToUpperInvariant();
        Touch(now);
    }

    public void SetNhsNumber(NhsNumber? nhsNumber, DateTimeOffset now)
    {
        NhsNumber = nhsNumber;
        Touch(now);
    }

    public void SetDateOfBirth(DateOnly? dateOfBirth, DateTimeOffset now)
    {
        if (dateOfBirth is { } dob)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (dob > today)
            {
                throw new DomainValidationException(nameof(DateOfBirth), "Date of birth must be in the past");
            }

            if (dob.Year < today.Year - 125)
            {
                throw new DomainValidationException(nameof(DateOfBirth), "Date of birth must be a real date within the last 125 years");
            }
        }

        DateOfBirth = dateOfBirth;
        Touch(now);
    }

    public void MoveTo(PostalAddress? address, DateTimeOffset now)
    {
        Address = address;
        Touch(now);
    }

    /// <summary>
    /// The case system says the person lives at <paramref name="address"/> now. When that is another dwelling (another
    /// postcode or house), the address before is kept first among the former addresses; a correction of the same
    /// dwelling's spelling is not a move. Moving back takes the address out of the former ones.
    /// </summary>
    public void MoveHouse(PostalAddress? address, DateOnly knownOn, DateTimeOffset now)
    {
        if (Address is { } before && address is not null && !FormerAddress.SameDwelling(before, address))
        {
            _formerAddresses.RemoveAll(f => FormerAddress.SameDwelling(f.Address, before) || FormerAddress.SameDwelling(f.Address, address));
            _formerAddresses.Insert(0, new FormerAddress(before, knownOn));
            if (_formerAddresses.Count > MaxFormerAddresses)
            {
                _formerAddresses.RemoveRange(MaxFormerAddresses, _formerAddresses.Count - MaxFormerAddresses);
            }
        }

        MoveTo(address, now);
    }

    /// <summary>The former addresses as the case system lists them (newest first); repeats and the current address left out.</summary>
    public void SetFormerAddresses(IEnumerable<FormerAddress> formerAddresses, DateTimeOffset now)
    {
        var kept = new List<FormerAddress>();
        foreach (var former in formerAddresses)
        {
            if ((Address is null || !FormerAddress.SameDwelling(former.Address, Address)) && !kept.Exists(k => FormerAddress.SameDwelling(k.Address, former.Address)))
            {
                kept.Add(former);
            }
        }

        _formerAddresses.Clear();
        _formerAddresses.AddRange(kept.Take(MaxFormerAddresses));
        Touch(now);
    }

    public void SetPhones(IEnumerable<PhoneNumber> phones, DateTimeOffset now)
    {
        // Read the new numbers before clearing: a caller may pass this record's own Phones back.
        var distinct = phones.Distinct().ToList();
        _phones.Clear();
        _phones.AddRange(distinct);
        Touch(now);
    }

    public void SetEmail(string? email, DateTimeOffset now)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Email = null;
        }
        else if (trimmed.Length > MaxEmailLength || !IsEmailShaped(trimmed))
        {
            throw new DomainValidationException(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }
        else
        {
            Email = trimmed;
        }

        Touch(now);
    }

    public void SetCommunicationNeeds(CommunicationNeeds needs, DateTimeOffset now)
    {
        CommunicationNeeds = needs;
        Touch(now);
    }

    public void SetContactPreferences(ContactPreferences preferences, DateTimeOffset now)
    {
        if (preferences.PreferredChannel == PreferredChannel.TextMessage && !preferences.ConsentsToSms)
        {
            throw new DomainValidationException(nameof(ContactPreferences), "Text messages can only be the preferred channel when the person consents to them");
        }

        ContactPreferences = preferences;
        Touch(now);
    }

    public void DeclineSurveys(DateTimeOffset now)
    {
        DeclinesSurveys = true;
        Touch(now);
    }

    /// <summary>A full export from the case system no longer lists this record.</summary>
    public void LeaveCaseSystem(DateTimeOffset now)
    {
        LeftCaseSystemAt = now;
        Touch(now);
    }

    /// <summary>The case system lists this record again (it was restored, or an export was short).</summary>
    public void ReturnToCaseSystem(DateTimeOffset now)
    {
        LeftCaseSystemAt = null;
        Touch(now);
    }

    /// <summary>
    /// The case system merged this record into <paramref name="keptPersonId"/>: its case-system id now belongs to
    /// the kept record (as an alias), so it is cleared here.
    /// </summary>
    public void MergeInto(Guid keptPersonId, DateTimeOffset now)
    {
        if (keptPersonId == Id)
        {
            throw new DomainValidationException(nameof(MergedIntoId), "A record cannot be merged into itself");
        }

        MergedIntoId = keptPersonId;
        LasId = null;
        Touch(now);
    }

    /// <summary>Age in whole years on a given day, if the date of birth is known.</summary>
    public int? AgeOn(DateOnly day) => AgeOn(DateOfBirth, day);

    /// <summary>Age in whole years on a given day of someone born on <paramref name="dateOfBirth"/>, if known.</summary>
    public static int? AgeOn(DateOnly? dateOfBirth, DateOnly day)
    {
        if (dateOfBirth is not { } dob)
        {
            return null;
        }

        var age = day.Year - dob.Year;
        return dob.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>The shape an email address must have to be kept on a record.</summary>
    public static bool IsEmailAddress(string value) => value.Length <= MaxEmailLength && IsEmailShaped(value);

    private static bool IsEmailShaped(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }

    private void Touch(DateTimeOffset now) => UpdatedAt = now;
}
