namespace FrontDoor.Core.Messages;

/// <summary>What became of a message the other side accepted, as its delivery receipt says.</summary>
public enum DeliveryOutcome
{
    Delivered,

    /// <summary>The address or number does not exist or refuses it: sending it again will fail the same way.</summary>
    PermanentFailure,

    /// <summary>The inbox was full or the phone was off for 72 hours.</summary>
    TemporaryFailure,

    /// <summary>The other side could not send it (its own fault, not the address's).</summary>
    TechnicalFailure,
}

public static class DeliveryOutcomes
{
    /// <summary>Why a message was not delivered, in administrators' words; never quotes the address.</summary>
    public static string Reason(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.PermanentFailure => "Not delivered: the email address or phone number does not exist or is not accepted.",
        DeliveryOutcome.TemporaryFailure => "Not delivered: the inbox was full or the phone was off for 72 hours.",
        DeliveryOutcome.TechnicalFailure => "Not delivered: Notify could not send it.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Delivered is no failure."),
    };
}
