using System.Globalization;
using System.Text;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>Where a step's answer on the path came from.</summary>
public enum FlowAnswerSource
{
    /// <summary>Recorded by the advisor running the flow.</summary>
    Advisor,

    /// <summary>Given at intake (the form, the e-form, the email) under the step's prefill key, so never asked again.</summary>
    Intake,
}

/// <summary>One answered step on the path.</summary>
/// <param name="Value">The option's value, the date as yyyy-MM-dd, or the text.</param>
/// <param name="Option">The option chosen, for yes-no and choice steps.</param>
/// <param name="IntakeAnswer">The words given at intake, when the answer came from there.</param>
public sealed record FlowPathStep(FlowStep Step, string Value, FlowAnswerSource Source, FlowOption? Option, string? IntakeAnswer);

/// <summary>
/// Where a flow has got to on a contact: the steps answered on the path from the start, the step to ask next (or the
/// outcome reached), the advice the chosen options gave along the way and the risks they carry.
/// </summary>
/// <param name="NextStep">The step to ask now; null once an outcome is reached.</param>
/// <param name="UnfittedIntakeAnswer">What intake said for the next step when it fitted none of its options, for the advisor to read while asking.</param>
public sealed record FlowRun(
    TriageFlow Flow,
    IReadOnlyList<FlowPathStep> Path,
    FlowStep? NextStep,
    string? UnfittedIntakeAnswer,
    FlowOutcome? Outcome,
    IReadOnlyList<string> Advice,
    IReadOnlySet<TriageRisk> Risks)
{
    public bool Finished => Outcome is not null;
}

/// <summary>An answer checked for a step: the value to record, or why it cannot be.</summary>
public sealed record FlowAnswerCheck(string? Value, string? Error)
{
    public bool IsValid => Error is null;

    public static FlowAnswerCheck Valid(string value) => new(value, null);

    public static FlowAnswerCheck Invalid(string error) => new(null, error);
}

/// <summary>
/// Runs a triage flow over what is known: the answers the advisor has recorded (step id to value) and the answers given at
/// intake. Pure, so the contact page, the timeline and the tests all see the same path. Answers recorded for steps no longer
/// on the path (the advisor went back and changed an earlier branch) are kept by the caller but take no part.
/// </summary>
public static class FlowRunner
{
    /// <summary>Long enough for what matters to the person in their words; the whole story is on the contact already.</summary>
    public const int MaxTextAnswerLength = 2000;

