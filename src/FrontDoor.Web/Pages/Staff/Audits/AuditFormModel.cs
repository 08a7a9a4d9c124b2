using FrontDoor.Core.CaseFileAudits;
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
/// The audit form's fields, shared by the first audit and its corrections (<c>_AuditFormFields</c> draws them): one
/// answer per question, in <see cref="AuditQuestions.All"/> order, and the overall comment.
/// </summary>
public abstract class AuditFormModel : PageModel
{
    [BindProperty]
    public List<AnswerInput> Answers { get; set; } = [.. AuditQuestions.All.Select(_ => new AnswerInput())];

    [BindProperty]
    public string? OverallComment { get; set; }

    /// <summary>The form's fields in page order, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
        [.. AuditQuestions.All.SelectMany((_, i) => new[] { $"Answers[{i}].Score", $"Answers[{i}].Comment" }), nameof(OverallComment)];

    /// <summary>The posted answers, checked: each problem goes to the error summary against its field.</summary>
    protected CaseFileAuditAnswers PostedAnswers()
    {
        // The binder's own messages ("The value 'x' is not valid") give way to the form's.
        ModelState.Clear();

        // A form missing a question's fields binds a shorter list; the page still shows every question.
        while (Answers.Count < AuditQuestions.All.Count)
        {
            Answers.Add(new AnswerInput());
        }

        var answers = new CaseFileAuditAnswers(
            AuditQuestions.All.Select((q, i) => (q, Answer: Answers[i])).ToDictionary(x => x.q, x => new AuditAnswer(x.Answer.Score, x.Answer.Comment)),
            OverallComment);
        foreach (var (field, message) in SampledCase.Validate(answers))
        {
            ModelState.AddModelError(PageField(field), message);
        }

        return answers;
    }

    /// <summary>Fills the form with answers already saved, for a correction to start from.</summary>
    protected void Fill(CaseFileAuditAnswers answers)
    {
        Answers = [.. AuditQuestions.All.Select(q => answers.Answers[q]).Select(a => new AnswerInput { Score = a.Score, Comment = a.Comment })];
        OverallComment = answers.OverallComment;
    }

    /// <summary>Core names a field by question ("RightOutcomeScore"); the page by its place in <see cref="Answers"/>.</summary>
    protected static string PageField(string field)
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

        return field;
    }
}
