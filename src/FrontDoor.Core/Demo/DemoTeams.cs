using FrontDoor.Core.Teams;

namespace FrontDoor.Core.Demo;

/// <summary>The teams of a county's adult social care, in the order a small demo needs them.</summary>
internal static class DemoTeams
{
    public static readonly IReadOnlyList<(string Name, WorkerRole MainRole, bool Weekends)> Catalogue =
    [
        ("Loughborough Locality Team", WorkerRole.SocialWorker, false),
        ("Hinckley Locality Team", WorkerRole.SocialWorker, false),
        ("Leicester City North Locality Team", WorkerRole.SocialWorker, false),
        ("Melton and Rutland Locality Team", WorkerRole.SocialWorker, false),
        ("START Reablement North", WorkerRole.ReablementWorker, true),
        ("Safeguarding Adults (MASH)", WorkerRole.SeniorPractitioner, true),
        ("Occupational Therapy Service", WorkerRole.OccupationalTherapist, false),
        ("AMHP Hub", WorkerRole.ApprovedMentalHealthProfessional, true),
        ("Coalville Locality Team", WorkerRole.SocialWorker, false),
        ("Market Harborough Locality Team", WorkerRole.SocialWorker, false),
        ("Hospital Discharge Team (LRI)", WorkerRole.SocialWorker, true),
        ("Carers Support Team", WorkerRole.CommunitySupportWorker, false),
        ("Learning Disability Team North", WorkerRole.SocialWorker, false),
        ("Learning Disability Team South", WorkerRole.SocialWorker, false),
        ("Mental Health Team City", WorkerRole.SocialWorker, false),
        ("Mental Health Team County", WorkerRole.SocialWorker, false),
        ("START Reablement South", WorkerRole.ReablementWorker, true),
        ("Home First Central", WorkerRole.ReablementWorker, true),
        ("Financial Assessment (Fairer Charging)", WorkerRole.CommunitySupportWorker, false),
        ("Customer Service Centre Tier 2", WorkerRole.CommunitySupportWorker, false),
        ("Lutterworth Locality Team", WorkerRole.SocialWorker, false),
        ("Wigston and Oadby Locality Team", WorkerRole.SocialWorker, false),
        ("Ashby Locality Team", WorkerRole.SocialWorker, false),
        ("Blaby Locality Team", WorkerRole.SocialWorker, false),
        ("Syston Locality Team", WorkerRole.SocialWorker, false),
        ("Leicester City South Locality Team", WorkerRole.SocialWorker, false),
        ("Leicester City East Locality Team", WorkerRole.SocialWorker, false),
        ("Leicester City West Locality Team", WorkerRole.SocialWorker, false),
        ("Hospital Discharge Team (Glenfield)", WorkerRole.SocialWorker, true),
        ("Hospital Discharge Team (General)", WorkerRole.SocialWorker, true),
        ("Sensory Impairment Team", WorkerRole.CommunitySupportWorker, false),
        ("Transitions Team (18 to 25)", WorkerRole.SocialWorker, false),
        ("Autism Support Team", WorkerRole.SocialWorker, false),
        ("Reviewing Team North", WorkerRole.SocialWorker, false),
        ("Reviewing Team South", WorkerRole.SocialWorker, false),
        ("Deprivation of Liberty Safeguards Team", WorkerRole.SeniorPractitioner, false),
        ("Brokerage Team", WorkerRole.CommunitySupportWorker, false),
        ("Oakham Locality Team", WorkerRole.SocialWorker, false),
        ("Shared Lives Team", WorkerRole.CommunitySupportWorker, false),
        ("Community Equipment Team", WorkerRole.OccupationalTherapist, false),
        ("Homelessness and Complex Needs Team", WorkerRole.SocialWorker, false),
        ("Prison In-reach Team", WorkerRole.SocialWorker, false),
    ];
}
