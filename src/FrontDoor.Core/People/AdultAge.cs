namespace FrontDoor.Core.People;

/// <summary>Adult social care is for people aged 18 and over; children's services help anyone younger.</summary>
public static class AdultAge
{
    public const int Years = 18;

    /// <summary>True until the 18th birthday (someone born on 29 February turns 18 on 28 February).</summary>
    public static bool IsChild(DateOnly dateOfBirth, DateOnly today) => dateOfBirth.AddYears(Years) > today;
}