    private const string IsoDate = "yyyy-MM-dd";

    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    // How intake writes dates ("2 March 2026"), how systems send them, and how people type them.
    private static readonly string[] DateFormats = [IsoDate, "yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    public static FlowRun Run(TriageFlow flow, IReadOnlyDictionary<string, string> answers, IEnumerable<ContactAnswer> intake)
    {
        var given = IntakeByKey(intake);
        var path = new List<FlowPathStep>();
        var advice = new List<string>();
        var risks = new SortedSet<TriageRisk>();

        // The reader refuses loops, so every walk ends; the bound only guards a flow built in code.
        var current = flow.Start;
        for (var walked = 0; walked <= flow.Steps.Count; walked++)
        {
            if (flow.Outcome(current) is { } outcome)
            {
                return new FlowRun(flow, path, null, null, outcome, advice, risks);
            }

            var step = flow.Step(current) ?? throw new InvalidOperationException($"Flow {flow.Id} leads to \"{current}\", which is neither a step nor an outcome.");
            var intakeText = step.Prefill is { } key ? given.GetValueOrDefault(key) : null;
            var fromIntake = intakeText is null ? null : FromIntake(step, intakeText);
            var recorded = fromIntake is null && answers.TryGetValue(step.Id, out var value) ? Check(step, value) : null;
            var answer = fromIntake ?? (recorded is { IsValid: true } ? recorded.Value : null);
            if (answer is null)
            {
                return new FlowRun(flow, path, step, intakeText, null, advice, risks);
            }

            var option = step.Branches ? step.Options.First(o => o.Value == answer) : null;
            path.Add(new FlowPathStep(step, answer, fromIntake is null ? FlowAnswerSource.Advisor : FlowAnswerSource.Intake, option, fromIntake is null ? null : intakeText));
            if (option is not null)
            {
                if (option.Advice is { } said)
                {
                    advice.Add(said);
                }

                risks.UnionWith(option.Risks);
            }

            current = option?.Next ?? step.Next!;
        }

        throw new InvalidOperationException($"Flow {flow.Id} loops: every path must end in an outcome.");
    }

    /// <summary>Checks an answer the advisor gives for a step: one of its options, a real date, or text of a sensible length.</summary>
    public static FlowAnswerCheck Check(FlowStep step, string? input)
    {
        var text = input?.Trim() ?? string.Empty;
        switch (step.Answer)
        {
            case FlowAnswerKind.YesNo or FlowAnswerKind.Choice:
                if (text.Length == 0)
                {
                    return FlowAnswerCheck.Invalid(step.Answer == FlowAnswerKind.YesNo ? "Select yes or no" : "Select an answer");
                }

                return step.Options.Any(o => o.Value == text)
                    ? FlowAnswerCheck.Valid(text)
                    : FlowAnswerCheck.Invalid($"Select one of the answers listed: {string.Join(", ", step.Options.Select(o => o.Label))}");
            case FlowAnswerKind.Date:
                if (text.Length == 0)
                {
                    return FlowAnswerCheck.Invalid("Enter a date");
                }

                return TryReadDate(text, out var date)
                    ? FlowAnswerCheck.Valid(date.ToString(IsoDate, CultureInfo.InvariantCulture))
                    : FlowAnswerCheck.Invalid("Enter a real date, for example 27 3 2026");
            default:
                if (text.Length == 0)
                {
                    return FlowAnswerCheck.Invalid("Enter an answer");
                }

                return text.Length <= MaxTextAnswerLength
                    ? FlowAnswerCheck.Valid(text)
                    : FlowAnswerCheck.Invalid($"Answer must be {MaxTextAnswerLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
        }
    }

    /// <summary>
    /// The value an intake answer gives a step, or null when it fits none: intake stores the words the person chose
    /// ("Yes, and they agree to me asking", "Pathway 1", "2 March 2026"), so options are matched by value or label, whole
    /// or as the first words before a comma or colon, and only when exactly one option fits.
    /// </summary>
    public static string? FromIntake(FlowStep step, string intakeAnswer)
    {
        var text = intakeAnswer.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        switch (step.Answer)
        {
            case FlowAnswerKind.Text:
                return text;
            case FlowAnswerKind.Date:
                return TryReadDate(text, out var date) ? date.ToString(IsoDate, CultureInfo.InvariantCulture) : null;
            default:
                var said = Normalise(text);
                var fitting = step.Options.Where(o => Fits(said, o)).ToList();
                return fitting.Count == 1 ? fitting[0].Value : null;
        }
    }

    /// <summary>An answer as the advisor reads it back: the option's label, a date as GOV.UK writes it, or the text.</summary>
    public static string Describe(FlowStep step, string value) => step.Answer switch
    {
        FlowAnswerKind.YesNo or FlowAnswerKind.Choice => step.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value,
        FlowAnswerKind.Date when DateOnly.TryParseExact(value, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString("d MMMM yyyy", EnglishGb),
        _ => value,
    };

    private static Dictionary<string, string> IntakeByKey(IEnumerable<ContactAnswer> intake)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in intake.OrderBy(a => a.Position))
        {
            // The first non-blank answer under a key is what the person said when asked.
            if (!string.IsNullOrWhiteSpace(answer.Answer))
            {
                byKey.TryAdd(answer.Key, answer.Answer);
            }
        }

        return byKey;
    }

    private static bool Fits(string said, FlowOption option)
    {
        var value = Normalise(option.Value);
        var label = Normalise(option.Label);
        var labelHead = label.Split(':', 2)[0].TrimEnd();
        return said == value || said == label || said == labelHead
            || StartsAsAnswer(said, value) || StartsAsAnswer(said, label) || StartsAsAnswer(said, labelHead);
    }

    /// <summary>"yes, and they agree" starts with the answer "yes"; "yesterday" does not.</summary>
    private static bool StartsAsAnswer(string said, string answer)
    {
        if (answer.Length == 0 || !said.StartsWith(answer, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = said[answer.Length..].TrimStart();
        return rest.Length > 0 && rest[0] is ',' or ':' or ';' or '.' or '(' or '-' or '–';
    }

    /// <summary>Lower case, hyphens and underscores as spaces, single spaces, no closing full stop: "Pathway-1." reads as "pathway 1".</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var ch = c is '_' || (c == '-' && builder.Length > 0 && builder[^1] != ' ') ? ' ' : c;
            if (!(char.IsWhiteSpace(ch) && (builder.Length == 0 || builder[^1] == ' ')))
            {
                builder.Append(char.IsWhiteSpace(ch) ? ' ' : ch);
            }
        }

        return builder.ToString().TrimEnd(' ', '.');
    }

    private static bool TryReadDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, EnglishGb, DateTimeStyles.None, out date);
}
