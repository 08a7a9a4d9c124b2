namespace FrontDoor.Web.Pages.Portal.AllocatedWorker;

/// <summary>The find-your-worker pages' addresses, in one place.</summary>
public static class AllocatedWorkerLinks
{
    public const string BackLinkKey = "AllocatedWorkerBackLink";

    public const string Start = "/allocated-worker";

    public const string Text = "/allocated-worker/text";

    public const string RequestHelp = "/request-help";

    /// <summary>The question page for the number the person chose: <c>nhs-number</c> or <c>reference-number</c>.</summary>
    public static string Find(PersonIdentifierKindSlug by) => $"/allocated-worker/find/{Slug(by)}";

    public static string Slug(PersonIdentifierKindSlug by) => by == PersonIdentifierKindSlug.NhsNumber ? "nhs-number" : "reference-number";

    public static PersonIdentifierKindSlug? FromSlug(string? slug) => slug switch
    {
        "nhs-number" => PersonIdentifierKindSlug.NhsNumber,
        "reference-number" => PersonIdentifierKindSlug.ReferenceNumber,
        _ => null,
    };
}

/// <summary>Which number the person chose to find their record by.</summary>
public enum PersonIdentifierKindSlug
{
    ReferenceNumber,
    NhsNumber,
}
