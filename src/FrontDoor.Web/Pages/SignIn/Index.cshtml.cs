using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.SignIn;

public sealed class IndexModel(SignInMethods methods, SignInAudit audit) : PageModel
{
    public SignInMethods Methods => methods;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? DemoUserId { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostDemoAsync()
    {
        if (!methods.Demo)
        {
            return NotFound();
        }

        if (DemoUser.Find(DemoUserId) is not { } demo)
        {
            ModelState.AddModelError(nameof(DemoUserId), "Select who you want to sign in as");
            return Page();
        }

        var user = StaffUser.ForDemo(demo, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user);
        await audit.SignedInAsync(user, HttpContext, "demo sign-in");
        return LocalRedirect(SafeReturnUrl());
    }

    public IActionResult OnPostCouncilAccount() =>
        methods.CouncilAccount
            ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, OpenIdConnectDefaults.AuthenticationScheme)
            : NotFound();

    // Only ever return to a page of this service, never to a URL someone put in a link.
    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff";
}
