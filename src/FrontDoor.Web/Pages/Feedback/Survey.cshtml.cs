using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Feedback;

/// <summary>
/// The feedback survey behind the texted link: satisfaction, the four "I statements", a comment and "do not ask me
/// again". Shows nothing about the person or the contact. A link already used, unknown or malformed gets the same
/// "not available" page with the same 404, so a link cannot be probed.
/// </summary>
public sealed class SurveyModel(SurveyResponses responses, IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    public const string Agree = "agree";
    public const string Disagree = "disagree";
    public const string PreferNotToSay = "prefer-not-to-say";

    /// <summary>The words each statement's error message names it by, in <see cref="IStatements.All"/>'s order.</summary>
    private static readonly string[] StatementShortNames =
    [
        "getting through to the right person first time",
        "information and advice that helps you get support",
        "advice that helps you manage your wellbeing",
        "contacting us at a time and in a way that suits you",
    ];

    /// <summary>Each statement's answer field, in <see cref="IStatements.All"/>'s order.</summary>
    public static readonly IReadOnlyList<string> StatementFields = [nameof(RightPersonFirstTime), nameof(InformationHelped), nameof(AdviceHelpsWellbeing), nameof(ContactSuitsMe)];

    /// <summary>The longest a token from <see cref="Core.Messages.ReplyLinkToken"/> can be; anything longer is not one and is not looked up.</summary>
    private const int LongestToken = 64;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public int? Satisfaction { get; set; }

    [BindProperty]
    public string? RightPersonFirstTime { get; set; }

    [BindProperty]
    public string? InformationHelped { get; set; }

    [BindProperty]
    public string? AdviceHelpsWellbeing { get; set; }

    [BindProperty]
    public string? ContactSuitsMe { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public List<string> DoNotAskAgain { get; set; } = [];

    /// <summary>False when the link cannot be answered: the page says so and nothing else.</summary>
    public bool IsOpen { get; private set; } = true;

    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(cancellationToken))
        {
            return NotAvailable();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(cancellationToken))
        {
            return NotAvailable();
        }

        ModelState.Clear();
        var comment = NormalisedComment();
        if (Satisfaction is not (>= 1 and <= 5))
        {
            ModelState.AddModelError(nameof(Satisfaction), "Select how satisfied you were with the help you got");
        }

        var agreements = new List<bool?>();
        string?[] answers = [RightPersonFirstTime, InformationHelped, AdviceHelpsWellbeing, ContactSuitsMe];
        for (var statement = 0; statement < answers.Length; statement++)
        {
            switch (answers[statement])
            {
                case Agree: agreements.Add(true); break;
                case Disagree: agreements.Add(false); break;
                case PreferNotToSay: agreements.Add(null); break;
                default:
                    ModelState.AddModelError(StatementFields[statement], $"Select whether you agree or disagree about {StatementShortNames[statement]}, or that you prefer not to say");
                    break;
            }
        }

        if (comment?.Length > SurveyInvitation.MaxCommentLength)
        {
            ModelState.AddModelError(nameof(Comment), $"Your comments must be {SurveyInvitation.MaxCommentLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await responses.AnswerAsync(Token, new SurveyAnswers(Satisfaction!.Value, agreements, comment), DoNotAskAgain.Contains("yes"), cancellationToken);
        return outcome == SurveyAnswerOutcome.Recorded ? Redirect(FeedbackLinks.ThankYou) : NotAvailable();
    }

    /// <summary>Browsers send new lines as CR LF but the character count counts one; store and count them as one.</summary>
    private string? NormalisedComment() =>
        Comment?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() is { Length: > 0 } text ? text : null;

    private async Task<bool> IsOpenAsync(CancellationToken cancellationToken) =>
        Token.Length is > 0 and <= LongestToken && await responses.IsOpenAsync(Token, cancellationToken);

    private PageResult NotAvailable()
    {
        IsOpen = false;
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
