using FrontDoor.Core.Contacts;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;

namespace FrontDoor.Core.Demo;

/// <summary>A whole synthetic county, ready to save: the same options always give the same county.</summary>
public sealed record GeneratedCounty(
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Worker> Workers,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<Contact> Contacts)
{
    /// <summary>The telephony's call records for the year: each phone contact's answered call, and the abandoned ones.</summary>
    public IReadOnlyList<Telephony.CallRecord> Calls { get; init; } = [];

    /// <summary>One row per referral the contacts made, as the referral page writes them, with the MASH's decisions.</summary>
    public IReadOnlyList<Triage.Referrals.ContactReferral> Referrals { get; init; } = [];

    /// <summary>The feedback survey invitations texted as the contacts closed, about a quarter of them answered.</summary>
    public IReadOnlyList<Insight.Feedback.SurveyInvitation> Surveys { get; init; } = [];

    /// <summary>The contact assessments recorded: whether benefits advice was offered, and sometimes the income it gained.</summary>
    public IReadOnlyList<Triage.Assessment.ContactAssessment> Assessments { get; init; } = [];

    /// <summary>The chase calls' details beside their events: who was called, whether it got through, the facts chased.</summary>
    public IReadOnlyList<Contacts.CallBacks.ContactOutboundCall> OutboundCalls { get; init; } = [];
}
