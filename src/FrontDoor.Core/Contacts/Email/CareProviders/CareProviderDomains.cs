using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Email.CareProviders;

/// <summary>One domain on the care-provider list as administrators see it; configured ones have no id and cannot be removed here.</summary>
public sealed record ListedCareProviderDomain(Guid? Id, string Domain, string? OrganisationName, string? AddedBy, DateTimeOffset? AddedAt)
{
    public bool FromConfiguration => Id is null;
}

/// <summary>What adding a domain did: the stored domain, and whether the contact it was confirmed from is now from a care provider.</summary>
public sealed record CareProviderDomainAdded(CareProviderDomain Domain, bool ContactReclassified);

/// <summary>
/// The care-provider list administrators keep from the staff pages: listed with the configured domains, added with
/// checks that keep the public from being classed as a provider, removed; every change audited and seen by this node
/// at once (other nodes within <see cref="Jobs.CareProviderDomainsRefresher.RefreshInterval"/>).
/// </summary>
public sealed class CareProviderDomains(FrontDoorDbContext db, CareProviderDomainList list, TimeProvider clock)
{
    public const string RecordType = nameof(CareProviderDomain);

    /// <summary>Every domain on the list, configured and stored, by domain.</summary>
    public async Task<IReadOnlyList<ListedCareProviderDomain>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await db.CareProviderDomains.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. list.Configured.Select(d => new ListedCareProviderDomain(null, d, null, null, null))
                .Concat(stored.Where(s => !list.Configured.Contains(s.Domain)).Select(s => new ListedCareProviderDomain(s.Id, s.Domain, s.OrganisationName, s.AddedBy, s.AddedAt)))
                .OrderBy(d => d.Domain, StringComparer.Ordinal),
        ];
    }

    public Task<CareProviderDomain?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CareProviderDomains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>
    /// Adds a domain after checking it (<see cref="Check"/>). Added from a contact whose sender was an unconfirmed
    /// organisation under that domain, the contact is re-classed as from a care provider, on its timeline.
    /// </summary>
    /// <exception cref="DomainValidationException">The domain or organisation name was refused; the message says why.</exception>
    public async Task<CareProviderDomainAdded> AddAsync(string? domain, string? organisationName, AuditActor actor, string? origin, Guid? fromContactId, CancellationToken cancellationToken)
    {
        var checkedDomain = Check(domain);
        var name = string.IsNullOrWhiteSpace(organisationName) ? null : organisationName.Trim();
        if (name is { Length: > CareProviderDomain.MaxOrganisationNameLength })
        {
            throw new DomainValidationException(nameof(CareProviderDomain.OrganisationName), $"Organisation name must be {CareProviderDomain.MaxOrganisationNameLength} characters or fewer");
        }

        if (list.Configured.Contains(checkedDomain))
        {
            throw new DomainValidationException(nameof(CareProviderDomain.Domain), $"{checkedDomain} is already on the list, from configuration");
        }

        if (await db.CareProviderDomains.AnyAsync(d => d.Domain == checkedDomain, cancellationToken))
        {
            throw new DomainValidationException(nameof(CareProviderDomain.Domain), $"{checkedDomain} is already on the list");
        }

        var now = clock.GetUtcNow();
        var added = new CareProviderDomain(Guid.CreateVersion7(now), checkedDomain, name, (actor.Name ?? actor.Id).Bounded(CareProviderDomain.MaxAddedByLength), now);
        db.CareProviderDomains.Add(added);
        var audit = new AuditLog(db, clock);
        audit.Record(actor, AuditAction.Created, RecordType, AuditEvent.IdOf(added.Id), origin, $"care-provider domain {checkedDomain} added");

        var reclassified = fromContactId is { } contactId && await ReclassifyAsync(contactId, added, actor, origin, audit, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators added the same domain at once: the unique index kept one, and this one says so.
            if (await AddedElsewhereAsync(checkedDomain, added.Id, cancellationToken))
            {
                throw new DomainValidationException(nameof(CareProviderDomain.Domain), $"{checkedDomain} is already on the list");
            }

            throw;
        }

        await list.RefreshAsync(db, cancellationToken);
        return new CareProviderDomainAdded(added, reclassified);
    }

    /// <summary>Takes a stored domain off the list; false when it was already gone.</summary>
    public async Task<bool> RemoveAsync(Guid id, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        if (await db.CareProviderDomains.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } stored)
        {
            return false;
        }

        db.CareProviderDomains.Remove(stored);
        new AuditLog(db, clock).Record(actor, AuditAction.Removed, RecordType, AuditEvent.IdOf(stored.Id), origin, $"care-provider domain {stored.Domain} removed");
        await db.SaveChangesAsync(cancellationToken);
        await list.RefreshAsync(db, cancellationToken);
        return true;
    }

    /// <summary>
    /// The domain an unconfirmed organisation's email came from, when a contact's source and caller say it is such an email and
    /// the domain could go on the list; otherwise null.
    /// </summary>
    public static string? UnconfirmedDomainOf(ContactSource source, Caller? caller) =>
        source == ContactSource.OtherProfessional
        && caller is { Relationship: SenderClassifier.UnconfirmedOrganisation, Organisation: { } organisation }
        && CareProviderDomainList.Normalise(organisation) is var domain
        && SenderClassifier.IsDomainShaped(domain) && !SenderClassifier.IsPersonalMailDomain(domain)
            ? domain
            : null;

    /// <summary>
    /// Trims and lower-cases a domain and refuses what is not one, or what would class the public (webmail) or other
    /// services (police, NHS) as a care provider. The message says what to change.
    /// </summary>
    public static string Check(string? domain)
    {
        var value = domain?.Trim().ToLowerInvariant() ?? string.Empty;
        const string field = nameof(CareProviderDomain.Domain);
        if (value.Length == 0)
        {
            throw new DomainValidationException(field, "Enter the care provider's email domain, like oakcare.co.uk");
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainValidationException(field, "Enter the domain only, the part of the email address after the @, like oakcare.co.uk");
        }

        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal))
        {
            throw new DomainValidationException(field, "Enter the email domain without http://, www. or a path, like oakcare.co.uk");
        }

        if (value.Length > CareProviderDomain.MaxDomainLength)
        {
            throw new DomainValidationException(field, $"Domain must be {CareProviderDomain.MaxDomainLength} characters or fewer");
        }

        if (!SenderClassifier.IsDomainShaped(value))
        {
            throw new DomainValidationException(field, "Enter a domain in the correct format, with letters, numbers, hyphens and at least one dot, like oakcare.co.uk");
        }

        if (SenderClassifier.IsPersonalMailDomain(value))
        {
            throw new DomainValidationException(field, $"{value} is an email provider anyone can use: adding it would class members of the public as a care provider");
        }

        if (SenderClassifier.IsClassedByOwnRules(value))
        {
            throw new DomainValidationException(field, $"{value} is a police or NHS domain: those are classed by their own rules, so it cannot be a care provider here");
        }

        return value;
    }

    private async Task<bool> ReclassifyAsync(Guid contactId, CareProviderDomain added, AuditActor actor, string? origin, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken) is not { } contact
            || UnconfirmedDomainOf(contact.Source, contact.Caller) is not { } domain
            || !CareProviderDomainList.IsOrUnder(domain, added.Domain))
        {
            return false;
        }

        contact.ConfirmSenderIsCareProvider();
        var now = clock.GetUtcNow();
        db.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contact.Id, now, added.AddedBy, TimelineEntryKind.SenderConfirmed,
            $"Sender confirmed as a care provider: {added.Domain} added to the care-provider list."));
        audit.Record(actor, AuditAction.Updated, nameof(Contact), AuditEvent.IdOf(contact.Id), origin, "sender confirmed as a care provider",
            contact.PersonId is { } personId ? [personId] : null);
        return true;
    }

    private async Task<bool> AddedElsewhereAsync(string domain, Guid ours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.CareProviderDomains.AsNoTracking().AnyAsync(d => d.Domain == domain && d.Id != ours, cancellationToken);
    }
}
