namespace FrontDoor.Web.Pages.Feedback;

internal static class FeedbackLogging
{
    /// <summary>
    /// A survey link's path is its secret (<c>/feedback/{token}</c>), and ASP.NET Core's per-request lines
    /// ("Request starting GET …/feedback/…") are the Information logs that write paths. They stay at Warning whatever
    /// <c>Logging:LogLevel</c> says, so raising <c>Microsoft.AspNetCore</c> to Information never logs a token.
    /// </summary>
    public static void KeepSurveyTokensOutOfLogs(this WebApplicationBuilder builder) =>
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
}
