namespace FrontDoor.Web.Startup;

/// <summary>The <c>FrontDoor</c> configuration section: what this council's deployment says about itself.</summary>
public sealed class FrontDoorOptions
{
    public const string SectionName = "FrontDoor";

    /// <summary>
    /// Offer one sign-in per role without a password, accept the demo partner keys and seed a demo county.
    /// Refused outside the Development environment: it would let anyone in as an administrator.
    /// </summary>
    public bool Demo { get; set; }

    /// <summary>
    /// Show ASP.NET Core's developer exception page (stack traces) instead of the GOV.UK problem page. Honoured only
    /// in Development, and set there by appsettings.Development.json; everywhere else people see the GOV.UK page.
    /// </summary>
    public bool DeveloperExceptionPage { get; set; }

    /// <summary>Shown in the header and footer, e.g. "Leicestershire County Council".</summary>
    public string CouncilName { get; set; } = "Demo County Council";

    /// <summary>The Customer Service Centre's adult social care line, shown to the public.</summary>
    public string AdultSocialCarePhone { get; set; } = "0116 496 0123";

    /// <summary>When the phone line is answered, in words, e.g. "Monday to Friday, 8am to 6pm".</summary>
    public string PhoneOpeningHours { get; set; } = "Monday to Friday, 8am to 6pm";

    /// <summary>The out-of-hours emergency duty team, for urgent help when the centre is closed.</summary>
    public string EmergencyDutyPhone { get; set; } = "0116 496 0999";

    /// <summary>When the emergency duty team answers, in words: staff give it with the number when a line is closed.</summary>
    public string EmergencyDutyHours { get; set; } = "Monday to Friday, 5pm to 8:30am, and all day at weekends and on bank holidays";

    /// <summary>Who the public form sends people to when the person who needs help is under 18, e.g. "Children's Social Care".</summary>
    public string ChildrensServicesName { get; set; } = "Children's Social Care";

    public string ChildrensServicesPhone { get; set; } = "0116 496 0444";

    /// <summary>The children's services web page, if the council has one; shown as a link.</summary>
    public string? ChildrensServicesUrl { get; set; }

    /// <summary>
    /// Let sign-in and forms work over plain http (Development on localhost, browser tests). Off on a live
    /// service: cookies are then Secure with the __Host- prefix, and forms refuse plain http.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How many people the demo county has when demo mode seeds an empty database; 0 seeds nothing.</summary>
    public int DemoPeople { get; set; } = FrontDoor.Core.Demo.DemoCounty.DefaultPeople;
}
