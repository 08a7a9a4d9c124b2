using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.TestCommon.Triage;

/// <summary>Shipped flows as a team manager would edit them for an upload.</summary>
public static class EditedFlows
{
    public const string RevisedCarerTitle = "Carer asking for support (revised)";

    /// <summary>The shipped carer flow (<c>carer.yaml</c>, version 1) with another version number and title.</summary>
    public static string Carer(int version, string title = RevisedCarerTitle) =>
        TriageFlowFiles.ShippedText("carer.yaml")
            .Replace("version: 1\n", $"version: {version}\n", StringComparison.Ordinal)
            .Replace("title: Carer asking for support\n", $"title: {title}\n", StringComparison.Ordinal);
}
