namespace FrontDoor.Web.Startup;

/// <summary>The <c>FrontDoor</c> configuration section: what this council's deployment says about itself.</summary>
public sealed class FrontDoorOptions
{
    public const string SectionName = "FrontDoor";

    /// <summary>Offer one sign-in per role without a password and seed a demo county. Never on a live service.</summary>
    public bool Demo { get; set; }

    /// <summary>Shown in the header and footer, e.g. "Leicestershire County Council".</summary>
    public string CouncilName { get; set; } = "Demo County Council";

    /// <summary>The Customer Service Centre's adult social care line, shown to the public.</summary>
    public string AdultSocialCarePhone { get; set; } = "0116 496 0123";

    /// <summary>When the phone line is answered, in words, e.g. "Monday to Friday, 8am to 6pm".</summary>
    public string PhoneOpeningHours { get; set; } = "Monday to Friday, 8am to 6pm";

    /// <summary>The out-of-hours emergency duty team, for urgent help when the centre is closed.</summary>
    public string EmergencyDutyPhone { get; set; } = "0116 496 0999";

    /// <summary>How many people the demo county has, when demo mode seeds an empty database.</summary>
    public int DemoPeople { get; set; } = 2_000;
}
