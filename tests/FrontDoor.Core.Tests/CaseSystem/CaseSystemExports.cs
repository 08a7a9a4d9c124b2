using System.Text;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.CaseSystem;

/// <summary>Small case-system exports as a council's would look, and an importer run the way the command line runs it.</summary>
internal static class CaseSystemExports
{
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);

    // A header in another order and case, a byte-order mark and CRLF, as a spreadsheet saves them.
    public const string Teams =
        "\uFEFFName,Team ID,Duty_Phone,duty_email,opens,closes,open_weekends\r\n" +
        "North Locality Team,T1,01632 960001,north@example.gov.uk,08:30,17:00,no\r\n" +
        "\"Hospital Discharge Team, County\",T2,01632 960002,discharge@example.gov.uk,08:00,20:00,yes\r\n";

    public const string Workers =
        "worker_id,name,role,team_id,work_phone\n" +
        "W1,Asha Patel,Social worker,T1,01632 960101\n" +
        "W2,Ben Cole,OT,T2,\n";

    // The case system calls its id las_id and the date of birth DOB: both are read.
    public const string People =
        "las_id,given_name,family_name,known_as,former_family_name,DOB,nhs_number,address_line1,town,postcode,phones,email,interpreter_language,british_sign_language\n" +
        "L100,Mary,Jones,,Pickering,1940-03-02,943 476 5919,12 High Street,Loughborough,LE11 1AA,07700 900123;01509 123456,mary.jones@example.com,,\n" +
        "L101,Patrick,O'Brien,Pat,,31/12/1950,,\"Flat 2, The Maltings\",Melton Mowbray,LE13 0AB,,,Polish,yes\n" +
        "L102,Edith,Clarke,,,1932-07-15,,,,,,,,\n";

    public const string Allocations =
        "allocation_id,person_id,worker_id,team_id,start_date,end_date\n" +
        "A1,L100,W1,T1,2026-01-05,\n" +
        "A2,L101,,T2,2026-02-01,\n";

    public static MemoryStream File(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream File(byte[] bytes) => new(bytes);

    public static FakeTimeProvider Clock() => new(Now);

    public static CaseSystemImportRequest Request(string fileName, bool full = false, PeopleLayout layout = PeopleLayout.FrontDoor) =>
        new(fileName, full, "cli:test", "cli", layout);

    public static Task<CaseSystemImportRun> ImportAsync(FrontDoorDbContext db, TimeProvider clock, CaseSystemFileKind kind, string text, bool full = false, CancellationToken cancellationToken = default)
    {
        var file = File(text);
        return new CaseSystemImporter(db, clock).ImportAsync(kind, file, Request($"{kind.Name()}.csv", full), null, cancellationToken);
    }

    /// <summary>Teams, workers, people and allocations, in the order a nightly drop imports them.</summary>
    public static async Task ImportAllAsync(FrontDoorDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var (kind, text) in new[] { (CaseSystemFileKind.Teams, Teams), (CaseSystemFileKind.Workers, Workers), (CaseSystemFileKind.People, People), (CaseSystemFileKind.Allocations, Allocations) })
        {
            var run = await ImportAsync(db, clock, kind, text, cancellationToken: cancellationToken);
            if (run.Status != CaseSystemImportStatus.Completed || run.Refused > 0)
            {
                throw new InvalidOperationException($"The {kind.Name()} export did not import cleanly: {run.Summary} {run.Message}");
            }
        }
    }
}
