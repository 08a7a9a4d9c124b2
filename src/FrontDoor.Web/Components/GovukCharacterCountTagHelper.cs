using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK character count, a textarea that says how much can be typed:
/// <c>&lt;govuk-character-count asp-for="Story" label="…" max-length="@Contact.MaxStoryLength" /&gt;</c>.
/// Without JavaScript the limit is written under the box; govuk-frontend turns that into a live count.
/// The limit is only a message: the page still checks the length and says so in ModelState.
/// </summary>
[HtmlTargetElement("govuk-character-count", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCharacterCountTagHelper : GovukLabelledFieldTagHelper
{
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public int MaxLength { get; set; }

    public int Rows { get; set; } = 5;

    /// <summary>A <c>data-testid</c> on the textarea for browser tests.</summary>
    public string? TestId { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (MaxLength <= 0)
        {
            throw new InvalidOperationException($"<govuk-character-count> for {For.Name} needs a max-length.");
        }

        var field = BeginFormGroup(output, "govuk-character-count");
        var infoId = $"{field.Id}-info";
        output.Attributes.SetAttribute("data-module", "govuk-character-count");
        output.Attributes.SetAttribute("data-maxlength", MaxLength.ToString(CultureInfo.InvariantCulture));

        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea govuk-js-character-count" + (field.Error is null ? string.Empty : " govuk-textarea--error"));
        textarea.Attributes["id"] = field.Id;
        textarea.Attributes["name"] = field.Name;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        textarea.Attributes["aria-describedby"] = field.DescribedBy(Hint) is { } describedBy ? $"{infoId} {describedBy}" : infoId;
        if (TestId is not null)
        {
            textarea.Attributes["data-testid"] = TestId;
        }

        textarea.InnerHtml.Append(field.Value(field.Name, For.Model) ?? string.Empty);
        output.Content.AppendHtml(textarea);

        var message = new TagBuilder("div");
        message.Attributes["id"] = infoId;
        message.AddCssClass("govuk-hint govuk-character-count__message");
        message.InnerHtml.Append($"You can enter up to {MaxLength.ToString("N0", EnglishGb)} characters");
        output.Content.AppendHtml(message);
    }
}
