namespace FrontDoor.Core.People;

/// <summary>How to communicate with someone so they can take part (Accessible Information Standard).</summary>
public sealed record CommunicationNeeds(
    string? InterpreterLanguage = null,
    bool BritishSignLanguage = false,
    bool EasyRead = false,
    bool LargePrint = false,
    string? OtherNeeds = null)
{
    public static CommunicationNeeds None { get; } = new();

    public bool Any => InterpreterLanguage is not null || BritishSignLanguage || EasyRead || LargePrint || OtherNeeds is not null;

    public IEnumerable<string> Describe()
    {
        if (InterpreterLanguage is not null)
        {
            yield return $"Interpreter: {InterpreterLanguage}";
        }

        if (BritishSignLanguage)
        {
            yield return "British Sign Language";
        }

        if (EasyRead)
        {
            yield return "Easy read";
        }

        if (LargePrint)
        {
            yield return "Large print";
        }

        if (OtherNeeds is not null)
        {
            yield return OtherNeeds;
        }
    }
}
