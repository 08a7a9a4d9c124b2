using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Triage.Running;

/// <summary>One answered step as the advisor reads it back: the question of the version asked, and the answer in words.</summary>
/// <param name="Value">The stored value, for putting back in the question when the advisor changes it.</param>
public sealed record TriageAnsweredStep(string StepId, string Question, string Answer, string Value, bool FromIntake);

/// <summary>
/// A contact's triage as the contact page and the triage pages show it: the flow and version run, the answers on the
/// path (each against its own version's question), and the next question or the outcome reached with its advice.
/// </summary>
public sealed record ContactTriageState(Guid ContactId, int ContactVersion, ContactStatus ContactStatus, TriageFlow Flow, FlowRun Run, IReadOnlyList<TriageAnsweredStep> Answered)
{
    public FlowStep? NextStep => Run.NextStep;

    public FlowOutcome? Outcome => Run.Outcome;

    /// <summary>The referral an outcome asks for, if it is a referral.</summary>
    public ReferralType? Referral => Outcome is { } outcome ? ReferralTypes.ForOutcome(outcome.Outcome) : null;
}

/// <summary>A contact as the triage pages show it: its triage so far (null before a flow is started) and the flow that obviously fits.</summary>
public sealed record ContactTriagePage(Contact Contact, ContactTriageState? Triage, string? SuggestedFlowId);

/// <summary>
/// An advisor runs a triage flow on a contact: starts one (the version in force, recorded on the contact), answers its
/// steps one at a time, and may go back and change an answer, the path following. Steps intake already answered are
/// recorded as given at intake and never asked. Every change names the contact version the advisor saw (see
/// <see cref="ContactWork.ChangeAsync"/>) and re-prioritises the contact with the risks the answers reveal.
/// </summary>
public sealed class ContactTriage(FrontDoorDbContext db, ContactWork work, TriageFlowCatalogue flows, ContactPrioritiser prioritiser, TimeProvider clock)
{
    public const string GivenAtIntake = "Given at intake";

    /// <summary>The flows an advisor may start, by title.</summary>
    public Task<IReadOnlyList<TriageFlow>> FlowsInForceAsync(CancellationToken cancellationToken = default) => flows.InForceAsync(cancellationToken);

    /// <summary>
    /// The flow that obviously fits what arrived, or null when none does: a hospital's contact or a discharge date is a
    /// discharge, a concern of abuse is safeguarding, and so on. Only a suggestion; the advisor chooses.
    /// </summary>
    public static string? SuggestFlow(Contact contact, IEnumerable<ContactAnswer> intake)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var answers = intake.ToList();
        var facts = PriorityFactsReader.Read(contact, answers);
        if (contact.Source == ContactSource.Hospital || facts.HospitalDischargeDate is not null)
        {
            return "hospital-discharge";
        }

        if (facts.ReportedRisks.Contains(TriageRisk.Safeguarding))
        {
            return "safeguarding-concern";
        }

        if (facts.ReportedRisks.Contains(TriageRisk.MentalHealthCrisis))
        {
            return "mental-health-crisis";
        }

