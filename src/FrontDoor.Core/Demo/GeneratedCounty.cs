using FrontDoor.Core.Contacts;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;

namespace FrontDoor.Core.Demo;

/// <summary>A whole synthetic county, ready to save: the same options always give the same county.</summary>
public sealed record GeneratedCounty(
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Worker> Workers,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<Contact> Contacts);
