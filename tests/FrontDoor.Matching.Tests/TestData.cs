using FrontDoor.Matching.Io;

namespace FrontDoor.Matching.Tests;

/// <summary>Locates the reference data in the repository (found by FrontDoor.slnx).</summary>
internal static class TestData
{
    public static string FebrlFolder => Path.Combine(RepositoryRoot(), "reference-data", "febrl");

    public static List<PersonRecord> Febrl(string file)
    {
        using var reader = File.OpenText(Path.Combine(FebrlFolder, file));
        return PersonCsv.Read(reader, CsvLayout.Febrl);
    }

    public static PersonRecord Person(string id = "p1") => new(id)
    {
        GivenName = "William",
        FamilyName = "Hargreaves",
        DateOfBirth = "14/03/1948",
        NhsNumber = "943 476 5919",
        HouseNumber = "12",
        AddressLine = "Church Lane",
        Town = "Loughborough",
        Postcode = "LE11 3AB",
        Phone = "01509 123456",
        Email = "w.hargreaves@example.org",
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrontDoor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FrontDoor.slnx not found above " + AppContext.BaseDirectory);
    }
}
