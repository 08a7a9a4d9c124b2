using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// A page inside one e-form journey (<c>/professionals/{form}/{journeyId}/…</c>): finds the form and this
/// browser's draft before any handler runs, so handlers only validate, save and redirect. A lost or expired
/// draft goes back to the form's start page; a sent one only shows its confirmation.
/// </summary>
public abstract class ReferralPageModel(ReferralDrafts drafts, TimeProvider clock) : PageModel
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public ProfessionalForm Form { get; private set; } = null!;

    public ReferralDraft Draft { get; private set; } = null!;

    /// <summary>Today in England: "in the past" for an incident date means the professional's today, not UTC's.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), England).DateTime);

    /// <summary>Only the confirmation page may be shown once the referral has been sent.</summary>
    protected virtual bool ShownAfterSending => false;

    protected ReferralDrafts Drafts => drafts;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var form = ProfessionalForms.Find(RouteData.Values["form"] as string);
        if (form is null || !Guid.TryParse(RouteData.Values["journeyId"] as string, out var journeyId))
        {
            context.Result = NotFound();
            return;
        }

        var draft = await drafts.FindAsync(HttpContext, form, journeyId, HttpContext.RequestAborted);
        if (draft is null)
        {
            context.Result = Redirect(ReferralLinks.Start(form) + "?expired=true");
            return;
        }

        Form = form;
        Draft = draft;
        if (draft.ContactId is not null && !ShownAfterSending)
        {
            context.Result = Redirect(ReferralLinks.Confirmation(form, journeyId));
            return;
        }

        await next();
    }
}

/// <summary>One of the e-form's question pages: Back goes to the page before, Continue to the next or back to check answers.</summary>
public abstract class ReferralQuestionPageModel(ReferralDrafts drafts, TimeProvider clock) : ReferralPageModel(drafts, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    protected abstract ReferralPage ThisPage { get; }

    public bool ReturningToCheckAnswers => ReturnTo == ReferralLinks.ReturnToCheckAnswers;

    public string BackHref => ReturningToCheckAnswers
        ? ReferralLinks.CheckAnswers(Form, Draft.JourneyId)
        : ReferralLinks.Previous(ThisPage) is { } previous ? ReferralLinks.Page(Form, Draft.JourneyId, previous) : ReferralLinks.Start(Form);

    /// <summary>Step n of 4, for the caption: professionals like to know how long a form is.</summary>
    public int StepNumber => (int)ThisPage + 1;

    public static int StepCount => Enum.GetValues<ReferralPage>().Length;

    protected async Task<IActionResult> SaveAndContinueAsync(Action<ReferralDraft> apply)
    {
        apply(Draft);
        Draft.PagesSaved.Add(ThisPage);
        await Drafts.SaveAsync(Draft, HttpContext.RequestAborted);
        var next = ReturningToCheckAnswers ? null : ReferralLinks.Next(ThisPage);
        return Redirect(next is { } page ? ReferralLinks.Page(Form, Draft.JourneyId, page) : ReferralLinks.CheckAnswers(Form, Draft.JourneyId));
    }
}