        return contact.Source == ContactSource.Carer || facts.ReportedRisks.Contains(TriageRisk.CarerBreakdown) ? "carer" : null;
    }

    /// <summary>The flow suggested for a contact (see <see cref="SuggestFlow"/>), read from the database.</summary>
    public async Task<string?> SuggestFlowAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        return contact is null ? null : SuggestFlow(contact, await IntakeAsync(contactId, cancellationToken));
    }

    /// <summary>
    /// Starts the version in force of a flow on the contact. Starting another flow, or the same one again after a newer
    /// version was uploaded, is allowed and recorded; earlier answers stay with the version they answered.
    /// </summary>
    public async Task<Contact> StartAsync(Guid contactId, int seenVersion, string flowId, AuditActor by, CancellationToken cancellationToken = default)
    {
        var flow = (string.IsNullOrWhiteSpace(flowId) ? null : await flows.FindAsync(flowId, cancellationToken))
            ?? throw new DomainValidationException("FlowId", "Select a triage flow");
        var intake = await IntakeAsync(contactId, cancellationToken);
        var recorded = await AnswersAsync(contactId, flow.Id, flow.Version, cancellationToken);
        return await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            contact.StartFlow(flow.Id, flow.Version, now, by);
            Follow(contact, flow, recorded, intake, now, by);
        }, cancellationToken);
    }

    /// <summary>
    /// Records the advisor's answer to a step of the contact's flow (checked as <see cref="FlowRunner.Check"/> checks it),
    /// or changes an earlier one. A step not on the path now (the advisor changed an earlier branch, or it was answered
    /// at intake) is refused.
    /// </summary>
    public async Task<Contact> AnswerAsync(Guid contactId, int seenVersion, string stepId, string? input, AuditActor by, CancellationToken cancellationToken = default)
    {
        var state = await StateAsync(contactId, cancellationToken);
        if (state is null)
        {
            throw await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken)
                ? new DomainValidationException("FlowId", "Start a triage flow first")
                : new DomainValidationException("ContactId", "There is no contact with that reference");
        }

        var flow = state.Flow;
        var onPath = state.Run.Path.FirstOrDefault(p => p.Step.Id == stepId);
        if (onPath is { Source: FlowAnswerSource.Intake })
        {
            throw new DomainValidationException("StepId", "That question was answered at intake and is not asked again");
        }

        var step = onPath?.Step ?? (state.NextStep?.Id == stepId ? state.NextStep : null)
            ?? throw new DomainValidationException("StepId", "That question is not on the flow's path now: answer the questions shown");
        var check = FlowRunner.Check(step, input);
        if (!check.IsValid)
        {
            throw new DomainValidationException("Answer", check.Error!);
        }

        var intake = await IntakeAsync(contactId, cancellationToken);
        var recorded = await AnswersAsync(contactId, flow.Id, flow.Version, cancellationToken);
        return await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            if (contact.FlowId != flow.Id || contact.FlowVersion != flow.Version)
            {
                // Only reachable when another flow started between the read and the change: the version check refuses it first.
                throw new DomainValidationException("FlowId", "Another triage flow was started on this contact");
            }

            Put(contact, flow, recorded, step.Id, check.Value!, fromIntake: false, now, by);
            Follow(contact, flow, recorded, intake, now, by);
        }, cancellationToken);
    }

    /// <summary>
    /// What the triage pages show of a contact, read on the audit trail (the answers are about the person): the
    /// contact, its triage so far, and the flow suggested for it. Null when there is no such contact.
    /// </summary>
    public async Task<ContactTriagePage?> OpenAsync(Guid contactId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var state = await StateAsync(contactId, cancellationToken);
        new AuditLog(db, clock).Record(actor, AuditAction.Viewed, nameof(Contact), AuditEvent.IdOf(contactId), null, "triage", contact.PersonId is { } linked ? [linked] : null);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactTriagePage(contact, state, SuggestFlow(contact, await IntakeAsync(contactId, cancellationToken)));
    }

    /// <summary>The contact's triage as it stands, or null when no flow has been started on it (or there is no such contact).</summary>
    public async Task<ContactTriageState?> StateAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new { c.FlowId, c.FlowVersion, c.Version, c.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (contact is not { FlowId: { } flowId, FlowVersion: { } version }
            || await flows.GetVersionAsync(flowId, version, cancellationToken) is not { } flow)
        {
            return null;
        }

        var recorded = await AnswersAsync(contactId, flowId, version, cancellationToken);
        var run = FlowRunner.Run(flow, ValuesOf(recorded), await IntakeAsync(contactId, cancellationToken));
        var answered = run.Path
            .Select(p => new TriageAnsweredStep(p.Step.Id, p.Step.Question, FlowRunner.Describe(p.Step, p.Value), p.Value, p.Source == FlowAnswerSource.Intake))
            .ToList();
        return new ContactTriageState(contactId, contact.Version, contact.Status, flow, run, answered);
    }

    /// <summary>
    /// Walks the path after a change: steps intake answers are recorded as given at intake the first time the path
    /// reaches them, and the contact's priority follows the risks chosen and, once reached, the outcome's priority.
    /// </summary>
    private void Follow(Contact contact, TriageFlow flow, List<TriageAnswer> recorded, IReadOnlyList<ContactAnswer> intake, DateTimeOffset now, AuditActor by)
    {
        var run = FlowRunner.Run(flow, ValuesOf(recorded), intake);
        foreach (var prefilled in run.Path.Where(p => p.Source == FlowAnswerSource.Intake))
        {
            if (!recorded.Any(a => a.StepId == prefilled.Step.Id && a.FromIntake && a.Value == prefilled.Value))
            {
                Put(contact, flow, recorded, prefilled.Step.Id, prefilled.Value, fromIntake: true, now, by);
            }
        }

        prioritiser.Prioritise(contact, intake, now, run.Risks, run.Outcome?.Priority);
    }

    private void Put(Contact contact, TriageFlow flow, List<TriageAnswer> recorded, string stepId, string value, bool fromIntake, DateTimeOffset now, AuditActor by)
    {
        // An answer intake gave is FrontDoor's doing, not the advisor's who happened to reach the step.
        var actor = fromIntake ? ContactEvent.System : by;
        var who = actor.Name ?? actor.Id;

        // The event first: it refuses a contact not open for work before anything else is touched.
        contact.RecordAnswer(stepId, FlowRunner.Describe(flow.Step(stepId)!, value), fromIntake, now, actor);
        if (recorded.FirstOrDefault(a => a.StepId == stepId) is { } existing)
        {
            existing.Change(value, fromIntake, now, who);
        }
        else
        {
            var answer = new TriageAnswer(Guid.CreateVersion7(), contact.Id, flow.Id, flow.Version, stepId, value, fromIntake, now, who);
            recorded.Add(answer);
            db.TriageAnswers.Add(answer);
        }

    }

    internal static Dictionary<string, string> ValuesOf(IEnumerable<TriageAnswer> answers) =>
        answers.Where(a => !a.FromIntake).ToDictionary(a => a.StepId, a => a.Value, StringComparer.Ordinal);

    // Tracked, so a change made in the same save updates the row rather than adding another.
    private Task<List<TriageAnswer>> AnswersAsync(Guid contactId, string flowId, int version, CancellationToken cancellationToken) =>
        db.TriageAnswers.Where(a => a.ContactId == contactId && a.FlowId == flowId && a.FlowVersion == version).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ContactAnswer>> IntakeAsync(Guid contactId, CancellationToken cancellationToken) =>
        await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contactId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
}
