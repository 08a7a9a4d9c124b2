using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Portal.CheckIn;

/// <summary>After a texted check-in is answered (post, redirect, get): says what happens next.</summary>
public sealed class ThankYouModel : PageModel;
