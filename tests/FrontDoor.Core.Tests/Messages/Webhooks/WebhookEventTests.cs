using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Webhooks;

namespace FrontDoor.Core.Tests.Messages.Webhooks;

/// <summary>An event's body: its schema, and how it stays within what the outbox stores.</summary>
public sealed class WebhookEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Uri StaffSite = new("https://frontdoor.example.gov.uk/");

    [Fact]
    public void ToJson_AnEventThatFits_IsWholeWithCamelCaseNamesAndStatusesAsWords()
    {
        var contact = new Contact(Guid.CreateVersion7(Now), ContactReference.New(), ContactChannel.PublicOnlineForm, ContactSource.Self, Now, "I can't manage the stairs any more.");

        using var json = JsonDocument.Parse(Event(contact).ToJson());

        var body = json.RootElement.GetProperty("contact");
        Assert.Equal("I can't manage the stairs any more.", body.GetProperty("story").GetString());
        Assert.False(body.GetProperty("storyCut").GetBoolean());
        Assert.Equal(("PublicOnlineForm", "Received"), (body.GetProperty("channel").GetString(), body.GetProperty("status").GetString()));
        Assert.Equal($"https://frontdoor.example.gov.uk/staff/contacts/{contact.Id:D}", body.GetProperty("link").GetString());
        Assert.Equal("contact.received", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void ToJson_AnEventTooLong_CutsTheStoryWithAMarker_RatherThanFailing()
    {
        var story = string.Concat(Enumerable.Repeat("She said \"I fell\".\n", 1000));
        var contact = new Contact(Guid.CreateVersion7(Now), ContactReference.New(), ContactChannel.Email, ContactSource.FamilyOrFriend, Now, story);
        const int max = 5_000;

        var json = Event(contact).ToJson(max);

        Assert.InRange(json.Length, 1, max);
        using var parsed = JsonDocument.Parse(json);
        var body = parsed.RootElement.GetProperty("contact");
        var cut = body.GetProperty("story").GetString()!;
        Assert.True(body.GetProperty("storyCut").GetBoolean());
        Assert.EndsWith(WebhookEvent.CutMarker, cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..^WebhookEvent.CutMarker.Length], story.Trim(), StringComparison.Ordinal);
        Assert.True(cut.Length > 1_000, "Only as much as needed is cut.");
    }

    [Fact]
    public void ToJson_AtTheOutboxLimit_AStoryAndAnswersTooLong_StillFit()
    {
        var contact = new Contact(Guid.CreateVersion7(Now), ContactReference.New(), ContactChannel.ProfessionalEForm, ContactSource.Hospital, Now, new string('é', Contact.MaxStoryLength));
        var answers = Enumerable.Range(0, 40).Select(i => new ContactAnswer(Guid.CreateVersion7(Now), contact.Id, i, $"q{i}", "Question?", new string('x', 5_000))).ToList();

        var json = Event(contact, answers).ToJson();

        Assert.InRange(json.Length, 1, OutboxMessage.MaxBodyLength);
        using var parsed = JsonDocument.Parse(json);
        Assert.True(parsed.RootElement.GetProperty("contact").GetProperty("storyCut").GetBoolean());
    }

    private static WebhookEvent Event(Contact contact, IEnumerable<ContactAnswer>? answers = null) =>
        WebhookEvent.Of(Guid.CreateVersion7(Now), WebhookEventTypes.ContactReceived, Now, contact, answers ?? [], [], null, StaffSite);
}
