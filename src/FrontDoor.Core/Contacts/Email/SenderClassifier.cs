using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts.Email.CareProviders;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>Who sent an email, as far as its address and words tell, and which rule decided it.</summary>
public sealed record SenderClassification(ContactSource Source, string Rule);

/// <summary>The original message quoted inside a forward: its sender's address, subject and text.</summary>
public sealed record ForwardedOriginal(string From, string? Subject, string Body);

/// <summary>
/// Classifies an email's sender by the From address's domain first (police forces, ambulance trusts, NHS,
/// the council's care providers), then by what the email says. Domains are the stronger evidence: anyone
/// can write "paramedic" in an email, but only an NHS organisation sends from nhs.net. A forward from an
/// organisation is classed by the original sender quoted inside; an organisation's address that is none of
/// these is "other professional" for a person to confirm, never the public.
/// </summary>
public sealed partial class SenderClassifier(CareProviderDomainList careProviders)
{
    /// <summary>What an email from an organisation not on the care-provider list says of its sender, for a person to confirm.</summary>
    public const string UnconfirmedOrganisation = "Not confirmed: an organisation not on the care-provider list";

    /// <summary>A classifier with a fixed list of care-provider domains and none stored (the command line's corpus runs, tests).</summary>
    public SenderClassifier(IEnumerable<string> careProviderDomains)
        : this(new CareProviderDomainList(careProviderDomains))
    {
    }

    // The English ambulance services' own domains; most also send from nhs.net, which words then decide.
    private static readonly string[] AmbulanceDomains =
    [
        "emas.nhs.uk", "wmas.nhs.uk", "eastamb.nhs.uk", "swast.nhs.uk", "nwas.nhs.uk", "yas.nhs.uk",
        "secamb.nhs.uk", "scas.nhs.uk", "neas.nhs.uk", "londonambulance.nhs.uk", "iow.nhs.uk",
    ];

