namespace FrontDoor.Web.Tests.Hosting;

/// <summary>Folders of the FrontDoor repository the tests run from.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "FrontDoor.Web");

    /// <summary>The web root the build fills with GOV.UK Frontend, for running the built (not published) app.</summary>
    public static string WebRoot => Path.Combine(WebProject, "wwwroot");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrontDoor.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No FrontDoor.slnx above {AppContext.BaseDirectory}.");
    }
}
