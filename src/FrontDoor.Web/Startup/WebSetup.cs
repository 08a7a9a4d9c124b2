using FrontDoor.Web.Pages.Feedback;
using FrontDoor.Web.Pages.Portal.AllocatedWorker;
using FrontDoor.Web.Pages.Portal.RequestHelp;
using FrontDoor.Web.Pages.Professionals;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Startup;

internal static class WebSetup
{
    /// <summary>Razor Pages with each journey folder's own conventions (authorisation, throttling), never per page.</summary>
    public static void AddFrontDoorPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => FolderConventions.ApplyAll(options.Conventions));
        builder.Services.AddRequestHelpJourney();
        builder.Services.AddProfessionalReferrals();
        builder.Services.AddAllocatedWorkerPages();
        builder.KeepSurveyTokensOutOfLogs();
        builder.Services.AddSingleton<Pages.Staff.Contacts.ContactEventWords>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<Pages.Staff.Insight.DashboardAuditSummary>();
        builder.Services.AddOpenApi();
        // The search API's answer from generated code; every other type falls back to reflection as before.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, Api.PeopleApiJson.Default));
        builder.Services.AddProblemDetails();
    }

    /// <summary>
    /// GOV.UK error pages for exceptions and status codes, so nobody sees a stack trace or a blank page. This does not
    /// hang on the environment's name: only a developer who asks (FrontDoor:DeveloperExceptionPage, in Development)
    /// gets ASP.NET Core's exception page, which WebApplication adds outside this handler in Development.
    /// </summary>
    public static void UseFrontDoorErrorPages(this WebApplication app)
    {
        var frontDoor = app.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value;
        if (!(app.Environment.IsDevelopment() && frontDoor.DeveloperExceptionPage))
        {
            app.UseExceptionHandler("/problem");
        }

        // Secure cookies mean an https-only site; HSTS tells browsers so (it leaves localhost alone).
        if (!frontDoor.AllowInsecureHttp)
        {
            app.UseHsts();
        }

        // Systems calling /api get problem details, not HTML pages.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/problem/{0}"));
    }
}
