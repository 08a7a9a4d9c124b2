using System.Linq.Expressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace FrontDoor.Web.Tests.Components;

/// <summary>A page's view of one model and its ModelState, for rendering one tag helper without a web host.</summary>
internal sealed class TagHelperRendering<TModel>(TModel model)
{
    public static IModelMetadataProvider MetadataProvider { get; } = new EmptyModelMetadataProvider();

    public ModelStateDictionary ModelState { get; } = new();

    public ViewContext ViewContext
    {
        get
        {
            var http = new DefaultHttpContext();
            return new ViewContext(new ActionContext(http, new RouteData(), new ActionDescriptor(), ModelState), NoView.Instance, ViewData,
                new TempDataDictionary(http, NoView.Instance), TextWriter.Null, new HtmlHelperOptions());
        }
    }

    private ViewDataDictionary<TModel> ViewData => new(MetadataProvider, ModelState) { Model = model };

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(MetadataProvider).CreateModelExpression(ViewData, expression);

    public static string Render(TagHelper tagHelper, string tagName)
    {
        var attributes = new TagHelperAttributeList();
        var output = new TagHelperOutput(tagName, attributes, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        tagHelper.Process(new TagHelperContext(tagName, attributes, new Dictionary<object, object>(), "test"), output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NoView : IView, ITempDataProvider
    {
        public static NoView Instance { get; } = new();

        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
