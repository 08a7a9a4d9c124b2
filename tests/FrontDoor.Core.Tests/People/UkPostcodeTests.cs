using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("le11aa", "LE1 1AA", "LE1", "LE1 1", "LE")]
    [InlineData("LE11 2TP", "LE11 2TP", "LE11", "LE11 2", "LE")]
    [InlineData(" ng1  5dt ", "NG1 5DT", "NG1", "NG1 5", "NG")]
    [InlineData("SW1A1AA", "SW1A 1AA", "SW1A", "SW1A 1", "SW")]
    [InlineData("b338th", "B33 8TH", "B33", "B33 8", "B")]
    [InlineData("M1 1AE", "M1 1AE", "M1", "M1 1", "M")]
    [InlineData("cr2 6xh", "CR2 6XH", "CR2", "CR2 6", "CR")]
    [InlineData("GIR 0AA", "GIR 0AA", "GIR", "GIR 0", "GI")]
    public void TryParse_WithValidPostcode_Normalises(string input, string normal, string outward, string sector, string area)
    {
        Assert.True(UkPostcode.TryParse(input, out var postcode, out var error), error);
        Assert.Equal(normal, postcode.Value);
        Assert.Equal(outward, postcode.Outward);
        Assert.Equal(sector, postcode.Sector);
        Assert.Equal(area, postcode.Area);
    }

    [Theory]
    [InlineData("")]
    [InlineData("LE1")]
    [InlineData("12345")]
    [InlineData("LE1 1AAA")]
    [InlineData("QE1 1AA")]
    [InlineData("LE1 1CA")]
    [InlineData("not a postcode at all")]
    [InlineData("LE1 1ÄA")]
    public void TryParse_WithInvalidPostcode_Refuses(string input)
    {
        Assert.False(UkPostcode.TryParse(input, out _, out var error));
        Assert.NotEmpty(error);
    }
}
