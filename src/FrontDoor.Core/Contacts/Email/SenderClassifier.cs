using System.Text.RegularExpressions;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>Who sent an email, as far as its address and words tell, and which rule decided it.</summary>
public sealed record SenderClassification(ContactSource Source, string Rule);

/// <summary>
/// Classifies an email's sender by the From address's domain first (police forces, ambulance trusts, NHS,
/// the council's care providers), then by what the email says. Domains are the stronger evidence: anyone
/// can write "paramedic" in an email, but only an NHS organisation sends from nhs.net.
/// </summary>
public sealed partial class SenderClassifier(IEnumerable<string> careProviderDomains)
{
    // The English ambulance services' own domains; most also send from nhs.net, which words then decide.
    private static readonly string[] AmbulanceDomains =
    [
        "emas.nhs.uk", "wmas.nhs.uk", "eastamb.nhs.uk", "swast.nhs.uk", "nwas.nhs.uk", "yas.nhs.uk",
        "secamb.nhs.uk", "scas.nhs.uk", "neas.nhs.uk", "londonambulance.nhs.uk", "iow.nhs.uk",
    ];

    private readonly string[] _providerDomains = careProviderDomains
        .Select(d => d.Trim().TrimStart('@', '.').ToLowerInvariant())
        .Where(d => d.Length > 0)
        .ToArray();

    public SenderClassification Classify(string? fromAddress, string? subject, string? body)
    {
        // Bounded: who sent it shows at the top, and a 10 MB body must not slow the mailbox down.
        fromAddress = Bounded(fromAddress, 320);
        subject = Bounded(subject, 1000);
        var domain = DomainOf(fromAddress);
        var text = string.Concat(subject, "\n", Bounded(body, 4000));

        if (IsOrUnder(domain, "police.uk"))
        {
            return new(ContactSource.Police, "police.uk domain");
        }

        if (AmbulanceDomains.Any(d => IsOrUnder(domain, d)))
        {
            return new(ContactSource.Ambulance, "ambulance service domain");
        }

        if (IsOrUnder(domain, "nhs.net") || IsOrUnder(domain, "nhs.uk"))
        {
            if (AmbulanceWords().IsMatch(string.Concat(fromAddress, "\n", text)))
            {
                return new(ContactSource.Ambulance, "NHS domain with ambulance words");
            }

            return HospitalWords().IsMatch(subject ?? string.Empty)
                ? new(ContactSource.Hospital, "NHS domain with hospital words in the subject")
                : new(ContactSource.GpOrPrimaryCare, "NHS domain");
        }

        if (domain is not null && _providerDomains.Any(d => IsOrUnder(domain, d)))
        {
            return new(ContactSource.CareProvider, "care provider domain");
        }

        // A member of the public: the words say whether they write for themselves, as family or as a carer.
        if (CarerWords().IsMatch(text))
        {
            return new(ContactSource.Carer, "public, writes as a carer");
        }

        return FamilyWords().IsMatch(text)
            ? new(ContactSource.FamilyOrFriend, "public, writes about a relative or friend")
            : new(ContactSource.Self, "public");
    }

    public static string? DomainOf(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var at = address.LastIndexOf('@');
        if (at < 0 || at == address.Length - 1)
        {
            return null;
        }

        var domain = address[(at + 1)..].Trim().TrimEnd('>', '.', ' ').ToLowerInvariant();
        return domain.Length == 0 ? null : domain;
    }

    private static string? Bounded(string? value, int length) => value is not null && value.Length > length ? value[..length] : value;

    private static bool IsOrUnder(string? domain, string parent) =>
        domain is not null && (domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal));

    [GeneratedRegex(@"\b(ambulance|paramedics?|emas|crew|999 call|attended by (the )?(crew|ambulance))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex AmbulanceWords();

    [GeneratedRegex(@"\b(discharge|ward|hospital|inpatient|a&e|emergency department)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex HospitalWords();

    [GeneratedRegex(@"\b(i am (his|her|their|the) (main |unpaid )?carer|i care for|i'm (his|her|their) carer|as (his|her|their) carer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex CarerWords();

    [GeneratedRegex(@"\b(my (mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|gran|grandma|grandad|grandmother|grandfather|aunt|uncle|nan|neighbour|friend)|i am worried about (my|a) )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex FamilyWords();
}
