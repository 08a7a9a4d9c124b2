using System.Text;
using FrontDoor.Core.Telephony;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Calls;

/// <summary>Team managers upload the telephony's call records; the same importer as <c>frontdoor import-calls</c>.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormLimitBytes)]
[RequestSizeLimit(FormLimitBytes)]
public sealed class ImportModel(CallRecordImporter importer) : PageModel
{
    /// <summary>A year of a busy contact centre's calls fits well within this.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    // A little over the file limit, so a file just too big reaches the page and gets its message there.
    private const int FormLimitBytes = MaxFileBytes + (1024 * 1024);

    [BindProperty]
    public IFormFile? CallsFile { get; set; }

    public CallImportResult? Result { get; private set; }

    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CallsFile is null || CallsFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CallsFile), CallsFile is null ? "Select a CSV file of call records" : "The selected file is empty");
            return Page();
        }

        if (CallsFile.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(CallsFile), $"The selected file must be smaller than {MaxFileBytes / 1024 / 1024} MB");
            return Page();
        }

        if (!Path.GetExtension(CallsFile.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) || await LooksBinaryAsync(CallsFile, cancellationToken))
        {
            ModelState.AddModelError(nameof(CallsFile), "The selected file must be a CSV");
            return Page();
        }

        FileName = Path.GetFileName(CallsFile.FileName);
        try
        {
            using var reader = new StreamReader(CallsFile.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Result = await importer.ImportAsync(reader, new CallImportSource(FileName, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken: cancellationToken);
        }
        catch (CallImportFormatException ex)
        {
            ModelState.AddModelError(nameof(CallsFile), $"The selected file cannot be imported. {ex.Message}");
            return Page();
        }

        return Page();
    }

    // A spreadsheet or image renamed to .csv has NUL bytes near the start; text never does.
    private static async Task<bool> LooksBinaryAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[Math.Min(8192, (int)file.Length)];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return Array.IndexOf(head, (byte)0, 0, read) >= 0;
    }
}
