using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public sealed class PersonPhonesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetPhones_WithItsOwnPhones_KeepsThem()
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Ada", "Example"), Now);
        person.SetPhones([PhoneNumber.Parse("07700 900123"), PhoneNumber.Parse("0116 305 0004")], Now);

        person.SetPhones(person.Phones, Now);

        Assert.Equal(["+447700900123", "+441163050004"], person.Phones.Select(phone => phone.Value));
    }

    [Fact]
    public void SetPhones_WithRepeatedNumber_KeepsItOnce()
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Ada", "Example"), Now);

        person.SetPhones([PhoneNumber.Parse("07700 900123"), PhoneNumber.Parse("+44 7700 900123")], Now);

        Assert.Single(person.Phones);
    }
}
