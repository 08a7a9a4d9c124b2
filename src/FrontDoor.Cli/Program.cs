using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Database;
using FrontDoor.Cli.Demo;

var root = new RootCommand("frontdoor: FrontDoor's command line for seeding, migrating, importing and linking records.")
{
    MigrateCommand.Create(),
    SeedCommand.Create(),
};

return await CommandLineRunner.RunAsync(root, args);
