namespace FrontDoor.Matching;

/// <summary>The fields the engine compares, each with its own comparison levels and weights.</summary>
public enum MatchField
{
    NhsNumber,
    NationalId,
    LasId,
    GivenName,
    FamilyName,
    DateOfBirth,
    Postcode,
    HouseNumber,
    Street,
    Town,
    Phone,
    Email,
}
