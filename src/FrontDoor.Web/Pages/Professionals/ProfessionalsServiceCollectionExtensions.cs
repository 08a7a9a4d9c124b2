namespace FrontDoor.Web.Pages.Professionals;

public static class ProfessionalsServiceCollectionExtensions
{
    /// <summary>
    /// The professional e-forms' drafts, kept in the distributed cache, which the host keeps in the database so any
    /// web node can serve the next page. Who may open the forms is in <see cref="ProfessionalsConventions"/>.
    /// </summary>
    public static IServiceCollection AddProfessionalReferrals(this IServiceCollection services)
    {
        services.AddScoped<ReferralDrafts>();
        return services;
    }
}
