using System.Globalization;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People.AllocatedWorker;
using FrontDoor.Core.People.Search;
using FrontDoor.Web.Api.Partners;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FrontDoor.Web.Api;

/// <summary>
/// <c>GET /api/v1/people/allocation</c>: the public "find your worker" answer for partner systems, with the same
/// rules — the NHS number and date of birth must belong to one person, an unknown number and a wrong date of birth
/// give the same 404, attempts are limited per key and per NHS number, and each answer is audited against the person.
/// </summary>
internal static class PeopleAllocationApi
{
    public const string NotFoundTitle = "No person with that NHS number and date of birth";

    public static RouteGroupBuilder MapPeopleAllocationApi(this RouteGroupBuilder people)
    {
        people.MapGet("/allocation", GetAsync)
            .WithName("GetPersonAllocation")
            .WithSummary("Who holds a person now, and how to reach them")
            .WithDescription("Takes an NHS number and a date of birth (YYYY-MM-DD) that must belong to the same person, and returns the "
                + "allocated team's duty line, email, opening hours and whether it is open now, and the worker where the council names workers. "
                + "An unknown NHS number and a wrong date of birth both return the same 404. Each answer is audited against the person; "
                + "failed attempts are limited per key and per NHS number (429 with Retry-After).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return people;
    }

    public static async Task<Results<Ok<PersonAllocationResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string? nhsNumber, string? dateOfBirth, AllocatedWorkerLookup lookup, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var identifier = PersonIdentifier.ParseNhsNumber(nhsNumber, out var numberError);
        if (identifier is null)
        {
            errors["nhsNumber"] = [numberError];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ReportedPersonRules.DateOfBirth(EnteredDate.FromIso(dateOfBirth), required: true, "the person's", today, out var date) is { } dateError)
        {
            errors["dateOfBirth"] = [dateError];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The look-up could not be run");
        }

        var partner = PartnerClaims.Identity(context.User);
        var caller = new LookupCaller(LookupChannel.PartnerApi, "partner:" + partner.KeyId.ToString("N"), partner.Actor, context.Connection.RemoteIpAddress?.ToString());
        var result = await lookup.LookUpAsync(identifier!, date!.Value, caller, cancellationToken);
        switch (result.Outcome)
        {
            case LookupOutcome.Found:
                return TypedResults.Ok(PersonAllocationResponse.From(result.Answer!.Allocation));
            case LookupOutcome.TooManyAttempts:
                var seconds = Math.Max(1, (int)Math.Ceiling(result.RetryAfter!.Value.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem($"Too many look-ups from this key or against this NHS number. Try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
            default:
                // One body for an unknown number and a wrong date of birth: nothing says which.
                return TypedResults.Problem("Check the NHS number and date of birth.", statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);
        }
    }
}

/// <summary>Who holds the person: <c>allocated</c> false (and the rest null) when nobody does.</summary>
public sealed record PersonAllocationResponse(
    bool Allocated,
    string? WorkerName,
    string? WorkerRole,
    string? TeamName,
    string? DutyPhone,
    string? DutyEmail,
    string? OpeningHours,
    bool? OpenNow,
    DateOnly? AllocatedFrom)
{
    public static PersonAllocationResponse From(AllocationStatus status) => new(
        status.IsAllocated, status.WorkerName, status.WorkerRole, status.TeamName, status.DutyPhone, status.DutyEmail, status.OpeningHours, status.DutyLineOpenNow, status.AllocatedFrom);
}
