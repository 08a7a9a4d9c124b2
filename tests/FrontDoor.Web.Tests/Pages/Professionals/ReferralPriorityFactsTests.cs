using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Web.Components;
using FrontDoor.Web.Pages.Professionals;

namespace FrontDoor.Web.Tests.Pages.Professionals;

/// <summary>
/// The e-forms store the labels professionals ticked, and the priority rules read those labels: a label reworded on
/// the form must still mean the same risk, so the e-forms' own choices and date format are read here.
/// </summary>
public sealed class ReferralPriorityFactsTests
{
    [Theory]
    [InlineData("welfare", null)]
    [InlineData("self-neglect", TriageRisk.SelfNeglect)]
    [InlineData("abuse", TriageRisk.Safeguarding)]
    [InlineData("domestic-abuse", TriageRisk.Safeguarding)]
    [InlineData("mental-health", TriageRisk.MentalHealthCrisis)]
    [InlineData("missing", null)]
    [InlineData("other", null)]
    public void PoliceConcernType_AsTheEFormStoresIt_IsReadAsItsRisk(string choice, TriageRisk? risk)
    {
        var facts = Read(ContactSource.Police, ProfessionalAnswerKeys.ConcernTypes, ReferralChoices.LabelsOf([choice], ReferralChoices.PoliceConcernTypes));

        Assert.Equal(risk is { } expected ? [expected] : [], facts.ReportedRisks);
        Assert.Equal(choice == "welfare", facts.PoliceWelfareConcern);
    }

    [Theory]
    [InlineData("falls", null)]
    [InlineData("self-neglect", TriageRisk.SelfNeglect)]
    [InlineData("carer-strain", TriageRisk.CarerBreakdown)]
    [InlineData("home-environment", null)]
    [InlineData("other", null)]
    public void AmbulanceConcern_AsTheEFormStoresIt_IsReadAsItsRisk(string choice, TriageRisk? risk)
    {
        var facts = Read(ContactSource.Ambulance, ProfessionalAnswerKeys.ConcernTypes, ReferralChoices.LabelsOf([choice], ReferralChoices.AmbulanceConcernTypes));

        Assert.Equal(risk is { } expected ? [expected] : [], facts.ReportedRisks);
    }

    [Fact]
    public void DischargeDate_AsTheHospitalEFormStoresIt_IsTheDate()
    {
        var stored = ReferralSubmissionMapper.Date(new DateParts { Day = "4", Month = "11", Year = "2026" });

        Assert.Equal(new DateOnly(2026, 11, 4), Read(ContactSource.Hospital, ReferralCompleteness.AnswerKeys.DischargeDate, stored).HospitalDischargeDate);
    }

    private static PriorityFacts Read(ContactSource source, string key, string answer)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.ProfessionalEForm, source, DateTimeOffset.UtcNow, "Story.");
        return PriorityFactsReader.Read(contact, [new ContactAnswer(Guid.CreateVersion7(), contact.Id, 0, key, "Question", answer)]);
    }
}
