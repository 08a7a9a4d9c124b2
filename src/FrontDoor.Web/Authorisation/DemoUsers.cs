namespace FrontDoor.Web.Authorisation;

/// <summary>One made-up member of staff per role, offered on the sign-in page in demo mode only.</summary>
public sealed record DemoUser(string Id, string Name, string Role)
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("demo-advisor", "Amira Khan", Roles.Advisor),
        new("demo-support-worker", "Tom Bradley", Roles.SupportWorker),
        new("demo-team-manager", "Grace Okafor", Roles.TeamManager),
        new("demo-administrator", "Dev Patel", Roles.Administrator),
        new("demo-auditor", "Ruth Adeyemi", Roles.Auditor),
    ];

    public static DemoUser? Find(string? id) => All.FirstOrDefault(user => user.Id == id);
}
