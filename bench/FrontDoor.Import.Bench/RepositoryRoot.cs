namespace FrontDoor.Import.Bench;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrontDoor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FrontDoor.slnx not found above " + AppContext.BaseDirectory);
    }
}
