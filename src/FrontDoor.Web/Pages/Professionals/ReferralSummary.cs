using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>One row of check your answers: the question, the answer as typed and where to change it.</summary>
public sealed record ReferralSummaryRow(string Question, string Answer, string ChangeHref);

public sealed record ReferralSummarySection(string Heading, IReadOnlyList<ReferralSummaryRow> Rows);

/// <summary>
/// Check your answers, built from the same answers <see cref="ReferralSubmissionMapper"/> sends, so the
/// professional checks exactly what adult social care will read.
/// </summary>
public static class ReferralSummary
{
    private const string NotGiven = "Not given";

    public static IReadOnlyList<ReferralSummarySection> For(ProfessionalForm form, ReferralDraft draft)
    {
        var answers = ReferralSubmissionMapper.Answers(form, draft);
        string Change(ReferralPage page, string field) => ReferralLinks.Page(form, draft.JourneyId, page, returnToCheckAnswers: true, field);
        ReferralSummaryRow Row(string question, string? answer, ReferralPage page, string field) =>
            new(question, string.IsNullOrWhiteSpace(answer) ? NotGiven : answer.Trim(), Change(page, field));
        IEnumerable<ReferralSummaryRow> AnswersOn(ReferralPage page, string? except = null) =>
            answers.Where(a => a.Page == page && a.Field != except).Select(a => Row(a.Question, a.Answer, a.Page, a.Field));

        var sender = draft.Sender;
        var person = draft.Person;
        var risk = draft.RiskAndConsent;
        var about = new List<ReferralSummaryRow> { Row("Name", sender.Name, ReferralPage.AboutYou, "Sender.Name") };
        // A GP's practice is both the organisation and an answer: shown once, as the organisation.
        about.AddRange(AnswersOn(ReferralPage.AboutYou, except: "Sender.Organisation"));
        about.Add(Row(form.OrganisationLabel, sender.Organisation, ReferralPage.AboutYou, "Sender.Organisation"));
        about.Add(Row("Telephone number", sender.Phone, ReferralPage.AboutYou, "Sender.Phone"));
        about.Add(Row("Email address", sender.Email, ReferralPage.AboutYou, "Sender.Email"));

        var address = string.Join('\n', new[] { person.AddressLine1, person.AddressLine2, person.Town, person.Postcode?.ToUpperInvariant() }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!.Trim()));
        var aboutPerson = new List<ReferralSummaryRow>
        {
            Row("Name", $"{person.GivenName?.Trim()} {person.FamilyName?.Trim()}", ReferralPage.Person, "Person.GivenName"),
            Row("Previous last name", person.FormerFamilyName, ReferralPage.Person, "Person.FormerFamilyName"),
            Row("Date of birth", ReferralSubmissionMapper.Date(person.DateOfBirth), ReferralPage.Person, "Person.DateOfBirth"),
            Row("NHS number", person.NhsNumber, ReferralPage.Person, "Person.NhsNumber"),
            Row("Address", address, ReferralPage.Person, "Person.AddressLine1"),
            Row("Telephone number", person.Phone, ReferralPage.Person, "Person.Phone"),
        };
        aboutPerson.AddRange(AnswersOn(ReferralPage.Person));

        var concern = AnswersOn(ReferralPage.Concern).ToList();
        concern.Add(Row(form.StoryLabel.TrimEnd('?'), draft.Concern.Story, ReferralPage.Concern, "Concern.Story"));

        var riskRows = new List<ReferralSummaryRow>
        {
            Row("At risk of harm now", ReferralChoices.LabelOf(risk.InDangerNow, ReferralChoices.YesNo), ReferralPage.RiskAndConsent, "RiskAndConsent.InDangerNow"),
            Row("Risks to the person or visitors", risk.RiskDetails, ReferralPage.RiskAndConsent, "RiskAndConsent.RiskDetails"),
            Row("Knows about the referral", ReferralChoices.LabelOf(risk.PersonIsAware, ReferralChoices.YesNo), ReferralPage.RiskAndConsent, "RiskAndConsent.PersonIsAware"),
            Row("Agrees to information being shared", ReferralChoices.LabelOf(risk.ConsentsToSharing, ReferralChoices.YesNo), ReferralPage.RiskAndConsent, "RiskAndConsent.ConsentsToSharing"),
        };
        riskRows.AddRange(AnswersOn(ReferralPage.RiskAndConsent));

        return
        [
            new("About you", about),
            new("The person", aboutPerson),
            new(form.ConcernHeading, concern),
            new("Risk, consent and communication", riskRows),
        ];
    }

    /// <summary>The desirable fields left out, as "next time include" would list them.</summary>
    public static IReadOnlyList<string> MissingDesirable(ProfessionalForm form, CompletenessResult completeness) =>
        [.. completeness.MissingDesirable.Select(field => ReferralFieldNames.Describe(form, field))];
}
