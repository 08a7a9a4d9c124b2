using System.Globalization;
using FrontDoor.Core.CaseFileAudits;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>How audit figures read on the pages.</summary>
public static class AuditWords
{
    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    public static string Share(double? share) => share is { } s ? s.ToString("P0", UkEnglish) : "None scored";

    public static string Average(double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "None scored";

    public static string Date(DateTimeOffset? at) => at is { } when ? when.ToString("d MMMM yyyy", UkEnglish) : string.Empty;

    public static string Progress(int audited, int sampled) => $"{audited} of {sampled} audited";

    public static string MonthHref(AuditMonth month) => $"/staff/audits/{month}";

    public static string CaseHref(Guid caseId) => $"/staff/audits/cases/{caseId}";
}
