using System.Text;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.TriageFlows.Manage;

/// <summary>
/// A team manager uploads a new version of a flow, or a new flow, without a release: checked as
/// <c>frontdoor flows validate</c> checks it, and put in force only when nothing is wrong with it.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = FormLimitBytes)]
[RequestSizeLimit(FormLimitBytes)]
public sealed class UploadModel(TriageFlowCatalogue catalogue) : PageModel
{
    public const int MaxFileBytes = TriageFlowFiles.MaxFileBytes;

    // A little over the file limit, so a file just too big reaches the page and gets its message there.
    private const int FormLimitBytes = MaxFileBytes + (64 * 1024);

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [BindProperty]
    public IFormFile? FlowFile { get; set; }

    public static string MaxFileSize => $"{MaxFileBytes / 1024} KB";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } file)
        {
            return Page();
        }

        var result = await catalogue.UploadAsync(file.Name, file.Text, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.Stored is not { } stored)
        {
            foreach (var problem in result.Problems)
            {
                ModelState.AddModelError(nameof(FlowFile), Words(problem));
            }

            return Page();
        }

        var flow = await catalogue.GetVersionAsync(stored.FlowId, stored.Version, cancellationToken);
        TempData[TriageFlowLinks.ChangedMessage] = $"Version {stored.Version} of {flow?.Title ?? stored.FlowId} is now in force.";
        return Redirect(TriageFlowLinks.Flow(stored.FlowId));
    }

    /// <summary>A problem as the manager reads it: the file, the line to look at, and what to change.</summary>
    public static string Words(FlowProblem problem) =>
        problem.Line > 0 ? $"{problem.File}, line {problem.Line}: {problem.Reason}" : $"{problem.File}: {problem.Reason}";

    private async Task<(string Name, string Text)?> ReadAsync(CancellationToken cancellationToken)
    {
        string? error = null;
        if (FlowFile is null)
        {
            error = "Select a flow file";
        }
        else if (FlowFile.Length == 0)
        {
            error = "The selected file is empty";
        }
        else if (FlowFile.Length > MaxFileBytes)
        {
            error = $"The selected file must be smaller than {MaxFileSize}";
        }
        else if (!Extensions.Contains(Path.GetExtension(NameOf(FlowFile)), StringComparer.OrdinalIgnoreCase))
        {
            error = "The selected file must be a YAML or JSON file (.yaml, .yml or .json)";
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(FlowFile), error);
            return null;
        }

        try
        {
            using var reader = new StreamReader(FlowFile!.OpenReadStream(), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return (NameOf(FlowFile), await reader.ReadToEndAsync(cancellationToken));
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(FlowFile), "The selected file must be text saved as UTF-8");
            return null;
        }
    }

    // Some browsers send the whole path ("C:\fakepath\carer.yaml"); only the name means anything here.
    private static string NameOf(IFormFile file) => file.FileName.Split('\\', '/')[^1];
}
