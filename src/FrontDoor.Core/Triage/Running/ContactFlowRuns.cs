using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Triage.Running;

/// <summary>Where the flows run on many contacts have got to, read in one go for the hourly priority review.</summary>
public static class ContactFlowRuns
{
    /// <summary>
    /// The run of the contacts' flows over their recorded answers, for the priority review: contacts with no flow, or a
    /// flow version no longer readable, are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, FlowRun>> RunsAsync(FrontDoorDbContext db, TriageFlowCatalogue flows, IReadOnlyCollection<Contact> contacts, ILookup<Guid, ContactAnswer> intake, CancellationToken cancellationToken)
    {
        var withFlow = contacts.Where(c => c.FlowId is not null && c.FlowVersion is not null).ToList();
        var ids = withFlow.Select(c => c.Id).ToList();
        var answers = (await db.TriageAnswers.AsNoTracking().Where(a => ids.Contains(a.ContactId)).ToListAsync(cancellationToken)).ToLookup(a => a.ContactId);
        var runs = new Dictionary<Guid, FlowRun>();
        var versions = new Dictionary<(string, int), TriageFlow?>();
        foreach (var contact in withFlow)
        {
            var key = (contact.FlowId!, contact.FlowVersion!.Value);
            if (!versions.TryGetValue(key, out var flow))
            {
                flow = versions[key] = await flows.GetVersionAsync(key.Item1, key.Item2, cancellationToken);
            }

            if (flow is not null)
            {
                var own = answers[contact.Id].Where(a => a.FlowId == flow.Id && a.FlowVersion == flow.Version).ToList();
                runs[contact.Id] = FlowRunner.Run(flow, ContactTriage.ValuesOf(own), intake[contact.Id]);
            }
        }

        return runs;
    }
}
