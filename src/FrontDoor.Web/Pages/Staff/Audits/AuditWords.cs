using System.Globalization;
using FrontDoor.Core.CaseFileAudits;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>How audit figures read on the pages.</summary>
public static class AuditWords
{
    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    public static string Share(double? share) => share is { } s ? s.ToString("P0", UkEnglish) : "None scored";

    public static string Average(double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "None scored";

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", UkEnglish);

    public static string Date(DateTimeOffset? at) => at is { } when ? when.ToString("d MMMM yyyy", UkEnglish) : string.Empty;

    /// <summary>"30 November 2026 at 9:05am", in UK time as the rest of the staff pages show it.</summary>
    public static string DateTime(DateTimeOffset at) => Contacts.ContactWords.When(at);

    public static string Progress(int audited, int sampled) => $"{audited} of {sampled} audited";

    public static string MonthHref(AuditMonth month) => $"/staff/audits/{month}";

    public static string CaseHref(Guid caseId) => $"/staff/audits/cases/{caseId}";

    public static string CorrectHref(Guid caseId) => $"/staff/audits/cases/{caseId}/correct";

    public static string AllocateHref(AuditMonth month) => $"/staff/audits/{month}/allocate";

    public const string MineHref = "/staff/audits/mine";

    public const string TrendHref = "/staff/audits/trend";
}
