namespace FrontDoor.Matching.Model;

/// <summary>
/// Starting values: the model used before a council has enough records to estimate its own, and the
/// EM starting point. Set from general experience of person data (typo rates of a few per cent,
/// roughly 1 in 36,500 people sharing a birth date), not from any labelled data.
/// </summary>
internal static class DefaultParameters
{
    public static MatchModel Create()
    {
        var m = new double[Comparison.Levels.FieldCount][];
        var u = new double[Comparison.Levels.FieldCount][];
        void Set(MatchField field, double[] mValues, double[] uValues)
        {
            m[(int)field] = [0, .. mValues];
            u[(int)field] = [0, .. uValues];
        }

        Set(MatchField.NhsNumber, [0.97, 0.03], [1e-6, 1 - 1e-6]);
        Set(MatchField.NationalId, [0.90, 0.06, 0.04], [1e-6, 2e-5, 1 - 2.1e-5]);
        Set(MatchField.LasId, [0.95, 0.05], [1e-6, 1 - 1e-6]);
        Set(MatchField.GivenName, [0.82, 0.04, 0.05, 0.02, 0.03, 0.02, 0.02], [0.005, 0.002, 0.003, 0.004, 0.01, 0.003, 0.973]);
        Set(MatchField.FamilyName, [0.84, 0.02, 0.05, 0.02, 0.03, 0.03, 0.01], [0.002, 0.0002, 0.002, 0.003, 0.008, 0.9846, 0.0002]);
        Set(MatchField.DateOfBirth, [0.90, 0.02, 0.04, 0.02, 0.01, 0.01], [3e-5, 3e-5, 5e-4, 1e-3, 0.01, 0.98844]);
        // The last level: one record's address is the other's previous one (a record made before a move the case system knows of).
        Set(MatchField.Postcode, [0.85, 0.04, 0.03, 0.03, 0.03, 0.02], [3e-5, 5e-4, 1e-4, 5e-3, 0.994369, 1e-6]);
        Set(MatchField.HouseNumber, [0.90, 0.10], [0.05, 0.95]);
        Set(MatchField.Street, [0.85, 0.07, 0.03, 0.05], [0.002, 0.001, 0.01, 0.987]);
        Set(MatchField.Town, [0.88, 0.05, 0.07], [0.01, 0.005, 0.985]);
        Set(MatchField.Phone, [0.80, 0.20], [1e-5, 1 - 1e-5]);
        Set(MatchField.Email, [0.80, 0.20], [1e-6, 1 - 1e-6]);
        return new MatchModel(m, u, matchesPerRecord: 0.2, source: "default");
    }
}
