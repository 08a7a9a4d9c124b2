using System.Text.Json;
using FrontDoor.Core;
using FrontDoor.Core.Partners;
using FrontDoor.Web.Api.Partners;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Api;

/// <summary>
/// <c>/api/v1/contacts</c>: partner systems (police, ambulance, GPs, providers) send referrals and read back
/// the ones they sent. A repeat with the same <c>Idempotency-Key</c> and body answers 201 again with the same
/// contact and <c>Idempotent-Replayed: true</c>; the same key with another body is refused with 409.
/// </summary>
internal static class ContactsApi
{
    /// <summary>Large enough for a long story and two hundred answers; files are not sent through this endpoint.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder contacts)
    {
        contacts.MapPost(string.Empty, CreateAsync)
            .WithName("CreateContact")
            .WithSummary("Send a referral to adult social care")
            .WithDescription("Makes one contact from the referral and returns it with its reference. Send an Idempotency-Key header (a UUID) so a retry never makes a second contact: a repeat with the same key and body (the same JSON: layout and the order of fields do not matter) returns 201 with the same contact and Idempotent-Replayed: true; the same key with a different body is refused with 409.")
            .Accepts<PartnerContactRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        contacts.MapGet("/{id:guid}", GetAsync)
            .WithName("GetContact")
            .WithSummary("Read back a contact you sent")
            .WithDescription("Its reference, status, person-match state, when it was received, the story and the completeness score. Only the partner that sent a contact can read it; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return contacts;
    }

    private static async Task<Results<Created<PartnerContactResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        PartnerContactIntake partnerIntake,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var partner = PartnerClaims.Identity(context.User);
        var origin = context.Connection.RemoteIpAddress?.ToString();
        if (!context.Request.HasJsonContentType())
        {
            await partnerIntake.RecordRefusedAsync(partner, origin, "not JSON", cancellationToken);
            return TypedResults.Problem("Send the referral as JSON with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        if (await ReadBodyAsync(context.Request, cancellationToken) is not { } body)
        {
            await partnerIntake.RecordRefusedAsync(partner, origin, "body too large", cancellationToken);
            return TypedResults.Problem($"The body must be {MaxBodyBytes / 1024:N0} KB or smaller.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        }

        PartnerContactRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PartnerContactRequest>(body, Json);
        }
        catch (JsonException ex)
        {
            await partnerIntake.RecordRefusedAsync(partner, origin, "body is not valid JSON", cancellationToken);
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "body";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"This is not valid JSON of the expected type (line {ex.LineNumber + 1})"] });
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = request is null
            ? new Dictionary<string, string[]> { ["body"] = ["Send the referral as a JSON object"] }
            : PartnerContactRequestRules.Validate(request, partner.Source, today);
        if (errors.Count > 0)
        {
            await partnerIntake.RecordRefusedAsync(partner, origin, $"invalid: {string.Join(", ", errors.Keys)}", cancellationToken);
            return TypedResults.ValidationProblem(errors, title: "The referral has problems to fix");
        }

        PartnerSubmissionResult result;
        try
        {
            result = await partnerIntake.SubmitAsync(partner, PartnerContactRequestRules.ToSubmission(request!, partner, body, origin, today), idempotencyKey, cancellationToken);
        }
        catch (DomainValidationException ex)
        {
            await partnerIntake.RecordRefusedAsync(partner, origin, $"invalid: {ex.Field}", cancellationToken);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(ex.Field)] = [ex.Message] });
        }

        if (result.Outcome == PartnerSubmissionOutcome.KeyReusedWithDifferentBody)
        {
            return TypedResults.Problem(
                $"The Idempotency-Key was used before for contact {result.Reference} with a different body. Use a new key for a new referral.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Idempotency-Key already used");
        }

        if (result.Outcome == PartnerSubmissionOutcome.Repeated)
        {
            context.Response.Headers[ReplayedHeader] = "true";
        }

        return TypedResults.Created($"/api/v1/contacts/{result.ContactId}", PartnerContactResponse.From(result.Contact!));
    }

    private static async Task<Results<Ok<PartnerContactResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        HttpContext context,
        PartnerContactIntake partnerIntake,
        CancellationToken cancellationToken)
    {
        var partner = PartnerClaims.Identity(context.User);
        var view = await partnerIntake.FindForPartnerAsync(partner, id, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);

        // Someone else's contact answers exactly as a missing one: its existence is not the caller's to know.
        return view is null
            ? TypedResults.Problem("There is no contact with that id sent by you.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(PartnerContactResponse.From(view));
    }

    /// <summary>The exact bytes sent, or null when they exceed <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>A contact as its sender may see it.</summary>
/// <param name="Status">received, needsAttention, open, routed or closed.</param>
/// <param name="MatchState">unmatched, matched, needsReview or newPerson: whether the person is known to adult social care records.</param>
/// <param name="Completeness">0–100: how much of what adult social care needs the referral gave.</param>
public sealed record PartnerContactResponse(Guid Id, string Reference, string Status, string MatchState, DateTimeOffset ReceivedAt, string Story, int? Completeness)
{
    public static PartnerContactResponse From(PartnerContactView view) => new(
        view.Id,
        view.Reference.Value,
        JsonNamingPolicy.CamelCase.ConvertName(view.Status.ToString()),
        JsonNamingPolicy.CamelCase.ConvertName(view.MatchState.ToString()),
        view.ReceivedAt,
        view.Story,
        view.CompletenessScore);
}
