using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Audit;
using FrontDoor.Cli.CaseFileAudits;
using FrontDoor.Cli.CaseSystem;
using FrontDoor.Cli.Database;
using FrontDoor.Cli.Demo;
using FrontDoor.Cli.Insight;
using FrontDoor.Cli.Linking;
using FrontDoor.Cli.Matching;
using FrontDoor.Cli.Partners;
using FrontDoor.Cli.Staffing;
using FrontDoor.Cli.People;
using FrontDoor.Cli.Telephony;
using FrontDoor.Cli.Triage;

var root = new RootCommand("frontdoor: FrontDoor's command line for seeding, migrating, importing and linking records, partner API keys, the audit trail and triage flows.")
{
    MigrateCommand.Create(),
    SeedCommand.Create(),
    ImportCommand.Create(),
    ImportCallsCommand.Create(),
    LinkCommand.Create(),
    DedupeCommand.Create(),
    FindDuplicatesCommand.Create(),
    EstimateModelCommand.Create(),
    PartnerKeysCommand.Create(),
    AuditCommand.Create(),
    FlowsCommand.Create(),
    KpisCommand.Create(),
    StaffingCommand.Create(),
    AuditsCommand.Create(),
};

return await CommandLineRunner.RunAsync(root, args);
