using System.Globalization;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>Addresses in the triage flows journey, built in one place.</summary>
public static class TriageFlowLinks
{
    public const string List = "/staff/triage-flows";

    public const string Upload = List + "/upload";

    /// <summary>The TempData key of the green banner shown on a flow's page after a new version is put in force.</summary>
    public const string ChangedMessage = "TriageFlowChanged";

    public static string Flow(string flowId) => $"{List}/{flowId}";

    /// <summary>A flow as it was at one version, in force or not.</summary>
    public static string Version(string flowId, int version) => $"{List}/{flowId}?version={version.ToString(CultureInfo.InvariantCulture)}";

    public static string PutBack(string flowId, int version) => $"{List}/{flowId}/versions/{version.ToString(CultureInfo.InvariantCulture)}/put-back";
}
