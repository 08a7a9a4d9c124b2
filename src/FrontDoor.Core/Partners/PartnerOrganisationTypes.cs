using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Partners;

/// <summary>Partner organisation types by the short names people type on the command line.</summary>
public static class PartnerOrganisationTypes
{
    public static IReadOnlyList<(string Name, ContactSource Source)> All { get; } =
    [
        ("police", ContactSource.Police),
        ("ambulance", ContactSource.Ambulance),
        ("gp", ContactSource.GpOrPrimaryCare),
        ("hospital", ContactSource.Hospital),
        ("care-provider", ContactSource.CareProvider),
        ("other", ContactSource.OtherProfessional),
    ];

    public static string Names => string.Join(", ", All.Select(t => t.Name));

    public static bool TryParse(string? name, out ContactSource source)
    {
        foreach (var type in All)
        {
            if (string.Equals(type.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                source = type.Source;
                return true;
            }
        }

        source = default;
        return false;
    }

    public static string NameOf(ContactSource source) =>
        All.FirstOrDefault(t => t.Source == source).Name ?? source.ToString();
}
