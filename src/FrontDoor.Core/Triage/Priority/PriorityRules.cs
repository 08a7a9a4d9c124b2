using System.Globalization;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// The risk priority of an open contact, from explicit rules asked in order. Each rule that fires gives a priority
/// and a short reason staff see; the most urgent priority any rule gives wins, and every reason is listed, most
/// urgent first (rules of equal priority in the order below).
/// <list type="bullet">
/// <item>Urgent: someone in danger now; a mental health crisis; a hospital discharge due today or already past (the
/// person may be leaving, or have left, with nothing in place); no care in place for someone who lives alone.</item>
/// <item>High: a safeguarding concern; no care in place; a carer who can no longer cope; self-neglect; a hospital
/// discharge within <see cref="DischargeSoonDays"/> days, or one the script found with no date known; a police
/// referral about welfare.</item>
/// <item>Medium: a hospital discharge within <see cref="DischargeThisWeekDays"/> days.</item>
/// </list>
/// A triage script's suggested priority is a floor: it can raise the result, never lower what a risk rule gave.
/// A contact no rule touches is Medium while untriaged — no risk is known yet, which is not the same as knowing
/// there is none, so it is not left at the back of the queue — and takes the script's priority (Low included)
/// once an advisor has run a script to its end.
/// </summary>
public static class PriorityRules
{
    /// <summary>A discharge this many days away or fewer (but not today) is High.</summary>
    public const int DischargeSoonDays = 2;

    /// <summary>A discharge this many days away or fewer (beyond <see cref="DischargeSoonDays"/>) is Medium.</summary>
    public const int DischargeThisWeekDays = 7;

    public const string NoRiskKnownYet = "No risk known yet";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static PriorityDecision Decide(PriorityFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var fired = new List<(TriagePriority Priority, string Reason)>();
        void Rule(bool when, TriagePriority priority, string reason)
        {
            if (when)
            {
                fired.Add((priority, reason));
            }
        }

        Rule(facts.InDangerNow == true || facts.Has(TriageRisk.ImmediateDanger), TriagePriority.Urgent, "In danger now");
        Rule(facts.Has(TriageRisk.MentalHealthCrisis), TriagePriority.Urgent, "Mental health crisis");
        var noCare = facts.Has(TriageRisk.NoCareInPlace);
        Rule(noCare && facts.LivesAlone, TriagePriority.Urgent, "No care in place and lives alone");
        Rule(facts.Has(TriageRisk.Safeguarding), TriagePriority.High, "Safeguarding concern");
        Rule(noCare && !facts.LivesAlone, TriagePriority.High, "No care in place");
        Rule(facts.Has(TriageRisk.CarerBreakdown), TriagePriority.High, "Carer can no longer cope");
        Rule(facts.Has(TriageRisk.SelfNeglect), TriagePriority.High, "Self-neglect");
        if (facts.HospitalDischargeDate is { } discharge && Discharge(discharge, today) is { } dischargeRule)
        {
            fired.Add(dischargeRule);
        }

        // The script found the person ready to leave hospital but nobody gave a date: treat it as soon.
        Rule(facts.HospitalDischargeDate is null && facts.Has(TriageRisk.HospitalDischarge), TriagePriority.High, "Hospital discharge, date not known");
        Rule(facts.PoliceWelfareConcern, TriagePriority.High, "Police referral about welfare");
        if (facts.FlowSuggestedPriority is { } suggested)
        {
            fired.Add((suggested, $"Triage script suggests {suggested.ToString().ToLowerInvariant()} priority"));
        }
        else if (fired.Count == 0)
        {
            fired.Add((TriagePriority.Medium, NoRiskKnownYet));
        }

        // Urgent is the smallest value; a stable sort keeps rules of one priority in the order they are asked.
        var ordered = fired.OrderBy(f => f.Priority).ToList();
        return new PriorityDecision(ordered[0].Priority, [.. ordered.Select(f => f.Reason)]);
    }

    private static (TriagePriority, string)? Discharge(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => (TriagePriority.Urgent, $"Hospital discharge date passed ({date.ToString("d MMMM", English)})"),
            0 => (TriagePriority.Urgent, "Hospital discharge today"),
            1 => (TriagePriority.High, "Hospital discharge tomorrow"),
            <= DischargeSoonDays => (TriagePriority.High, $"Hospital discharge in {days} days"),
            <= DischargeThisWeekDays => (TriagePriority.Medium, $"Hospital discharge in {days} days"),
            _ => null,
        };
    }
}
