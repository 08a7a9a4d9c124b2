using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Tests.Normalisation;

public class NhsNumberCheckTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("4010232137")]
    public void IsValid_WithCorrectCheckDigit_IsTrue(string number) => Assert.True(NhsNumberCheck.IsValid(number));

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("943476591")] // nine digits
    [InlineData("94347659190")] // eleven digits
    [InlineData("94347A5919")]
    [InlineData("1000000010")] // remainder gives check 10: no valid number
    public void IsValid_WithBadInput_IsFalse(string number) => Assert.False(NhsNumberCheck.IsValid(number));

    [Fact]
    public void TryParse_WithCheckOfElevenMeaningZero_IsValid()
    {
        // Weighted sum 0 gives 11 - 0 = 11, which stands for a check digit of 0.
        Assert.Equal(NhsNumberCheck.Status.Valid, NhsNumberCheck.TryParse("0000000000", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_WithNothing_IsMissing(string? number) => Assert.Equal(NhsNumberCheck.Status.Missing, NhsNumberCheck.TryParse(number, out _));
}
