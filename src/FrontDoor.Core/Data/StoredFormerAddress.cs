using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Data;

/// <summary>How one former address is written in the person's row: a small JSON object with short names.</summary>
internal static class StoredFormerAddress
{
    public static string Write(FormerAddress former) => JsonSerializer.Serialize(
        new Dto(former.Address.Line1, former.Address.Line2, former.Address.Line3, former.Address.Town, former.Address.Postcode.Value, former.Until),
        StoredFormerAddressJson.Default.Dto);

    public static FormerAddress Read(string stored)
    {
        var dto = JsonSerializer.Deserialize(stored, StoredFormerAddressJson.Default.Dto) ?? throw new JsonException("Empty former address.");
        return new FormerAddress(new PostalAddress(dto.Line1, dto.Line2, dto.Town, UkPostcode.Parse(dto.Postcode), dto.Line3), dto.Until);
    }

    internal sealed record Dto(
        [property: JsonPropertyName("l1")] string Line1,
        [property: JsonPropertyName("l2")] string? Line2,
        [property: JsonPropertyName("l3")] string? Line3,
        [property: JsonPropertyName("t")] string? Town,
        [property: JsonPropertyName("pc")] string Postcode,
        [property: JsonPropertyName("u")] DateOnly? Until);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredFormerAddress.Dto))]
internal sealed partial class StoredFormerAddressJson : JsonSerializerContext;
