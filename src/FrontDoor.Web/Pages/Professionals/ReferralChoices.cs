namespace FrontDoor.Web.Pages.Professionals;

/// <summary>One option of a radio or checkbox question: the value posted and the words shown and stored.</summary>
public sealed record ReferralChoice(string Value, string Label, string? Hint = null);

/// <summary>
/// The options of every choice question in the e-forms, in one place so the pages, the validation (only these
/// values are accepted) and the stored answers (the labels, as the professional read them) agree.
/// </summary>
public static class ReferralChoices
{
    public const string Yes = "yes";
    public const string No = "no";

    public static IReadOnlyList<ReferralChoice> YesNo { get; } = [new(Yes, "Yes"), new(No, "No")];

    public static IReadOnlyList<ReferralChoice> PoliceConcernTypes { get; } =
    [
        new("welfare", "Welfare: not coping at home"),
        new("self-neglect", "Self-neglect or hoarding"),
        new("abuse", "Abuse or exploitation"),
        new("domestic-abuse", "Domestic abuse"),
        new("mental-health", "Mental health crisis"),
        new("missing", "Missing or found wandering"),
        new("other", "Something else"),
    ];

    public static IReadOnlyList<ReferralChoice> AmbulanceConcernTypes { get; } =
    [
        new("falls", "Falls"),
        new("self-neglect", "Self-neglect"),
        new("carer-strain", "Carer strain"),
        new("home-environment", "Home environment"),
        new("other", "Something else"),
    ];

    public static IReadOnlyList<ReferralChoice> MedicallyOptimised { get; } =
    [
        new(Yes, "Yes"),
        new("expected", "Not yet, but expected by the discharge date"),
        new(No, "No"),
    ];

    public static IReadOnlyList<ReferralChoice> DischargePathways { get; } =
    [
        new("pathway-0", "Pathway 0", "Home with no new support, or with voluntary sector help"),
        new("pathway-1", "Pathway 1", "Home with new or restarted care and support, including reablement"),
        new("pathway-2", "Pathway 2", "Short-term rehabilitation or reablement in a bedded setting"),
        new("pathway-3", "Pathway 3", "A care home placement, likely to be long term"),
    ];

    public static IReadOnlyList<ReferralChoice> BodyMap { get; } =
    [
        new(Yes, "Yes"),
        new(No, "No"),
        new("no-injuries", "Not needed: no injuries"),
    ];

    public const string Interpreter = "interpreter";
    public const string BritishSignLanguage = "bsl";
    public const string EasyRead = "easy-read";
    public const string LargePrint = "large-print";

    public static IReadOnlyList<ReferralChoice> CommunicationNeeds { get; } =
    [
        new(Interpreter, "A spoken language interpreter"),
        new(BritishSignLanguage, "British Sign Language"),
        new(EasyRead, "Easy read"),
        new(LargePrint, "Large print"),
    ];

    public static bool IsOneOf(string? value, IReadOnlyList<ReferralChoice> choices) =>
        value is not null && choices.Any(choice => choice.Value == value);

    public static string? LabelOf(string? value, IReadOnlyList<ReferralChoice> choices) =>
        choices.FirstOrDefault(choice => choice.Value == value)?.Label;

    public static string LabelsOf(IEnumerable<string> values, IReadOnlyList<ReferralChoice> choices) =>
        string.Join(", ", choices.Where(choice => values.Contains(choice.Value)).Select(choice => choice.Label));

    public static bool? AsBool(string? value) => value switch
    {
        Yes => true,
        No => false,
        _ => null,
    };
}
