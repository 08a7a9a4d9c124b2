namespace FrontDoor.Web.Tests.Pages.Professionals;

/// <summary>What a professional types into each page of an e-form, as form fields. Start from <see cref="Minimal"/> or <see cref="Complete"/>.</summary>
public sealed record ReferralAnswers(
    Dictionary<string, string> AboutYou,
    Dictionary<string, string> Person,
    Dictionary<string, string> Concern,
    Dictionary<string, string> RiskAndConsent)
{
    /// <summary>Passes the Modulus 11 check.</summary>
    public const string ValidNhsNumber = "943 476 5919";

    public const string WrongCheckDigitNhsNumber = "943 476 5918";

    public static readonly string[] FormSlugs = ["police", "ambulance", "gp", "hospital", "care-provider", "other"];

    /// <summary>Only what the form requires for this partner type.</summary>
    public static ReferralAnswers Minimal(string formSlug)
    {
        var answers = new ReferralAnswers(
            new() { ["Sender.Name"] = "Sam Okafor", ["Sender.Phone"] = "0116 496 0456" },
            new()
            {
                ["Person.GivenName"] = "Edith",
                ["Person.FamilyName"] = "Marsh",
                ["Person.DateOfBirth.Day"] = "2",
                ["Person.DateOfBirth.Month"] = "3",
                ["Person.DateOfBirth.Year"] = "1948",
                ["Person.AddressLine1"] = "14 Mill Lane",
                ["Person.Postcode"] = "le11 2tp",
            },
            new() { ["Concern.Story"] = "Found on the floor after a fall, confused, home very cold and no food in the house." },
            new() { ["RiskAndConsent.InDangerNow"] = "no", ["RiskAndConsent.PersonIsAware"] = "yes", ["RiskAndConsent.ConsentsToSharing"] = "yes" });
        switch (formSlug)
        {
            case "police":
                answers.Concern["Concern.PoliceReference"] = "STORM-20260301-0412";
                answers.Concern.AddDate("Concern.IncidentDate", "1", "3", "2026");
                break;
            case "ambulance" or "care-provider":
                answers.Concern.AddDate("Concern.IncidentDate", "1", "3", "2026");
                break;
            case "gp":
                answers.AboutYou["Sender.Organisation"] = "Quorn Medical Centre";
                answers.Person["Person.NhsNumber"] = ValidNhsNumber;
                break;
            case "hospital":
                answers.Person["Person.NhsNumber"] = ValidNhsNumber;
                answers.Concern.AddDate("Concern.DischargeDate", "9", "3", "2026");
                break;
        }

        return answers;
    }

    /// <summary>Everything the form asks for this partner type, required and optional.</summary>
    public static ReferralAnswers Complete(string formSlug)
    {
        var answers = Minimal(formSlug);
        answers.AboutYou["Sender.Role"] = "Duty officer";
        answers.AboutYou["Sender.Organisation"] = formSlug == "gp" ? "Quorn Medical Centre" : "Testshire Partner Service";
        answers.AboutYou["Sender.Email"] = "sam.okafor@example.nhs.uk";
        answers.Person["Person.NhsNumber"] = ValidNhsNumber;
        answers.Person["Person.FormerFamilyName"] = "Pickering";
        answers.Person["Person.AddressLine2"] = "Quorn";
        answers.Person["Person.Town"] = "Loughborough";
        answers.Person["Person.Phone"] = "01509 555 123";
        answers.RiskAndConsent["RiskAndConsent.EmergencyServicesInvolved"] = "no";
        answers.RiskAndConsent["RiskAndConsent.RiskDetails"] = "Large dog in the house.";
        answers.RiskAndConsent["RiskAndConsent.HasCommunicationNeeds"] = "yes";
        answers.RiskAndConsent["RiskAndConsent.CommunicationNeeds"] = "bsl";
        switch (formSlug)
        {
            case "police":
                answers.AboutYou["Sender.Identifier"] = "PC 4521";
                answers.Concern["Concern.IncidentTime"] = "22:15";
                answers.Concern["Concern.Location"] = "Outside the Co-op, High Street";
                answers.Concern["Concern.ConcernTypes"] = "self-neglect";
                break;
            case "ambulance":
                answers.AboutYou["Sender.Identifier"] = "Delta 12";
                answers.Person["Person.GpPractice"] = "Quorn Medical Centre";
                answers.Concern["Concern.IncidentNumber"] = "EMAS-778812";
                answers.Concern["Concern.Conveyed"] = "no";
                answers.Concern["Concern.ConcernTypes"] = "falls";
                break;
            case "gp":
                answers.Concern["Concern.Diagnoses"] = "Vascular dementia; type 2 diabetes";
                answers.Concern["Concern.MobilityNeeds"] = "Walks with a frame indoors";
                answers.Concern["Concern.PersonalCareNeeds"] = "Needs help to wash and dress";
                break;
            case "hospital":
                answers.Person["Person.GpPractice"] = "Quorn Medical Centre";
                answers.Concern["Concern.Ward"] = "Ward 7, Glenfield";
                answers.Concern["Concern.MedicallyOptimised"] = "yes";
                answers.Concern["Concern.Pathway"] = "pathway-1";
                break;
            case "care-provider":
                answers.AboutYou["Sender.CqcLocationId"] = "1-123456789";
                answers.Concern["Concern.IncidentTime"] = "07:40";
                answers.Concern["Concern.Injuries"] = "Bruise to the left forearm, 3 cm";
                answers.Concern["Concern.BodyMap"] = "yes";
                answers.Concern["Concern.FamilyInformed"] = "yes";
                break;
        }

        return answers;
    }
}

internal static class FormFields
{
    public static void AddDate(this Dictionary<string, string> fields, string name, string day, string month, string year)
    {
        fields[$"{name}.Day"] = day;
        fields[$"{name}.Month"] = month;
        fields[$"{name}.Year"] = year;
    }
}
