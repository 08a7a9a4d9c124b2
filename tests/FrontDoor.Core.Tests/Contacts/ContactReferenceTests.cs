using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Tests.Contacts;

public sealed class ContactReferenceTests
{
    [Theory]
    [InlineData("FD-4K7M2QXP")]
    [InlineData("fd-4k7m2qxp")]
    [InlineData("  FD-4K7M2QXP  ")]
    [InlineData("4K7M2QXP")]
    [InlineData("4k7m 2qxp")]
    [InlineData("FD 4K7M 2QXP")]
    [InlineData("FD4K7M2QXP")]
    [InlineData("FD–4K7M–2QXP")]
    public void TryParse_AsPeopleTypeIt_ReadsTheReference(string typed)
    {
        Assert.True(ContactReference.TryParse(typed, out var reference));
        Assert.Equal("FD-4K7M2QXP", reference.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FD-")]
    [InlineData("FD-4K7M2QX")]
    [InlineData("FD-4K7M2QXPP")]
    [InlineData("FD-0K7M2QXP")]
    [InlineData("AB-4K7M2QXP")]
    [InlineData("Mrs Edith Marsh")]
    public void TryParse_NotAReference_IsRefused(string? typed) =>
        Assert.False(ContactReference.TryParse(typed, out _));

    [Fact]
    public void TryParse_ANewReference_ReadsBackAsItself()
    {
        var reference = ContactReference.New();

        Assert.True(ContactReference.TryParse(reference.Value.ToLowerInvariant(), out var read));
        Assert.Equal(reference, read);
    }
}
