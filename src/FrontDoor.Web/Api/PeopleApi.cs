using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.People.Search;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FrontDoor.Web.Api;

/// <summary><c>/api/v1/people</c>: the advisor's person search, as the search page's type-ahead calls it.</summary>
internal static class PeopleApi
{
    public const int DefaultMax = 10;

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people/search", SearchAsync)
            .WithName("SearchPeople")
            .RequireRateLimiting(ThrottlePolicies.PersonSearch)
            .WithSummary("Find people from one line of text")
            .WithDescription("Takes any mix of name, date of birth, postcode (full or district), NHS number, LAS ID and phone number, "
                + "and returns people ranked by match probability, with why they match and who they are allocated to. Every search is audited.")
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<Results<Ok<PersonSearchResponse>, ValidationProblem>> SearchAsync(
        string? q, int? max, PersonSearch search, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (PersonSearchInput.Problem(q) is { } problem)
        {
            errors["q"] = [problem];
        }

        if (max is < 1 or > PersonSearch.MaxResults)
        {
            errors["max"] = [$"max must be between 1 and {PersonSearch.MaxResults}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search could not be run");
        }

        var results = await search.SearchAsync(q, max ?? DefaultMax, StaffUser.Actor(context.User), context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return TypedResults.Ok(PersonSearchResponse.From(results));
    }
}

/// <summary>
/// The search answer's JSON metadata, generated at build time instead of built by reflection when the app starts:
/// type-ahead calls the search on every keystroke. Same names and shape as the web defaults give (camelCase).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PersonSearchResponse))]
internal sealed partial class PeopleApiJson : JsonSerializerContext;

/// <summary>The same rules for the API and the search page, in GOV.UK's words.</summary>
internal static class PersonSearchInput
{
    public static string? Problem(string? q) =>
        string.IsNullOrWhiteSpace(q) ? "Enter a name, date of birth, postcode, NHS number, LAS ID or phone number"
        : q.Length > PersonSearchQuery.MaxLength ? $"Search must be {PersonSearchQuery.MaxLength} characters or fewer"
        : null;
}

/// <summary>How the search was read and who was found, best first.</summary>
public sealed record PersonSearchResponse(
    string Query,
    IReadOnlyList<string> Understood,
    IReadOnlyList<string> Ignored,
    bool NameOnlySearch,
    IReadOnlyList<PersonSearchHit> People)
{
    public static PersonSearchResponse From(PersonSearchResults results) => new(
        results.Query.Text,
        results.Query.Understood,
        results.Query.Ignored,
        results.NameOnlySearch,
        [.. results.People.Select(p => new PersonSearchHit(
            p.PersonId, p.Name, p.KnownAs, p.FormerFamilyName, p.DateOfBirth, p.Age, p.Postcode, p.NhsNumber, p.LasId,
            p.Probability, p.StrengthText, p.Explanation, p.Allocation, $"/staff/people/{p.PersonId:D}"))]);
}

/// <summary>One person found. <c>Probability</c> is null for a name-only search, which has none.</summary>
public sealed record PersonSearchHit(
    Guid Id,
    string Name,
    string? KnownAs,
    string? FormerFamilyName,
    DateOnly? DateOfBirth,
    int? Age,
    string? Postcode,
    string? NhsNumber,
    string? LasId,
    double? Probability,
    string MatchStrength,
    IReadOnlyList<string> Explanation,
    AllocationStatus Allocation,
    string Url);
