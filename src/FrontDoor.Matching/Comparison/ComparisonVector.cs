using System.Runtime.CompilerServices;

namespace FrontDoor.Matching.Comparison;

/// <summary>The comparison level of every field for one pair of records (a Fellegi–Sunter gamma vector).</summary>
[InlineArray(12)]
internal struct LevelArray
{
    private byte _first;
}

internal struct ComparisonVector
{
    public LevelArray Levels;

    /// <summary>True when given and family names agreed better the other way round.</summary>
    public bool NamesSwapped;

    /// <summary>
    /// The pair looks like two relatives, not one person: a different given name under the same family name,
    /// or the same name with birth years apart, and no identifier that agrees. Such a pair is never linked
    /// automatically, however much else (address, phone) agrees: households share those.
    /// </summary>
    public bool LookAlike;

    /// <summary>
    /// Given and family names both differ, after nicknames, typos, swaps and former names: a different person whatever
    /// else agrees (a date of birth and a postcode are shared by strangers, and a wrong identifier is sometimes recorded).
    /// Never linked automatically.
    /// </summary>
    public bool NamesDisagree;

    /// <summary>Held just inside the review band, whatever the weights say: a likely relative or a different name.</summary>
    public readonly bool HeldBack => LookAlike || NamesDisagree;

    /// <summary>Four bits per field, for counting identical patterns during estimation.</summary>
    public readonly ulong Pattern
    {
        get
        {
            ulong pattern = 0;
            for (var i = 0; i < Comparison.Levels.FieldCount; i++)
            {
                pattern |= (ulong)Levels[i] << (i * 4);
            }

            return pattern;
        }
    }

    public static ComparisonVector FromPattern(ulong pattern)
    {
        var vector = default(ComparisonVector);
        for (var i = 0; i < Comparison.Levels.FieldCount; i++)
        {
            vector.Levels[i] = (byte)((pattern >> (i * 4)) & 0xF);
        }

        return vector;
    }
}
