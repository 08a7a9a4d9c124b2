namespace FrontDoor.Core.Contacts.Email.CareProviders;

/// <summary>
/// A care provider's email domain that an administrator added from the staff pages, read beside the configured
/// <c>Intake:Mailbox:CareProviderDomains</c>: mail from it (or a sub-domain) is classed as from a care provider.
/// </summary>
public sealed class CareProviderDomain
{
    /// <summary>The longest a domain name can be (RFC 1035).</summary>
    public const int MaxDomainLength = 253;

    public const int MaxOrganisationNameLength = 200;

    public const int MaxAddedByLength = 200;

    public CareProviderDomain(Guid id, string domain, string? organisationName, string addedBy, DateTimeOffset addedAt)
    {
        Id = id;
        Domain = domain;
        OrganisationName = organisationName;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Lower case, with no "@" or scheme, such as "oakcare.co.uk"; unique.</summary>
    public string Domain { get; private set; }

    public string? OrganisationName { get; private set; }

    /// <summary>The administrator's name as it was when they added it.</summary>
    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
