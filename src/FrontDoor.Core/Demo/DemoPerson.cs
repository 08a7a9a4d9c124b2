using FrontDoor.Core.People;

namespace FrontDoor.Core.Demo;

/// <summary>Why a demo record looks like another: the cases person matching must get right.</summary>
public enum DemoLikeness
{
    /// <summary>An ordinary record.</summary>
    None,

    /// <summary>A second record of the same human, with the typos, nicknames and missing fields real duplicates have.</summary>
    Duplicate,

    /// <summary>A different human: a spouse at the same address with the same family name.</summary>
    Spouse,

    /// <summary>A different human: a twin (same family name, date of birth and address).</summary>
    Twin,

    /// <summary>A different human: a son with his father's name at the same address ("Jr").</summary>
    Junior,
}

/// <summary>
/// A generated person record and the truth behind it: records with the same <see cref="Identity"/> are the
/// same human. The truth is only for scoring matching, never for matching.
/// </summary>
public sealed record DemoPerson(Person Person, int Identity, DemoLikeness Likeness);
