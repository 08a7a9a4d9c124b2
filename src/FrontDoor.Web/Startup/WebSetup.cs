using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Portal.RequestHelp;
using FrontDoor.Web.Pages.Professionals;

namespace FrontDoor.Web.Startup;

internal static class WebSetup
{
    /// <summary>Razor Pages with authorisation per journey folder, never per page.</summary>
    public static void AddFrontDoorPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Staff/Duplicates", Policies.Managers);
            options.Conventions.AuthorizeFolder("/Staff/Calls", Policies.Managers);
            options.Conventions.AuthorizeFolder("/Staff/PersonAccess", Policies.Administrators);
            options.Conventions.AllowAnonymousToFolder("/Portal");
            options.Conventions.AllowAnonymousToFolder("/SignIn");
            options.Conventions.AllowAnonymousToFolder("/Errors");
        });
        builder.Services.AddRequestHelpJourney();
        builder.Services.AddProfessionalReferrals();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
    }

    /// <summary>GOV.UK error pages for exceptions and status codes, so nobody sees a stack trace or a blank page.</summary>
    public static void UseFrontDoorErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/problem");
            app.UseHsts();
        }

        // Systems calling /api get problem details, not HTML pages.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/problem/{0}"));
    }
}
