using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Professionals;

public static class ProfessionalsServiceCollectionExtensions
{
    /// <summary>
    /// The professional e-forms: open to anyone (partners have no FrontDoor accounts), drafts kept in the
    /// distributed cache, which the host keeps in the database so any web node can serve the next page.
    /// </summary>
    public static IServiceCollection AddProfessionalReferrals(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(options => options.Conventions.AllowAnonymousToFolder("/Professionals"));
        services.AddScoped<ReferralDrafts>();
        return services;
    }
}
