using System.Globalization;
using FrontDoor.Core;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Running;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Triage;

/// <summary>
/// One triage question per page: the next on the flow's path, or an earlier one the advisor is changing. What to say
/// is shown with it, and the advice of the answer just given; questions answered at intake are never asked.
/// </summary>
public sealed class QuestionModel(ContactTriage triage, ContactEventWords eventWords) : PageModel
{
    public ContactTriagePage Contact { get; private set; } = null!;

    public ContactTriageState State => Contact.Triage!;

    public FlowStep Step { get; private set; } = null!;

    /// <summary>True when the advisor came back to change an answer rather than answer the next question.</summary>
    public bool Changing { get; private set; }

    /// <summary>The advice of the option chosen at the question before, to act on now.</summary>
    public string? AdviceFromLastAnswer { get; private set; }

    /// <summary>For yes-no and choice questions, and text questions: the option's value or the words.</summary>
    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public DateParts AnswerDate { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? stepId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, stepId, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Version = Contact.Contact.Version;
        if (State.Answered.FirstOrDefault(a => a.StepId == Step.Id) is { } given)
        {
            if (Step.Answer == FlowAnswerKind.Date && DateOnly.TryParseExact(given.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                AnswerDate = DateParts.From(date);
            }
            else
            {
                Answer = given.Value;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? stepId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, stepId, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var field = Step.Answer == FlowAnswerKind.Date ? nameof(AnswerDate) : nameof(Answer);
        var input = Step.Answer == FlowAnswerKind.Date
            ? AnswerDate.IsEmpty ? null : $"{AnswerDate.Day?.Trim()} {AnswerDate.Month?.Trim()} {AnswerDate.Year?.Trim()}"
            : Answer;
        try
        {
            await triage.AnswerAsync(id, Version, Step.Id, input, StaffUser.Actor(User), cancellationToken);
            return Redirect(TriageLinks.Next(id));
        }
        catch (ContactChangedException changed)
        {
            TriageChanges.Explain(ModelState, changed, eventWords);
            ModelState.Remove(nameof(Version));
            Version = changed.CurrentVersion;
        }
        catch (DomainValidationException invalid) when (invalid.Field == "Answer")
        {
            ModelState.AddModelError(field, invalid.Message);
        }
        catch (DomainValidationException invalid) when (invalid.Field != "ContactId")
        {
            ModelState.AddModelError(string.Empty, invalid.Message);
        }
        catch (DomainValidationException)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>Loads the contact and the question to show; a redirect or 404 when this is not the page to show.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, string? stepId, CancellationToken cancellationToken)
    {
        if (await triage.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } contact)
        {
            return NotFound();
        }

        Contact = contact;
        if (contact.Triage is not { } state)
        {
            return Redirect(TriageLinks.Choose(id));
        }

        if (stepId is null)
        {
            if (state.NextStep is not { } next)
            {
                return Redirect(TriageLinks.Outcome(id));
            }

            Step = next;
            AdviceFromLastAnswer = state.Run.Path.Count > 0 ? state.Run.Path[^1].Option?.Advice : null;
            return null;
        }

        // Only a question on the path, answered by the advisor (intake's answers are not asked), or the next one.
        var answered = state.Answered.FirstOrDefault(a => a.StepId == stepId && !a.FromIntake);
        if (answered is null && state.NextStep?.Id != stepId)
        {
            return Redirect(TriageLinks.Next(id));
        }

        Step = state.Flow.Step(stepId)!;
        Changing = answered is not null;
        return null;
    }
}
