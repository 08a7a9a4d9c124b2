using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>How the call-back pages read "call back by": a GOV.UK date input and a time typed as 14:30 or 2:30pm, in UK time.</summary>
public static class CallBackFields
{
    public const string TimeHint = "Use the 24-hour clock or am and pm, for example, 14:30 or 2:30pm";

    /// <summary>The instant the boxes name, or null with GOV.UK errors on <paramref name="dateField"/> and <paramref name="timeField"/>.</summary>
    public static DateTimeOffset? Read(DateParts date, string? time, ModelStateDictionary modelState, string dateField, string timeField)
    {
        DateOnly day = default;
        var dateOk = false;
        if (date.IsEmpty)
        {
            modelState.AddModelError(dateField, "Enter the date of the call back");
        }
        else if (!date.TryGetDate(out day))
        {
            modelState.AddModelError(dateField, "The date of the call back must be a real date, for example, 27 3 2027");
        }
        else
        {
            dateOk = true;
        }

        if (string.IsNullOrWhiteSpace(time))
        {
            modelState.AddModelError(timeField, "Enter the time of the call back");
            return null;
        }

        // A time is checked against a day: with no real date, say only whether it reads as a time.
        if (!CallBackTime.TryFromUk(dateOk ? day : new DateOnly(2000, 1, 1), time, out var at))
        {
            modelState.AddModelError(timeField, $"Enter a real time. {TimeHint}");
            return null;
        }

        return dateOk ? at : null;
    }

    /// <summary>Shows an arranged time back in the boxes.</summary>
    public static (DateParts Date, string Time) Show(DateTimeOffset at)
    {
        var (date, time) = CallBackTime.ToUk(at);
        return (DateParts.From(date), time);
    }

    /// <summary>"For example, 8 12 2026": tomorrow in the date input's own form.</summary>
    public static string DateHint(DateTimeOffset now)
    {
        var (today, _) = CallBackTime.ToUk(now);
        var tomorrow = today.AddDays(1);
        return $"For example, {tomorrow.Day} {tomorrow.Month} {tomorrow.Year}";
    }

    public static string WhoName(CallBackPerson who) => who switch
    {
        CallBackPerson.Person => "The person the contact is about",
        CallBackPerson.Referrer => "Whoever made the contact",
        _ => "Someone else",
    };
}
