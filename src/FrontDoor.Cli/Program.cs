using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Database;
using FrontDoor.Cli.Demo;
using FrontDoor.Cli.Linking;
using FrontDoor.Cli.Partners;
using FrontDoor.Cli.People;
using FrontDoor.Cli.Telephony;

var root = new RootCommand("frontdoor: FrontDoor's command line for seeding, migrating, importing and linking records, and partner API keys.")
{
    MigrateCommand.Create(),
    SeedCommand.Create(),
    ImportCallsCommand.Create(),
    LinkCommand.Create(),
    DedupeCommand.Create(),
    FindDuplicatesCommand.Create(),
    PartnerKeysCommand.Create(),
};

return await CommandLineRunner.RunAsync(root, args);
