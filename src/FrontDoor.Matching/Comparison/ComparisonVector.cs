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

    /// <summary>With <see cref="NamesSwapped"/>: the first record's family name was read as the given name (and its given name as the family name).</summary>
    public bool SwapReadOtherWay;

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

    /// <summary>
    /// Both records carry a valid NHS number and the numbers differ: two people's numbers, or one recorded wrongly.
    /// Never linked automatically, however well the rest agrees (twins given short forms of one name, a wrong match
    /// on every other field); a person decides.
    /// </summary>
    public readonly bool DifferentNhsNumbers => Levels[(int)MatchField.NhsNumber] == Comparison.Levels.Identifier.Different;

    /// <summary>
    /// Both records give a former family name and the two differ: a woman has one maiden name, so these are two women
    /// (namesakes with a shared generic email, say), or a second marriage recorded differently; a person decides.
    /// </summary>
    public bool DifferentFormerNames;

    /// <summary>
    /// A different family name (no former name explains it) and no shared address, and no identifier agrees: a woman
    /// who married and moved, or a stranger born the same day with the same given name. Only a person can tell.
    /// </summary>
    public bool OtherNameElsewhere;

    /// <summary>Something on the records says two people, however well the rest agrees: sent for review, never linked.</summary>
    public readonly bool TwoPeopleSaysAField => DifferentNhsNumbers || DifferentFormerNames || OtherNameElsewhere;

    /// <summary>Held at or below the review band, whatever the weights say: a likely relative, a different name, another NHS number or maiden name.</summary>
    public readonly bool HeldBack => LookAlike || NamesDisagree || TwoPeopleSaysAField;

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
