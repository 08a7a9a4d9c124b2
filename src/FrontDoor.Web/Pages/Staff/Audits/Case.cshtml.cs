using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>A score and comment as the form posts them.</summary>
public sealed class AnswerInput
{
    public AuditScore? Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// The audit of one sampled contact: the form until it is saved, then the audit read-only with who did it and when.
/// Opening it is recorded in the audit trail against the person, as opening their contact is.
/// </summary>
public sealed class CaseModel(CaseFileAuditing auditing, WorkQueueCatalogue queues) : PageModel
{
    /// <summary>One answer per question, in <see cref="AuditQuestions.All"/> order.</summary>
    [BindProperty]
    public List<AnswerInput> Answers { get; set; } = [.. AuditQuestions.All.Select(_ => new AnswerInput())];

    [BindProperty]
    public string? OverallComment { get; set; }

    public CaseUnderAudit Audit { get; private set; } = null!;

    public string TeamName => queues.NameOf(Audit.Sample.TeamKey);

    public AuditMonth Month => AuditMonth.Of(Audit.Sample.Month);

    /// <summary>The form's fields in page order, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
        [.. AuditQuestions.All.SelectMany((_, i) => new[] { $"Answers[{i}].Score", $"Answers[{i}].Comment" }), nameof(OverallComment)];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        // The binder's own messages ("The value 'x' is not valid") give way to the form's.
        ModelState.Clear();

        // A form missing a question's fields binds a shorter list; the page still shows every question.
        while (Answers.Count < AuditQuestions.All.Count)
        {
            Answers.Add(new AnswerInput());
        }

        var answers = new CaseFileAuditAnswers(
            AuditQuestions.All.Select((q, i) => (q, Answer: Answers.ElementAtOrDefault(i) ?? new AnswerInput()))
                .ToDictionary(x => x.q, x => new AuditAnswer(x.Answer.Score, x.Answer.Comment)),
            OverallComment);
        foreach (var (field, message) in SampledCase.Validate(answers))
        {
            ModelState.AddModelError(PageField(field), message);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await auditing.RecordAsync(id, answers, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                return Redirect(AuditWords.CaseHref(id));
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(PageField(ex.Field), ex.Message);
            }
        }

        return await OpenAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await auditing.OpenAsync(id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is not { } found)
        {
            return false;
        }

        Audit = found;
        return true;
    }

    /// <summary>Core names a field by question ("RightOutcomeScore"); the page by its place in <see cref="Answers"/>.</summary>
    private static string PageField(string field)
    {
        for (var i = 0; i < AuditQuestions.All.Count; i++)
        {
            var question = AuditQuestions.All[i].ToString();
            if (field == question + "Score")
            {
                return $"Answers[{i}].Score";
            }

            if (field == question + "Comment")
            {
                return $"Answers[{i}].Comment";
            }
        }

        return field == nameof(OverallComment) ? field : string.Empty;
    }
}
