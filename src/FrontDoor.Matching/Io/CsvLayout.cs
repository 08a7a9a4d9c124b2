namespace FrontDoor.Matching.Io;

/// <summary>The person file layouts the engine reads.</summary>
public enum CsvLayout
{
    /// <summary>FrontDoor's person CSV: <c>id,given_name,family_name,known_as,date_of_birth,nhs_number,las_id,house_number,address_line,town,postcode,phone,email</c>.</summary>
    FrontDoor,
    /// <summary>The FEBRL benchmark layout, fields separated by comma and space.</summary>
    Febrl,
}
