using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.SignIn;

/// <summary>Sign-out is a form post (a link could be triggered by another site); this page holds the button.</summary>
public sealed class SignOutModel(SignInAudit audit) : PageModel
{
    public string UserName { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return LocalRedirect("/signed-out");
        }

        UserName = StaffUser.Name(User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return LocalRedirect("/signed-out");
        }

        await audit.SignedOutAsync(User, HttpContext);
        var properties = new AuthenticationProperties { RedirectUri = "/signed-out" };
        return StaffUser.SignedInWithCouncilAccount(User)
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
