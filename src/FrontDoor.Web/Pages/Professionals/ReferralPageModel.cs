using FrontDoor.Web.Journeys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// A page inside one e-form journey (<c>/professionals/{form}/{journeyId}/…</c>): finds the form and this
/// browser's draft before any handler runs, so handlers only validate, save and redirect. A lost or expired
/// draft goes back to the form's start page; a sent one only shows its confirmation and copy.
/// </summary>
public abstract class ReferralPageModel(ReferralDrafts drafts, TimeProvider clock) : PageModel
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private JourneyInstance<ReferralDraft>? _journey;

    public ProfessionalForm Form { get; private set; } = null!;

    /// <summary>The answers: being given, or as sent on the pages shown after sending.</summary>
    public ReferralDraft Draft { get; private set; } = null!;

    /// <summary>The contact the referral made; only on pages shown after sending.</summary>
    public SentReferral? Sent { get; private set; }

    /// <summary>Today in England: "in the past" for an incident date means the professional's today, not UTC's.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), England).DateTime);

    /// <summary>The receipt and the copy are shown once the referral has been sent, and only then.</summary>
    protected virtual bool ShownAfterSending => false;

    protected ReferralDrafts Drafts => drafts;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var form = ProfessionalForms.Find(RouteData.Values["form"] as string);
        if (form is null || !Guid.TryParse(RouteData.Values["journeyId"] as string, out var journeyId))
        {
            context.Result = NotFound();
            return;
        }

        var lookup = await drafts.GetAsync(HttpContext, journeyId, HttpContext.RequestAborted);
        var redirect = lookup.Status switch
        {
            JourneyStatus.InProgress when ShownAfterSending => ReferralLinks.CheckAnswers(form, journeyId),
            JourneyStatus.Completed when !ShownAfterSending => ReferralLinks.Confirmation(form, journeyId),
            JourneyStatus.InProgress or JourneyStatus.Completed => null,
            _ => ReferralLinks.Start(form) + "?expired=true",
        };
        if (redirect is not null)
        {
            context.Result = Redirect(redirect);
            return;
        }

        // The draft's own form only: a journey id moved into another form's address is not that form's draft.
        var draft = lookup.Journey?.State ?? lookup.Outcome!.Referral;
        if (draft.FormSlug != form.Slug || draft.JourneyId != journeyId)
        {
            context.Result = Redirect(ReferralLinks.Start(form) + "?expired=true");
            return;
        }

        (Form, Draft, Sent, _journey) = (form, draft, lookup.Outcome, lookup.Journey);
        await next();
    }

    protected Task SaveDraftAsync() => drafts.UpdateAsync(_journey!, HttpContext.RequestAborted);

    /// <summary>Sent: the draft is deleted so it cannot be sent again, and the receipt kept in its place.</summary>
    protected Task CompleteAsync(SentReferral sent) => drafts.CompleteAsync(_journey!, sent, HttpContext.RequestAborted);
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
        await SaveDraftAsync();
        var next = ReturningToCheckAnswers ? null : ReferralLinks.Next(ThisPage);
        return Redirect(next is { } page ? ReferralLinks.Page(Form, Draft.JourneyId, page) : ReferralLinks.CheckAnswers(Form, Draft.JourneyId));
    }
}
