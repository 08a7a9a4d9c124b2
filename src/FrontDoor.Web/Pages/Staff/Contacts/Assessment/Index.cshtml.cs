using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Assessment;

/// <summary>
/// The contact assessment: one page, prefilled with what intake and triage already hold, saved as one change to the
/// contact (an AssessmentRecorded event saying what changed). The rules live in <see cref="ContactAssessments"/>.
/// </summary>
public sealed class IndexModel(ContactAssessments assessments, ContactEventWords eventWords) : PageModel
{
    public Contact Contact { get; private set; } = null!;

    /// <summary>The version of the contact this page showed; a save from an older page is refused with what changed.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? WhatMatters { get; set; }

    [BindProperty]
    public string? StrengthsAndNetworks { get; set; }

    [BindProperty]
    public List<CareActOutcome> OutcomesNotAchieved { get; set; } = [];

    [BindProperty]
    public string? Risks { get; set; }

    [BindProperty]
    public bool? HasCarer { get; set; }

    [BindProperty]
    public bool? CarerWantsAssessment { get; set; }

    [BindProperty]
    public string? CommunicationNeeds { get; set; }

    [BindProperty]
    public BenefitsAdviceOffer? BenefitsAdvice { get; set; }

    [BindProperty]
    public bool? FairerChargingExplained { get; set; }

    /// <summary>As typed ("£1,200.50"), so a value that is not an amount is shown back with its error.</summary>
    [BindProperty]
    public string? AnnualIncomeGained { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await assessments.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } form)
        {
            return NotFound();
        }

        Contact = form.Contact;
        Version = form.Contact.Version;
        var answers = form.Answers;
        WhatMatters = answers.WhatMatters;
        StrengthsAndNetworks = answers.StrengthsAndNetworks;
        OutcomesNotAchieved = [.. answers.OutcomesNotAchieved];
        Risks = answers.Risks;
        HasCarer = answers.HasCarer;
        CarerWantsAssessment = answers.CarerWantsAssessment;
        CommunicationNeeds = answers.CommunicationNeeds;
        BenefitsAdvice = answers.BenefitsAdvice;
        FairerChargingExplained = answers.FairerChargingExplained;
        AnnualIncomeGained = answers.AnnualIncomeGained?.ToString("0.00", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.TreatUnboundValuesAsNotGiven();
        var income = Pounds.TryParse(AnnualIncomeGained, out var amount) ? amount : null;
        if (income is null && !string.IsNullOrWhiteSpace(AnnualIncomeGained))
        {
            ModelState.AddModelError(nameof(AnnualIncomeGained), "Enter the annual income gained as an amount in pounds, like 1200 or 1200.50");
        }

        var answers = new ContactAssessmentAnswers
        {
            WhatMatters = WhatMatters,
            StrengthsAndNetworks = StrengthsAndNetworks,
            OutcomesNotAchieved = OutcomesNotAchieved,
            Risks = Risks,
            HasCarer = HasCarer,
            CarerWantsAssessment = CarerWantsAssessment,
            CommunicationNeeds = CommunicationNeeds,
            BenefitsAdvice = BenefitsAdvice,
            FairerChargingExplained = FairerChargingExplained,
            AnnualIncomeGained = income,
        };
        ModelState.AddAll(answers.Problems().Where(p => ModelState[p.Field] is null));
        if (ModelState.IsValid)
        {
            switch (await ModelState.TryChangeAsync(() => assessments.SaveAsync(id, Version, answers, StaffUser.Actor(User), cancellationToken), eventWords, version => Version = version))
            {
                case ContactChangeResult.Saved:
                    return Redirect($"/staff/contacts/{id}#assessment");
                case ContactChangeResult.NoSuchContact:
                    return NotFound();
            }
        }

        if (await assessments.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } form)
        {
            return NotFound();
        }

        Contact = form.Contact;
        return Page();
    }
}
