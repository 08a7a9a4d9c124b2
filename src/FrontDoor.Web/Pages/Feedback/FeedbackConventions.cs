using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Feedback;

/// <summary>The survey texted after a contact closes: the link's token is the only key, so open to anyone and throttled as the public's forms.</summary>
public sealed class FeedbackConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Feedback");
        conventions.ThrottleFolder("/Feedback", ThrottlePolicies.PublicForms);
    }
}
