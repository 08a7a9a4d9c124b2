using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;

namespace FrontDoor.Core.Tests.Triage.Priority;

public sealed class PriorityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    /// <summary>
    /// Facts, one to a word: <c>danger</c> (in danger now), <c>reported:Risk</c> (said at intake), <c>flow:Risk</c>
    /// (found by a triage script), <c>discharge:+N</c> (days from today), <c>alone</c>, <c>police-welfare</c>,
    /// <c>suggested:Priority</c> (the script's outcome); "-" for none. Reasons are separated by " | ".
    /// </summary>
    [Theory]
    [InlineData("-", TriagePriority.Medium, "No risk known yet")]
    [InlineData("suggested:Low", TriagePriority.Low, "Triage script suggests low priority")]
    [InlineData("danger", TriagePriority.Urgent, "In danger now")]
    [InlineData("flow:ImmediateDanger", TriagePriority.Urgent, "In danger now")]
    [InlineData("flow:MentalHealthCrisis", TriagePriority.Urgent, "Mental health crisis")]
    [InlineData("reported:Safeguarding", TriagePriority.High, "Safeguarding concern")]
    [InlineData("flow:NoCareInPlace", TriagePriority.High, "No care in place")]
    [InlineData("flow:NoCareInPlace alone", TriagePriority.Urgent, "No care in place and lives alone")]
    [InlineData("alone", TriagePriority.Medium, "No risk known yet")]
    [InlineData("reported:CarerBreakdown", TriagePriority.High, "Carer can no longer cope")]
    [InlineData("reported:SelfNeglect", TriagePriority.High, "Self-neglect")]
    [InlineData("police-welfare", TriagePriority.High, "Police referral about welfare")]
    [InlineData("discharge:-3", TriagePriority.Urgent, "Hospital discharge date passed (30 October)")]
    [InlineData("discharge:+0", TriagePriority.Urgent, "Hospital discharge today")]
    [InlineData("discharge:+1", TriagePriority.High, "Hospital discharge tomorrow")]
    [InlineData("discharge:+2", TriagePriority.High, "Hospital discharge in 2 days")]
    [InlineData("discharge:+3", TriagePriority.Medium, "Hospital discharge in 3 days")]
    [InlineData("discharge:+7", TriagePriority.Medium, "Hospital discharge in 7 days")]
    [InlineData("discharge:+8", TriagePriority.Medium, "No risk known yet")]
    [InlineData("discharge:+8 suggested:Low", TriagePriority.Low, "Triage script suggests low priority")]
    [InlineData("flow:HospitalDischarge", TriagePriority.High, "Hospital discharge, date not known")]
    [InlineData("flow:HospitalDischarge discharge:+5", TriagePriority.Medium, "Hospital discharge in 5 days")]
    // The script's suggestion is a floor: it raises, it never lowers.
    [InlineData("reported:SelfNeglect suggested:Low", TriagePriority.High, "Self-neglect | Triage script suggests low priority")]
    [InlineData("reported:SelfNeglect suggested:Urgent", TriagePriority.Urgent, "Triage script suggests urgent priority | Self-neglect")]
    // Every rule that fired is a reason, most urgent first, then in the rules' order.
    [InlineData("danger reported:Safeguarding reported:SelfNeglect discharge:+1", TriagePriority.Urgent, "In danger now | Safeguarding concern | Self-neglect | Hospital discharge tomorrow")]
    [InlineData("flow:CarerBreakdown flow:NoCareInPlace discharge:+4", TriagePriority.High, "No care in place | Carer can no longer cope | Hospital discharge in 4 days")]
    [InlineData("reported:Safeguarding flow:Safeguarding", TriagePriority.High, "Safeguarding concern")]
    public void Decide_GivesTheMostUrgentPriorityOfEveryRuleThatFired_WithEachReason(string facts, TriagePriority expected, string reasons)
    {
        var decision = PriorityRules.Decide(Facts(facts), Today);

        Assert.Equal(expected, decision.Priority);
        Assert.Equal(reasons.Split(" | "), decision.Reasons);
    }

    private static PriorityFacts Facts(string words)
    {
        var facts = new PriorityFacts();
        HashSet<TriageRisk> reported = [], flow = [];
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "-"))
        {
            var (name, value) = word.Split(':') switch
            {
                [var n, var v] => (n, v),
                [var n] => (n, string.Empty),
                _ => throw new ArgumentException(word),
            };
            facts = name switch
            {
                "danger" => facts with { InDangerNow = true },
                "alone" => facts with { LivesAlone = true },
                "police-welfare" => facts with { PoliceWelfareConcern = true },
                "discharge" => facts with { HospitalDischargeDate = Today.AddDays(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) },
                "suggested" => facts with { FlowSuggestedPriority = Enum.Parse<TriagePriority>(value) },
                "reported" when reported.Add(Enum.Parse<TriageRisk>(value)) => facts,
                "flow" when flow.Add(Enum.Parse<TriageRisk>(value)) => facts,
                _ => throw new ArgumentException($"Unknown fact {word}"),
            };
        }

        return facts with { ReportedRisks = reported, FlowRisks = flow };
    }
}
