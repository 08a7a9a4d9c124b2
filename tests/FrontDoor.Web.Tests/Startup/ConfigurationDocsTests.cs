using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>
/// docs/configuration.md says it lists every setting. Its tables are compared with what the options classes (every
/// class with a <c>SectionName</c>, in FrontDoor.Core and FrontDoor.Web) can bind, so a setting added to a class
/// and not to the page, or left on the page after it went, fails here.
/// </summary>
public sealed partial class ConfigurationDocsTests
{
    /// <summary>Settings whose key is not the options class's section and property name, and why.</summary>
    private static readonly Dictionary<string, string> KeysReadElsewhere = new(StringComparer.Ordinal)
    {
        // DatabaseSetup reads the connection string where .NET keeps connection strings.
        ["Database:ConnectionString"] = "ConnectionStrings:FrontDoor",
    };

    /// <summary>Settings read with no options class of ours: ASP.NET Core's ForwardedHeadersOptions is filled from this list.</summary>
    private static readonly string[] SettingsWithoutAnOptionsClass = ["ForwardedHeaders:KnownProxies:*"];

    [Fact]
    public void ConfigurationPage_ListsExactlyTheSettingsTheOptionsClassesBind()
    {
        var bindable = OptionsClasses()
            .SelectMany(options => BindableKeys(options.Section, options.Type))
            .Select(key => KeysReadElsewhere.GetValueOrDefault(key, key))
            .Concat(SettingsWithoutAnOptionsClass)
            .ToHashSet(StringComparer.Ordinal);
        var documented = DocumentedKeys();

        var undocumented = bindable.Except(documented).Order(StringComparer.Ordinal).ToList();
        var gone = documented.Except(bindable).Order(StringComparer.Ordinal).ToList();
        Assert.True(undocumented.Count == 0, $"Not in docs/configuration.md: {string.Join(", ", undocumented)}");
        Assert.True(gone.Count == 0, $"In docs/configuration.md but no options class binds them: {string.Join(", ", gone)}");
    }

    [Fact]
    public void OptionsClasses_AreFoundWithTheirNestedSettings()
    {
        // Guards the reflection above: if it found nothing, the comparison would prove nothing.
        var keys = OptionsClasses().SelectMany(options => BindableKeys(options.Section, options.Type)).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Intake:Mailbox:CareProviderDomains:*", keys);
        Assert.Contains("Intake:Mailbox:UseTls", keys);
        Assert.Contains("Throttling:PersonSearch:Window", keys);
        Assert.Contains("DataProtection:PreviousCertificates:*:Path", keys);
        Assert.Contains("Authentication:OpenIdConnect:RoleMapping:*", keys);
        Assert.Contains("Authentication:AbsoluteSessionLifetime", keys);
        Assert.DoesNotContain("Intake:Mailbox:MailboxName", keys); // computed, not bound
    }

    private static IEnumerable<(string Section, Type Type)> OptionsClasses() =>
        new[] { typeof(Program).Assembly, typeof(DatabaseOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(found => found.Field is { IsLiteral: true } && found.Field.FieldType == typeof(string))
            .Select(found => ((string)found.Field!.GetRawConstantValue()!, found.Type));

    /// <summary>The keys the configuration binder fills on <paramref name="type"/>; <c>*</c> stands for a list index or a dictionary key.</summary>
    private static IEnumerable<string> BindableKeys(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var collection = !IsSimple(propertyType) && typeof(IEnumerable).IsAssignableFrom(propertyType);
            if (property.GetIndexParameters().Length > 0 || (property.SetMethod is not { IsPublic: true } && !collection))
            {
                continue; // computed, or not settable: the binder leaves it alone
            }

            var key = $"{prefix}:{property.Name}";
            var inner = collection ? ElementType(propertyType) : propertyType;
            var itemKey = collection ? $"{key}:*" : key;
            foreach (var bound in IsSimple(inner) ? [itemKey] : BindableKeys(itemKey, inner))
            {
                yield return bound;
            }
        }
    }

    private static Type ElementType(Type collection)
    {
        var dictionary = collection.GetInterfaces().Append(collection)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return collection.IsArray
            ? collection.GetElementType()!
            : collection.GetInterfaces().Append(collection).First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(Guid) || type == typeof(Uri);

    /// <summary>Every key in backticks in the first column of the page's tables, with N and &lt;…&gt; read as <c>*</c>.</summary>
    private static HashSet<string> DocumentedKeys()
    {
        var page = File.ReadAllLines(Path.Combine(RepositoryFolders.Root, "docs", "configuration.md"));
        return page
            .Where(line => line.StartsWith('|') && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Select(line => line.Split('|')[1])
            .SelectMany(cell => Quoted().Matches(cell).Select(match => match.Groups[1].Value))
            .Where(token => token.Contains(':', StringComparison.Ordinal))
            .Select(token => string.Join(':', token.Split(':').Select(segment => segment == "N" || segment.StartsWith('<') ? "*" : segment)))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();
}
