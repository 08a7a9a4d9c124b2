namespace FrontDoor.Web.Authorisation;

/// <summary>Which ways of signing in this deployment offers; the sign-in page shows exactly these.</summary>
public sealed record SignInMethods(bool Demo, bool CouncilAccount);
