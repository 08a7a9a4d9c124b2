using System.Text;

namespace FrontDoor.Matching.Io;

/// <summary>Reads person records from CSV. Pure: the caller opens the file.</summary>
public static class PersonCsv
{
    public static readonly IReadOnlyList<string> FrontDoorHeader =
        ["id", "given_name", "family_name", "known_as", "date_of_birth", "nhs_number", "las_id", "house_number", "address_line", "town", "postcode", "phone", "email"];

    /// <summary>An optional last column of FrontDoor's layout: a maiden or other earlier family name.</summary>
    public const string FormerFamilyNameColumn = "former_family_name";

    public static readonly IReadOnlyList<string> FebrlHeader =
        ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"];

    /// <summary>Reads every record; throws <see cref="CsvFormatException"/> for a wrong header, a wrong column count, a missing or repeated id.</summary>
    public static List<PersonRecord> Read(TextReader reader, CsvLayout layout)
    {
        var expected = layout == CsvLayout.Febrl ? FebrlHeader : FrontDoorHeader;
        var lineNumber = 1;
        var headerLine = reader.ReadLine() ?? throw new CsvFormatException(1, "the file is empty; expected a header row");
        var header = Split(headerLine.TrimStart('\uFEFF'), lineNumber).Select(h => h.Trim()).ToList();
        if (layout == CsvLayout.FrontDoor && header.Count == FrontDoorHeader.Count + 1
            && string.Equals(header[^1], FormerFamilyNameColumn, StringComparison.OrdinalIgnoreCase))
        {
            expected = [.. FrontDoorHeader, FormerFamilyNameColumn];
        }

        if (!header.SequenceEqual(expected, StringComparer.OrdinalIgnoreCase))
        {
            var optional = layout == CsvLayout.FrontDoor ? $", optionally followed by ',{FormerFamilyNameColumn}'" : string.Empty;
            throw new CsvFormatException(1, $"expected the header '{string.Join(",", expected)}'{optional}");
        }

        var records = new List<PersonRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line, lineNumber);
            if (fields.Count != expected.Count)
            {
                throw new CsvFormatException(lineNumber, $"expected {expected.Count} columns but found {fields.Count}");
            }

            var record = layout == CsvLayout.Febrl ? FromFebrl(fields) : FromFrontDoor(fields);
            if (record.Id.Length == 0)
            {
                throw new CsvFormatException(lineNumber, "the id is empty");
            }

            if (!ids.Add(record.Id))
            {
                throw new CsvFormatException(lineNumber, $"the id '{record.Id}' appears twice");
            }

            records.Add(record);
        }

        return records;
    }

    private static PersonRecord FromFrontDoor(List<string> f) => new(f[0].Trim())
    {
        GivenName = f[1], FamilyName = f[2], KnownAs = f[3], DateOfBirth = f[4], NhsNumber = f[5], LasId = f[6],
        HouseNumber = f[7], AddressLine = f[8], Town = f[9], Postcode = f[10], Phone = f[11], Email = f[12],
        FormerFamilyName = f.Count > FrontDoorHeader.Count ? f[FrontDoorHeader.Count] : null,
    };

    // FEBRL's soc_sec_id has no check digit, so it is a national id, not an NHS number; address_2 is a building
    // or sub-locality name that belongs with the street.
    private static PersonRecord FromFebrl(List<string> f) => new(f[0].Trim())
    {
        GivenName = f[1], FamilyName = f[2], HouseNumber = f[3],
        AddressLine = string.IsNullOrWhiteSpace(f[5]) ? f[4] : $"{f[4]}, {f[5]}",
        Town = f[6], Postcode = f[7], DateOfBirth = f[9], NationalId = f[10],
    };

    /// <summary>Splits one line: RFC 4180 quotes, and spaces after a separator skipped (FEBRL writes ", ").</summary>
    internal static List<string> Split(string line, int lineNumber)
    {
        var fields = new List<string>(16);
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new CsvFormatException(lineNumber, "a quoted field is not closed");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw new CsvFormatException(lineNumber, "text after a closing quote");
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                field.Append(line, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
