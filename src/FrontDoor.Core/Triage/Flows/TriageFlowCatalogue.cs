using System.Collections.Concurrent;
using System.Globalization;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>One version of a flow as the flow's page lists it; a shipped version has no uploader.</summary>
public sealed record FlowVersionEntry(string FlowId, int Version, string? FileName, string? UploadedBy, DateTimeOffset? UploadedAt, int? PutBackFrom, bool InForce)
{
    public bool Shipped => UploadedAt is null;
}

/// <summary>What an upload did: the version stored, or every problem with the file (and nothing stored).</summary>
public sealed record FlowUploadResult(TriageFlowVersion? Stored, IReadOnlyList<FlowProblem> Problems)
{
    public bool Accepted => Stored is not null;
}

/// <summary>
/// The triage flows in force: each shipped flow, replaced by its newest uploaded version when that is newer, and any
/// flow a manager uploaded that FrontDoor does not ship. Uploads are read from the database on every call (a small
/// query of ids and version numbers), so an upload on one web node is in force on every node at once; the parsing
/// is cached per stored version, which never changes. Every version ever in force stays readable
/// (<see cref="GetVersionAsync"/>), because each contact records the flow and version it was triaged with.
/// </summary>
public sealed partial class TriageFlowCatalogue(FrontDoorDbContext db, TriageFlows shipped, ParsedFlowVersions parsed, TimeProvider clock, ILogger<TriageFlowCatalogue> logger)
{
    public const string RecordType = nameof(TriageFlowVersion);

