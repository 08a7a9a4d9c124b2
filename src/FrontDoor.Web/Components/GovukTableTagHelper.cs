using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK table from rows of text: <c>&lt;govuk-table caption="…" head="@head" rows="@rows" numeric-columns="@([1])" /&gt;</c>.
/// The first cell of each row is its header unless <c>first-cell-is-header="false"</c>.
/// </summary>
[HtmlTargetElement("govuk-table", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTableTagHelper : TagHelper
{
    public string? Caption { get; set; }

    public LabelSize CaptionSize { get; set; } = LabelSize.M;

    public IReadOnlyList<string> Head { get; set; } = [];

    public IEnumerable<IReadOnlyList<string>> Rows { get; set; } = [];

    public IReadOnlyCollection<int> NumericColumns { get; set; } = [];

    public bool FirstCellIsHeader { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-table");

        if (Caption is not null)
        {
            var caption = new TagBuilder("caption");
            caption.AddCssClass("govuk-table__caption" + CaptionSize.Modifier("govuk-table__caption"));
            caption.InnerHtml.Append(Caption);
            output.Content.AppendHtml(caption);
        }

        if (Head.Count > 0)
        {
            var head = new TagBuilder("thead");
            head.AddCssClass("govuk-table__head");
            var row = Row();
            for (var column = 0; column < Head.Count; column++)
            {
                row.InnerHtml.AppendHtml(Cell("th", "govuk-table__header", column, Head[column], "col"));
            }

            head.InnerHtml.AppendHtml(row);
            output.Content.AppendHtml(head);
        }

        var body = new TagBuilder("tbody");
        body.AddCssClass("govuk-table__body");
        foreach (var cells in Rows)
        {
            var row = Row();
            for (var column = 0; column < cells.Count; column++)
            {
                row.InnerHtml.AppendHtml(column == 0 && FirstCellIsHeader
                    ? Cell("th", "govuk-table__header", column, cells[column], "row")
                    : Cell("td", "govuk-table__cell", column, cells[column], null));
            }

            body.InnerHtml.AppendHtml(row);
        }

        output.Content.AppendHtml(body);
    }

    private static TagBuilder Row()
    {
        var row = new TagBuilder("tr");
        row.AddCssClass("govuk-table__row");
        return row;
    }

    private TagBuilder Cell(string tag, string block, int column, string text, string? scope)
    {
        var cell = new TagBuilder(tag);
        cell.AddCssClass(block + (NumericColumns.Contains(column) ? $" {block}--numeric" : string.Empty));
        if (scope is not null)
        {
            cell.Attributes["scope"] = scope;
        }

        cell.InnerHtml.Append(text);
        return cell;
    }
}
