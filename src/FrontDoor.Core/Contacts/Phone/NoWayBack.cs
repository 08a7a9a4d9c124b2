namespace FrontDoor.Core.Contacts.Phone;

/// <summary>Why an advisor saved a call with no phone number or email address for the caller or the person.</summary>
public enum NoWayBackReason
{
    CallerWouldNotGiveOne,
    CallerHasNoPhoneOrEmail,
    Other,
}

/// <summary>
/// The advisor's reason for leaving nobody able to ring or write back. Without one, a contact with no phone
/// number or email address cannot be saved: whoever picks it up must know it was a choice, not an oversight.
/// </summary>
public sealed record NoWayBack
{
    public const int MaxDetailsLength = 500;

    /// <summary>Kept with the contact as an answer under this key, so it shows with the contact and travels with it.</summary>
    public const string AnswerKey = "no-way-back";

    public const string Question = "Why is there no phone number or email address for the caller or the person?";

    public NoWayBack(NoWayBackReason reason, string? details = null)
    {
        Details = TypedText.TrimToNull(details);
        if (reason == NoWayBackReason.Other && Details is null)
        {
            throw new DomainValidationException(nameof(Details), "Enter why there is no way to contact the caller");
        }

        if (Details is { Length: > MaxDetailsLength })
        {
            throw new DomainValidationException(nameof(Details), $"The reason must be {MaxDetailsLength:N0} characters or fewer");
        }

        Reason = reason;
    }

    public NoWayBackReason Reason { get; }

    /// <summary>The advisor's own words, required for <see cref="NoWayBackReason.Other"/>.</summary>
    public string? Details { get; }

    public static string Describe(NoWayBackReason reason) => reason switch
    {
        NoWayBackReason.CallerWouldNotGiveOne => "The caller would not give one",
        NoWayBackReason.CallerHasNoPhoneOrEmail => "The caller has no phone or email",
        NoWayBackReason.Other => "Other reason",
        _ => reason.ToString(),
    };

    /// <summary>"The caller would not give one", or the advisor's words for any other reason.</summary>
    public override string ToString() => Reason == NoWayBackReason.Other ? Details! : Details is null ? Describe(Reason) : $"{Describe(Reason)}: {Details}";
}