    /// <summary>Every flow in force, by title, as advisors choose from them.</summary>
    public async Task<IReadOnlyList<TriageFlow>> InForceAsync(CancellationToken cancellationToken)
    {
        var stored = await StoredVersionsAsync(null, cancellationToken);
        var ids = shipped.All.Select(f => f.Id).Union(stored.Select(s => s.FlowId), StringComparer.Ordinal);
        var flows = new List<TriageFlow>();
        foreach (var id in ids)
        {
            if (await InForceAsync(id, stored, cancellationToken) is { } flow)
            {
                flows.Add(flow);
            }
        }

        return [.. flows.OrderBy(f => f.Title, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }

    /// <summary>The version of a flow in force now; null when there is no such flow.</summary>
    public async Task<TriageFlow?> FindAsync(string flowId, CancellationToken cancellationToken) =>
        await InForceAsync(flowId, await StoredVersionsAsync(flowId, cancellationToken), cancellationToken);

    /// <summary>
    /// A version of a flow as it was in force, shipped or uploaded, for showing a contact's answers against the questions
    /// it was asked; null when that version never existed. An upload of the same number as the shipped file is the one
    /// that was in force, since an upload replaces a shipped flow of the same or a lower version.
    /// </summary>
    public async Task<TriageFlow?> GetVersionAsync(string flowId, int version, CancellationToken cancellationToken)
    {
        var row = await db.TriageFlowVersions.AsNoTracking()
            .Where(v => v.FlowId == flowId && v.Version == version)
            .Select(v => new StoredVersion(v.Id, v.FlowId, v.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (row is not null && await ReadAsync(row, cancellationToken) is { } uploaded)
        {
            return uploaded;
        }

        return shipped.Find(flowId) is { } flow && flow.Version == version ? flow : null;
    }

    /// <summary>Every version of a flow, newest first, with the one in force marked; empty when there is no such flow.</summary>
    public async Task<IReadOnlyList<FlowVersionEntry>> VersionsAsync(string flowId, CancellationToken cancellationToken)
    {
        var rows = await db.TriageFlowVersions.AsNoTracking().Where(v => v.FlowId == flowId)
            .Select(v => new { v.Version, v.FileName, v.UploadedBy, v.UploadedAt, v.PutBackFrom })
            .ToListAsync(cancellationToken);
        var inForce = (await FindAsync(flowId, cancellationToken))?.Version;
        var entries = rows.Select(r => new FlowVersionEntry(flowId, r.Version, r.FileName, r.UploadedBy, r.UploadedAt, r.PutBackFrom, r.Version == inForce)).ToList();
        if (shipped.Find(flowId) is { } flow && entries.All(e => e.Version != flow.Version))
        {
            entries.Add(new FlowVersionEntry(flowId, flow.Version, null, null, null, null, flow.Version == inForce && rows.All(r => r.Version < flow.Version)));
        }

        return [.. entries.OrderByDescending(e => e.Version)];
    }

    /// <summary>The text of a stored version, for downloading it again; null for a shipped version or none.</summary>
    public Task<TriageFlowVersion?> StoredAsync(string flowId, int version, CancellationToken cancellationToken) =>
        db.TriageFlowVersions.AsNoTracking().FirstOrDefaultAsync(v => v.FlowId == flowId && v.Version == version, cancellationToken);

    /// <summary>
    /// Checks a flow file as <c>frontdoor flows validate</c> does, and that its version is higher than the one in force;
    /// stores it, audited, only when it has no problem at all. The version in force stays until then.
    /// </summary>
    public async Task<FlowUploadResult> UploadAsync(string fileName, string text, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var set = TriageFlowFiles.Read([(fileName, text)]);
        if (!set.IsValid)
        {
            return new FlowUploadResult(null, set.Problems);
        }

        var flow = set.Flows[0];
        if (fileName.Length > TriageFlowVersion.MaxFileNameLength)
        {
            return new FlowUploadResult(null, [new FlowProblem(fileName, 0, $"the file name is longer than {TriageFlowVersion.MaxFileNameLength} characters")]);
        }

        var current = await FindAsync(flow.Id, cancellationToken);
        if (current is not null && flow.Version <= current.Version)
        {
            return new FlowUploadResult(null, [VersionNotHigher(fileName, text, flow.Version, current.Version)]);
        }

        var detail = current is null ? $"triage flow {flow.Id} version {N(flow.Version)} uploaded, a new flow" : $"triage flow {flow.Id} version {N(flow.Version)} uploaded, replacing version {N(current.Version)}";
        var stored = await StoreAsync(flow.Id, flow.Version, fileName, text, null, actor, origin, detail, cancellationToken);
        return stored is null
            ? new FlowUploadResult(null, [VersionNotHigher(fileName, text, flow.Version, flow.Version)])
            : new FlowUploadResult(stored, []);
    }

    /// <summary>
    /// Puts an earlier version back in force as the next version number, so the record of what was in force when
    /// only ever grows; null when there is no such version or it is already the one in force.
    /// </summary>
    public async Task<TriageFlowVersion?> PutBackAsync(string flowId, int version, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var current = await FindAsync(flowId, cancellationToken);
        if (current is null || current.Version == version || await GetVersionAsync(flowId, version, cancellationToken) is null)
        {
            return null;
        }

        var (fileName, text) = await StoredAsync(flowId, version, cancellationToken) is { } row
            ? (row.FileName, row.Text)
            : ($"{flowId}.yaml", TriageFlowFiles.ShippedText($"{flowId}.yaml"));
        var next = current.Version + 1;
        return await StoreAsync(flowId, next, fileName, text, version, actor, origin,
            $"triage flow {flowId} version {N(version)} put back in force as version {N(next)}, replacing version {N(current.Version)}", cancellationToken);
    }

    private async Task<TriageFlowVersion?> StoreAsync(string flowId, int version, string fileName, string text, int? putBackFrom, AuditActor actor, string? origin, string detail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = new TriageFlowVersion(Guid.CreateVersion7(now), flowId, version, fileName, text, now, (actor.Name ?? actor.Id).Bounded(TriageFlowVersion.MaxUploadedByLength), putBackFrom);
        db.TriageFlowVersions.Add(row);
        new AuditLog(db, clock).Record(actor, AuditAction.Created, RecordType, AuditEvent.IdOf(row.Id), origin, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row;
        }
        catch (DbUpdateException)
        {
            // Another manager stored this version number first (the unique index kept theirs).
            if (await StoredElsewhereAsync(flowId, version, row.Id, cancellationToken))
            {
                return null;
            }

            throw;
        }
    }

    private async Task<bool> StoredElsewhereAsync(string flowId, int version, Guid ours, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.TriageFlowVersions.AsNoTracking().AnyAsync(v => v.FlowId == flowId && v.Version == version && v.Id != ours, cancellationToken);
    }

    private static FlowProblem VersionNotHigher(string fileName, string text, int version, int inForce)
    {
        using var yaml = YamlAsJson.Read(fileName, text, out _);
        return new FlowProblem(fileName, yaml?.LineOf("/version") ?? 0,
            $"version {N(version)} is not higher than version {N(inForce)}, the one in force: number this one {N(inForce + 1)} or higher");
    }

    private async Task<TriageFlow?> InForceAsync(string flowId, IReadOnlyList<StoredVersion> stored, CancellationToken cancellationToken)
    {
        var fromShip = shipped.Find(flowId);
        foreach (var row in stored.Where(s => s.FlowId == flowId).OrderByDescending(s => s.Version))
        {
            if (fromShip is not null && fromShip.Version > row.Version)
            {
                break;
            }

            if (await ReadAsync(row, cancellationToken) is { } uploaded)
            {
                return uploaded;
            }
        }

        return fromShip;
    }

    private async Task<List<StoredVersion>> StoredVersionsAsync(string? flowId, CancellationToken cancellationToken)
    {
        var query = db.TriageFlowVersions.AsNoTracking();
        if (flowId is not null)
        {
            query = query.Where(v => v.FlowId == flowId);
        }

        return await query.Select(v => new StoredVersion(v.Id, v.FlowId, v.Version)).ToListAsync(cancellationToken);
    }

    private async Task<TriageFlow?> ReadAsync(StoredVersion row, CancellationToken cancellationToken)
    {
        if (parsed.TryGet(row.Id, out var cached))
        {
            return cached;
        }

        var text = await db.TriageFlowVersions.AsNoTracking().Where(v => v.Id == row.Id).Select(v => new { v.FileName, v.Text }).FirstAsync(cancellationToken);
        var result = TriageFlowReader.Read(text.FileName, text.Text);
        if (result.Flow is null)
        {
            // Checked when uploaded, so only a later release's stricter schema gets here: the version before it stays in force.
            LogNoLongerReads(logger, row.FlowId, row.Version, result.Problems[0].ToString());
        }

        var flow = result.Flow is null ? null : result.Flow with { Version = row.Version };
        parsed.Add(row.Id, flow);
        return flow;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored triage flow {FlowId} version {Version} no longer reads, so the version before it is in force: {Problem}")]
    private static partial void LogNoLongerReads(ILogger logger, string flowId, int version, string problem);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredVersion(Guid Id, string FlowId, int Version);
}

/// <summary>Stored flow versions already read, by row: a stored version never changes, so it is read once per node.</summary>
public sealed class ParsedFlowVersions
{
    private readonly ConcurrentDictionary<Guid, TriageFlow?> _byId = new();

    public bool TryGet(Guid id, out TriageFlow? flow) => _byId.TryGetValue(id, out flow);

    public void Add(Guid id, TriageFlow? flow) => _byId.TryAdd(id, flow);
}
