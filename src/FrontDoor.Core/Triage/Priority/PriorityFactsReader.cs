using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// Reads a contact's <see cref="PriorityFacts"/> from what intake stored: its immediate-risk answers, its intake
/// answers (which keep the label the sender read, not a code, so they are matched by words, ignoring case) and, for
/// email, the incident types read from the text; plus what a triage script on it found.
/// </summary>
public static class PriorityFactsReader
{
    /// <summary>Answer keys read for priority. The e-forms and the partner API store answers under these.</summary>
    public static class AnswerKeys
    {
        /// <summary>The police and ambulance e-forms' "Type of concern" / "Concerns": the labels ticked, comma-separated.</summary>
        public const string ConcernTypes = "concern-types";

        public const string DischargeDate = ReferralCompleteness.AnswerKeys.DischargeDate;

        public const string InDangerNow = "in-danger-now";

        /// <summary>Yes-or-no answers a partner may send (no FrontDoor form asks them yet).</summary>
        public const string LivesAlone = "lives-alone";

        public const string NoCareInPlace = "no-care-in-place";

        public const string CarerBreakdown = "carer-breakdown";
    }

    private static readonly string[] DateFormats = ["d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    // Words in a concern-type label or an email's incident types, and the risk each means. The e-forms' labels
    // ("Abuse or exploitation", "Self-neglect or hoarding", "Mental health crisis", "Carer strain") and the email
    // reader's types ("financial abuse", "self-neglect", "carer strain", "mental health crisis") both match.
    private static readonly (string Words, TriageRisk Risk)[] ConcernWords =
    [
        ("abuse", TriageRisk.Safeguarding),
        ("exploitation", TriageRisk.Safeguarding),
        ("self-neglect", TriageRisk.SelfNeglect),
        ("self neglect", TriageRisk.SelfNeglect),
        ("hoarding", TriageRisk.SelfNeglect),
        ("mental health", TriageRisk.MentalHealthCrisis),
        ("carer strain", TriageRisk.CarerBreakdown),
    ];

    /// <param name="flowRisks">The risks of the options chosen in the triage script run on the contact; none when none was run.</param>
    /// <param name="flowSuggestedPriority">The priority of the outcome the script ended at; null while it has not ended.</param>
    public static PriorityFacts Read(Contact contact, IEnumerable<ContactAnswer> answers, IReadOnlySet<TriageRisk>? flowRisks = null, TriagePriority? flowSuggestedPriority = null)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(answers);
        var byKey = answers
            .Where(a => a.ContactId == contact.Id && !string.IsNullOrWhiteSpace(a.Answer))
            .GroupBy(a => a.Key.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Position).Last().Answer.Trim(), StringComparer.OrdinalIgnoreCase);
        string? Answer(string key) => byKey.GetValueOrDefault(key);

        var reported = new HashSet<TriageRisk>();
        var concerns = string.Join(", ", new[] { Answer(AnswerKeys.ConcernTypes), contact.Channel == ContactChannel.Email ? contact.IncidentType : null }.OfType<string>());
        foreach (var (words, risk) in ConcernWords)
        {
            if (concerns.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                reported.Add(risk);
            }
        }

        if (IsYes(Answer(AnswerKeys.NoCareInPlace)))
        {
            reported.Add(TriageRisk.NoCareInPlace);
        }

        if (IsYes(Answer(AnswerKeys.CarerBreakdown)))
        {
            reported.Add(TriageRisk.CarerBreakdown);
        }

        var welfareWords = concerns.Contains("welfare", StringComparison.OrdinalIgnoreCase);
        return new PriorityFacts
        {
            Channel = contact.Channel,
            Source = contact.Source,
            InDangerNow = contact.ImmediateRisk.InDangerNow ?? (Answer(AnswerKeys.InDangerNow) is { } danger ? IsYes(danger) : null),
            ReportedRisks = reported,
            FlowRisks = flowRisks ?? new HashSet<TriageRisk>(),
            HospitalDischargeDate = DateOf(Answer(AnswerKeys.DischargeDate)),
            LivesAlone = IsYes(Answer(AnswerKeys.LivesAlone)),
            PoliceWelfareConcern = contact.Source == ContactSource.Police && welfareWords,
            FlowSuggestedPriority = flowSuggestedPriority,
        };
    }

    private static bool IsYes(string? answer) =>
        answer?.Trim().ToLowerInvariant() is "yes" or "y" or "true";

    private static DateOnly? DateOf(string? answer) =>
        DateOnly.TryParseExact(answer?.Trim(), DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date) ? date : null;
}
