using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Startup;

/// <summary>
/// A journey folder's own rules — who may open its pages and how hard they may be asked — declared in a
/// <c>…Conventions</c> class beside the pages, so a new page inherits its folder's rules and nobody edits start-up.
/// </summary>
public interface IFolderConventions
{
    void Apply(PageConventionCollection conventions);
}

internal static class FolderConventions
{
    /// <summary>Applies every folder's conventions found in this assembly.</summary>
    public static void ApplyAll(PageConventionCollection conventions)
    {
        foreach (var folder in Declared())
        {
            folder.Apply(conventions);
        }
    }

    public static IEnumerable<IFolderConventions> Declared() => typeof(FolderConventions).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IFolderConventions).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (IFolderConventions)Activator.CreateInstance(type)!);
}
