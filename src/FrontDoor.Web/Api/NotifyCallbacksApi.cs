using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.Messages.Notify;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Api;

/// <summary>
/// <c>/api/notify</c>: GOV.UK Notify calls back here with a delivery receipt for each text and email, presenting the
/// token set as <c>Messages:Notify:CallbackToken</c>. Without that setting the endpoint answers 404, as if absent.
/// A receipt for a message still being sent answers 409, so Notify sends it again later.
/// </summary>
internal static class NotifyCallbacksApi
{
    /// <summary>A receipt is a few hundred bytes; anything much larger is not one.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private const string BearerPrefix = "Bearer ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapNotifyCallbacksApi(this RouteGroupBuilder notify)
    {
        notify.MapPost("/delivery-receipts", RecordDeliveryReceiptAsync)
            .WithName("RecordNotifyDeliveryReceipt")
            .WithSummary("GOV.UK Notify's delivery receipt for a text or email FrontDoor sent")
            .WithDescription("Notify's callback: the body is Notify's delivery receipt, whose reference is the id FrontDoor gave the message. delivered marks the message delivered; permanent-failure, temporary-failure and technical-failure mark it failed with the reason, for an administrator. A repeat changes nothing. Authorization: Bearer with the callback token configured in Notify.")
            .Accepts<NotifyDeliveryReceipt>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return notify;
    }

    private static async Task<Results<Ok, NotFound, ValidationProblem, ProblemHttpResult>> RecordDeliveryReceiptAsync(
        HttpContext context,
        IOptions<NotifyOptions> options,
        NotifyDeliveryReceipts receipts,
        CancellationToken cancellationToken)
    {
        if (options.Value.CallbackToken is not { Length: > 0 } token)
        {
            return TypedResults.NotFound();
        }

        if (!PresentsToken(context.Request, token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem("Send the callback token configured in GOV.UK Notify as Authorization: Bearer <token>.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorised");
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.Problem($"A delivery receipt must be {MaxBodyBytes / 1024} KB or smaller.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        }

        NotifyDeliveryReceipt? receipt;
        try
        {
            receipt = await JsonSerializer.DeserializeAsync<NotifyDeliveryReceipt>(context.Request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "body";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"This is not valid JSON of the expected type (line {ex.LineNumber + 1})"] }, title: "The delivery receipt has problems");
        }

        var errors = receipt?.Problems() ?? new Dictionary<string, string[]>(StringComparer.Ordinal) { ["body"] = ["Send the delivery receipt as a JSON object"] };
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The delivery receipt has problems");
        }

        var result = await receipts.RecordAsync(Guid.Parse(receipt!.Reference!), NotifyDeliveryReceipts.Statuses[receipt.Status!], NotifyDeliveryReceipts.NotifyTime(receipt.CompletedAt), cancellationToken);
        return result switch
        {
            DeliveryReceiptResult.NotFound => TypedResults.Problem("No text or email sent by FrontDoor has that reference.", statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            DeliveryReceiptResult.StillSending => TypedResults.Problem("The message is being sent now; send the receipt again later.", statusCode: StatusCodes.Status409Conflict, title: "Still sending"),
            _ => TypedResults.Ok(),
        };
    }

    /// <summary>
    /// Whether the request carries the token. Both sides are hashed first so the comparison takes the same time
    /// whatever was sent, its length included: the time never tells a caller how much of a guess was right.
    /// </summary>
    private static bool PresentsToken(HttpRequest request, string token)
    {
        string? header = request.Headers.Authorization;
        var presented = header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : string.Empty;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}

/// <summary>GOV.UK Notify's delivery receipt, as its callback sends it. <c>to</c> is accepted and never kept.</summary>
/// <param name="Id">Notify's id for the notification.</param>
/// <param name="Reference">The id FrontDoor gave the message.</param>
/// <param name="Status">delivered, permanent-failure, temporary-failure or technical-failure.</param>
public sealed record NotifyDeliveryReceipt(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("created_at")] string? CreatedAt,
    [property: JsonPropertyName("completed_at")] string? CompletedAt,
    [property: JsonPropertyName("sent_at")] string? SentAt,
    [property: JsonPropertyName("notification_type")] string? NotificationType)
{
    /// <summary>What is wrong with the receipt, by field; empty when FrontDoor can record it.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors["id"] = ["Enter Notify's id for the notification"];
        }

        if (!Guid.TryParse(Reference, out _))
        {
            errors["reference"] = ["Enter the reference FrontDoor gave the message (a UUID)"];
        }

        if (Status is null || !NotifyDeliveryReceipts.Statuses.ContainsKey(Status))
        {
            errors["status"] = [$"Enter one of {string.Join(", ", NotifyDeliveryReceipts.Statuses.Keys)}"];
        }

        return errors;
    }
}
