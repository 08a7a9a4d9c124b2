using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public sealed class PersonFormerAddressTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly PostalAddress HighStreet = new("12 High Street", null, "Loughborough", UkPostcode.Parse("LE11 1AA"));
    private static readonly PostalAddress MillLane = new("3 Mill Lane", null, "Shepshed", UkPostcode.Parse("LE12 9AB"));

    private static Person Mary()
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Mary", "Jones"), Now);
        person.MoveTo(HighStreet, Now);
        return person;
    }

    [Fact]
    public void MoveHouse_ToAnotherDwelling_KeepsTheAddressBeforeFirst()
    {
        var mary = Mary();

        mary.MoveHouse(MillLane, new DateOnly(2026, 12, 7), Now);

        Assert.Equal(MillLane, mary.Address);
        Assert.Equal(new FormerAddress(HighStreet, new DateOnly(2026, 12, 7)), Assert.Single(mary.FormerAddresses));
    }

    [Fact]
    public void MoveHouse_ThatOnlyRespellsTheSameDwelling_IsNotAMove()
    {
        var mary = Mary();

        mary.MoveHouse(new PostalAddress("12 High St", null, "Loughborough", UkPostcode.Parse("le11 1aa")), new DateOnly(2026, 12, 7), Now);

        Assert.Empty(mary.FormerAddresses);
    }

    [Fact]
    public void MoveHouse_BackToAFormerAddress_TakesItOutOfTheFormerOnes()
    {
        var mary = Mary();
        mary.MoveHouse(MillLane, new DateOnly(2026, 1, 1), Now);

        mary.MoveHouse(HighStreet, new DateOnly(2026, 12, 7), Now);

        Assert.Equal(HighStreet, mary.Address);
        Assert.Equal(MillLane, Assert.Single(mary.FormerAddresses).Address);
    }

    [Fact]
    public void MoveTo_AsAContactReportingANewAddressDoes_DoesNotRewriteHistory()
    {
        // A caller's word that someone moved is not the case system's record of it.
        var mary = Mary();

        mary.MoveTo(MillLane, Now);

        Assert.Empty(mary.FormerAddresses);
    }
}