    // Webmail and internet providers: an address here is a person's own, not an organisation's.
    private static readonly string[] PersonalMailDomains =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "msn.com",
        "yahoo.com", "yahoo.co.uk", "ymail.com", "rocketmail.com", "btinternet.com", "btopenworld.com", "bt.com", "icloud.com",
        "me.com", "mac.com", "aol.com", "aol.co.uk", "sky.com", "talktalk.net", "virginmedia.com", "ntlworld.com",
        "blueyonder.co.uk", "tiscali.co.uk", "plus.net", "protonmail.com", "proton.me", "mail.com", "gmx.com", "gmx.co.uk",
        "zoho.com", "fastmail.com", "tutanota.com", "outlook.co.uk", "hotmail.fr", "yahoo.fr",
        // Reserved for examples and tests (RFC 2606): never a real organisation.
        "example.com", "example.org", "example.net",
    ];

    public SenderClassification Classify(string? fromAddress, string? subject, string? body)
    {
        // Bounded: who sent it shows at the top, and a 10 MB body must not slow the mailbox down.
        fromAddress = Bounded(fromAddress, 320);
        subject = Bounded(subject, 1000);
        body = Bounded(body, 20_000);

        // A council officer forwarding a referral is not its source: the original sender inside is. Only an
        // organisation's forward counts: quoted headers prove nothing, and a webmail sender could write any.
        if (DomainOf(fromAddress) is { } outer && !IsPersonalMailDomain(outer) && ForwardedOriginal(body) is { } original)
        {
            var inner = ClassifyDirect(original.From, original.Subject ?? subject, original.Body);
            return inner with { Rule = $"forwarded; original sender: {inner.Rule}" };
        }

        return ClassifyDirect(fromAddress, subject, body);
    }

    private SenderClassification ClassifyDirect(string? fromAddress, string? subject, string? body)
    {
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
            return ClassifyNhs(domain!, LocalPartOf(fromAddress), subject, body);
        }

        if (careProviders.Covers(domain))
        {
            return new(ContactSource.CareProvider, "care provider domain");
        }

        // An organisation's own domain that is not on the care-provider list: a professional, but of which kind
        // only a person can say. Never the public, whose mail comes from webmail and internet providers.
        if (domain is not null && DomainShaped().IsMatch(domain) && !IsPersonalMailDomain(domain))
        {
            return new(ContactSource.OtherProfessional, "an organisation's address not on the care-provider list: confirm who sent it");
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

    /// <summary>
    /// Most NHS mail comes from nhs.net, so the sender's own name, the subject and the signature decide between an
    /// ambulance crew, a hospital team and a practice; a trust's own *.nhs.uk domain says hospital by itself.
    /// </summary>
    private static SenderClassification ClassifyNhs(string domain, string localPart, string? subject, string? body)
    {
        if (HospitalTrustDomain().IsMatch(domain))
        {
            return new(ContactSource.Hospital, "NHS hospital trust domain");
        }

        // What the sender calls themselves (mailbox name, subject, sign-off) outweighs what the story mentions:
        // a GP's patient may once have been in hospital, and a discharge letter may mention the ambulance home.
        var self = string.Concat(localPart.Replace('.', ' ').Replace('_', ' ').Replace('-', ' '), "\n", subject, "\n", Signature(body));
        if (AmbulanceWords().IsMatch(self))
        {
            return new(ContactSource.Ambulance, "NHS address with ambulance words in the sender's name, subject or signature");
        }

        if (HospitalSelfWords().IsMatch(self))
        {
            return new(ContactSource.Hospital, "NHS address with hospital or discharge-team words in the sender's name, subject or signature");
        }

        if (PrimaryCareWords().IsMatch(self))
        {
            return new(ContactSource.GpOrPrimaryCare, "NHS address with practice words");
        }

        var opening = Bounded(body, 1500) ?? string.Empty;
        if (AmbulanceWords().IsMatch(opening))
        {
            return new(ContactSource.Ambulance, "NHS domain with ambulance words");
        }

        return HospitalSelfWords().IsMatch(opening)
            ? new(ContactSource.Hospital, "NHS domain with discharge words")
            : new(ContactSource.GpOrPrimaryCare, "NHS domain");
    }

    /// <summary>The last lines of the text, where a sender signs with their role and organisation.</summary>
    private static string Signature(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        // The last paragraph, at most six lines: the sign-off, not the story above it.
        var text = body.ReplaceLineEndings("\n").TrimEnd();
        var lastParagraph = text[(text.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)..].Trim().Split('\n');
        return string.Join('\n', lastParagraph.Skip(Math.Max(0, lastParagraph.Length - 6)));
    }

    /// <summary>The original message inside a forward, from the headers mail clients quote above it.</summary>
    public static ForwardedOriginal? ForwardedOriginal(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || ForwardMarker().Match(body) is not { Success: true } marker)
        {
            return null;
        }

        var rest = body[marker.Index..];
        var header = ForwardedFrom().Match(rest);
        if (!header.Success)
        {
            return null;
        }

        var address = header.Groups["address"].Value;
        var afterHeaders = rest[header.Index..];
        var subject = ForwardedSubject().Match(afterHeaders) is { Success: true } s ? s.Groups["subject"].Value.Trim() : null;
        var blank = afterHeaders.IndexOf("\n\n", StringComparison.Ordinal);
        var text = blank < 0 ? afterHeaders : afterHeaders[(blank + 2)..];
        return new ForwardedOriginal(address, subject, text);
    }

    /// <summary>A webmail or internet provider's domain: anyone can have an address there.</summary>
    public static bool IsPersonalMailDomain(string domain) =>
        PersonalMailDomains.Any(d => IsOrUnder(domain, d));

    private static string LocalPartOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at <= 0 ? string.Empty : address![..at].Trim().TrimStart('<').ToLowerInvariant();
    }

    /// <summary>Police and NHS domains are classed by their own rules before the care-provider list is read.</summary>
    public static bool IsClassedByOwnRules(string domain) =>
        IsOrUnder(domain, "police.uk") || IsOrUnder(domain, "nhs.net") || IsOrUnder(domain, "nhs.uk");

    /// <summary>True when <paramref name="domain"/> has the shape of a domain name: letters, digits and hyphens in labels separated by dots.</summary>
    public static bool IsDomainShaped(string domain) => DomainShaped().IsMatch(domain);

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

    [GeneratedRegex(@"\b(ambulance|paramedics?|emas|wmas|nwas|swast|secamb|scas|yas|neas|eeast|crew|999 call|epr|attended by (the )?(crew|ambulance))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex AmbulanceWords();

    [GeneratedRegex(@"\b(\w*discharge\w*|ward ?\d+|hospitals?|inpatient|a&e|emergency department|idt|(foundation )?trust|nhs trust|trust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex HospitalSelfWords();

    [GeneratedRegex(@"\b(surgery|practice|medical cent(re|er)|health cent(re|er)|gp|general practitioner|primary care|pcn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex PrimaryCareWords();

    // Trusts name their domains with "-tr", "nhsft" or "hospital(s)"; NUH, UHL and the like are listed as they are.
    [GeneratedRegex(@"(^|\.)([a-z0-9-]*-tr|[a-z0-9-]*nhsft|[a-z0-9-]*hospitals?[a-z0-9-]*|nuh|uhl|uhb|uhcw|sth|gstt|imperial|mft|ouh|ruh|rdash|uhs|uhd)\.nhs\.uk$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex HospitalTrustDomain();

    [GeneratedRegex(@"^\s*(-{2,}\s*Forwarded message\s*-{2,}|-{2,}\s*Original Message\s*-{2,}|Begin forwarded message:|From:\s.*\n\s*(Sent|Date):)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex(@"^\s*From:\s*(?:[^<\n]*<(?<address>[^>\s]+@[^>\s]+)>|(?<address>[^\s<>]+@[^\s<>]+))", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ForwardedFrom();

    [GeneratedRegex(@"^(xn--)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.(xn--)?[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DomainShaped();

    [GeneratedRegex(@"^\s*Subject:\s*(?<subject>[^\n]*)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ForwardedSubject();

    [GeneratedRegex(@"\b(i am (his|her|their|the) (main |unpaid )?carer|i care for|i'm (his|her|their) carer|as (his|her|their) carer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex CarerWords();

    [GeneratedRegex(@"\b(my (mum|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|gran|grandma|grandad|grandmother|grandfather|aunt|uncle|nan|neighbour|friend)|i am worried about (my|a) )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex FamilyWords();
}
