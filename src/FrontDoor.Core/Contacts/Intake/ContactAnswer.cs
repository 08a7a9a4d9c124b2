namespace FrontDoor.Core.Contacts.Intake;

/// <summary>One structured answer kept with its contact, in the order it was asked.</summary>
public sealed class ContactAnswer
{
    public ContactAnswer(Guid id, Guid contactId, int position, string key, string question, string answer)
    {
        Id = id;
        ContactId = contactId;
        Position = position;
        Key = key;
        Question = question;
        Answer = answer;
    }

    private ContactAnswer()
    {
        Key = null!;
        Question = null!;
        Answer = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public int Position { get; private set; }

    public string Key { get; private set; }

    public string Question { get; private set; }

    public string Answer { get; private set; }
}
