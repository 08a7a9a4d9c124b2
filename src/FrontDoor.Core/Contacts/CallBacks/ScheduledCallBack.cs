using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.CallBacks;

/// <summary>Who a scheduled call back is to.</summary>
public enum CallBackPerson
{
    /// <summary>The person the contact is about.</summary>
    Person,

    /// <summary>Whoever made the contact (the caller or referrer).</summary>
    Referrer,

    /// <summary>Another named person, with the number to call.</summary>
    SomeoneElse,
}

/// <summary>
/// What a member of staff arranges: call back by a time, who to call and why, and which member of staff will make
/// the call (themselves or someone else).
/// </summary>
public sealed record CallBackArrangement(DateTimeOffset DueAt, CallBackPerson Who, string? OtherName, string? OtherPhone, string? Reason, string ForId, string ForName);

/// <summary>A call back arranged on a contact and not yet made or cancelled.</summary>
public sealed record ScheduledCallBack(DateTimeOffset DueAt, CallBackPerson Who, string? OtherName, string? OtherPhone, string Reason, string ForId, string ForName, DateTimeOffset ArrangedAt)
{
    public const int MaxReasonLength = 500;
    public const int MaxOtherNameLength = 200;

    public bool IsOverdueAt(DateTimeOffset now) => DueAt < now;

    /// <summary>
    /// Checks an arrangement and gives it back tidied (trimmed, the number in E.164). All problems at once, each
    /// with its field, as the page asks.
    /// </summary>
    public static (CallBackArrangement? Valid, IReadOnlyList<(string Field, string Message)> Problems) Check(CallBackArrangement arrangement, DateTimeOffset now)
    {
        var problems = new List<(string, string)>();
        CheckDue(arrangement.DueAt, now, problems);
        string? name = null, phone = null;
        if (!Enum.IsDefined(arrangement.Who))
        {
            problems.Add((nameof(CallBackArrangement.Who), "Select who to call"));
        }
        else if (arrangement.Who == CallBackPerson.SomeoneElse)
        {
            name = arrangement.OtherName?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                problems.Add((nameof(CallBackArrangement.OtherName), "Enter the name of the person to call"));
            }
            else if (name.Length > MaxOtherNameLength)
            {
                problems.Add((nameof(CallBackArrangement.OtherName), $"The name must be {MaxOtherNameLength:N0} characters or fewer"));
            }

            if (!PhoneNumber.TryParse(arrangement.OtherPhone, out var number, out var error))
            {
                problems.Add((nameof(CallBackArrangement.OtherPhone), error));
            }
            else
            {
                phone = number.Value;
            }
        }

        var reason = CheckReason(arrangement.Reason, "Enter why the call back is needed", problems, nameof(CallBackArrangement.Reason));
        if (string.IsNullOrWhiteSpace(arrangement.ForId))
        {
            problems.Add((nameof(CallBackArrangement.ForId), "Select who will make the call back"));
        }

        return problems.Count > 0
            ? (null, problems)
            : (arrangement with { OtherName = name, OtherPhone = phone, Reason = reason, ForName = string.IsNullOrWhiteSpace(arrangement.ForName) ? arrangement.ForId : arrangement.ForName.Trim() }, []);
    }

    /// <summary>A call back is always arranged for later: a time already past could never be kept.</summary>
    public static void CheckDue(DateTimeOffset dueAt, DateTimeOffset now, List<(string Field, string Message)> problems)
    {
        if (dueAt <= now)
        {
            problems.Add((nameof(CallBackArrangement.DueAt), "The call back time must be in the future"));
        }
    }

    /// <summary>The trimmed reason, or null with a problem added when it is missing or too long.</summary>
    public static string? CheckReason(string? reason, string whenMissing, List<(string Field, string Message)> problems, string field)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problems.Add((field, whenMissing));
            return null;
        }

        if (trimmed.Length > MaxReasonLength)
        {
            problems.Add((field, $"The reason must be {MaxReasonLength:N0} characters or fewer"));
            return null;
        }

        return trimmed;
    }
}
