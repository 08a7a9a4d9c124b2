using FrontDoor.Core;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919", "943 476 5919")]
    [InlineData("943 476 5919", "943 476 5919")]
    [InlineData("943-476-5919", "943 476 5919")]
    [InlineData("  9990000018 ", "999 000 0018")]
    [InlineData("4010232137", "401 023 2137")]
    public void TryParse_WithValidNumber_NormalisesToTenDigits(string input, string formatted)
    {
        Assert.True(NhsNumber.TryParse(input, out var number, out var error), error);
        Assert.Equal(formatted, number.Formatted);
        Assert.Equal(formatted.Replace(" ", "", StringComparison.Ordinal), number.Value);
    }

    [Theory]
    [InlineData("9434765918", "Enter a real NHS number")]
    [InlineData("9434765910", "Enter a real NHS number")]
    [InlineData("943476591", "10 digits")]
    [InlineData("94347659190", "10 digits")]
    [InlineData("94347659I9", "only include numbers")]
    [InlineData("", "Enter an NHS number")]
    [InlineData("   ", "Enter an NHS number")]
    public void TryParse_WithInvalidNumber_SaysWhatIsWrong(string input, string expected)
    {
        Assert.False(NhsNumber.TryParse(input, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDigit_OfTen_MeansNoValidNumber()
    {
        // The ninth digit has weight 2: 6 × 2 = 12, and 12 mod 11 = 1 gives a check of 11 - 1 = 10.
        Assert.Equal(-1, NhsNumber.CheckDigit("000000006"));
        for (var last = 0; last <= 9; last++)
        {
            Assert.False(NhsNumber.IsValid($"000000006{last}"));
        }
    }

    [Fact]
    public void Parse_WithBadCheckDigit_ThrowsDomainValidationForTheField()
    {
        var ex = Assert.Throws<DomainValidationException>(() => NhsNumber.Parse("9434765918"));
        Assert.Equal("NhsNumber", ex.Field);
    }
}
