using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Professionals;

public static class ProfessionalsServiceCollectionExtensions
{
    /// <summary>
    /// The professional e-forms: open to anyone (partners have no FrontDoor accounts), drafts kept in the
    /// distributed cache. In memory unless the host registers a shared cache first, which several web nodes need.
    /// </summary>
    public static IServiceCollection AddProfessionalReferrals(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(options => options.Conventions.AllowAnonymousToFolder("/Professionals"));
        services.AddDistributedMemoryCache();
        services.AddScoped<ReferralDrafts>();
        return services;
    }
}
