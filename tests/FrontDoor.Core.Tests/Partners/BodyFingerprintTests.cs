using System.Text;
using FrontDoor.Core.Partners;

namespace FrontDoor.Core.Tests.Partners;

public sealed class BodyFingerprintTests
{
    private const string Sent = """{"story":"Found on the floor.","person":{"givenName":"Edith","familyName":"Marsh"},"needs":["large print","interpreter"]}""";

    [Fact]
    public void TheSameJson_IndentedOrWithFieldsInAnotherOrder_IsTheSameRequest()
    {
        const string rebuilt = """
            {
              "person": { "familyName": "Marsh", "givenName": "Edith" },
              "needs": [ "large print", "interpreter" ],
              "story": "Found on the floor."
            }
            """;

        Assert.Equal(Of(Sent), Of(rebuilt));
    }

    [Theory]
    [InlineData("""{"story":"Found on the floor.","person":{"givenName":"Edna","familyName":"Marsh"},"needs":["large print","interpreter"]}""")]
    [InlineData("""{"story":"Found on the floor.","person":{"givenName":"Edith","familyName":"Marsh"},"needs":["interpreter","large print"]}""")]
    [InlineData("""{"story":"Found on the floor.","person":{"givenName":"Edith","familyName":"Marsh"}}""")]
    public void AnyChangeOfValueOrOrderInAList_IsAnotherRequest(string changed) => Assert.NotEqual(Of(Sent), Of(changed));

    [Fact]
    public void ABodyThatIsNotJson_IsComparedByItsBytes()
    {
        Assert.Equal(BodyFingerprint.OfBytes("not json {"u8), BodyFingerprint.Of("not json {"u8));
        Assert.NotEqual(BodyFingerprint.Of("not json {"u8), BodyFingerprint.Of("not json  {"u8));
    }

    private static string Of(string json) => BodyFingerprint.Of(Encoding.UTF8.GetBytes(json));
}
