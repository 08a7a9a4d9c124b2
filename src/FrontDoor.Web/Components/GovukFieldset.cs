using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FrontDoor.Web.Components;

/// <summary>The fieldset and legend around radios, checkboxes and date inputs.</summary>
internal static class GovukFieldset
{
    public static TagBuilder Open(string legend, LabelSize size, bool legendIsHeading, string? describedBy, bool isGroup = false)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (isGroup)
        {
            fieldset.Attributes["role"] = "group";
        }

        if (describedBy is not null)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legendTag = new TagBuilder("legend");
        legendTag.AddCssClass("govuk-fieldset__legend" + size.Modifier("govuk-fieldset__legend"));
        if (legendIsHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(legend);
            legendTag.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legendTag.InnerHtml.Append(legend);
        }

        fieldset.InnerHtml.AppendHtml(legendTag);
        return fieldset;
    }

    public static TagBuilder FormGroup(string? error, IHtmlContent content)
    {
        var group = new TagBuilder("div");
        group.AddCssClass(GovukField.FormGroupClass(error));
        group.InnerHtml.AppendHtml(content);
        return group;
    }
}
