using System.CommandLine;
using FrontDoor.Cli.Matching;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Cli.Tests.Matching;

public sealed class EstimateModelCommandTests
{
    [Theory]
    [BothProviders]
    public async Task EstimateModel_StoresAModelFromThePeopleOnRecord_AndSaysSo(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            string[] given = ["Alice", "Bashir", "Ceri", "Dorothy", "Eamon", "Fatima", "Gareth", "Hannah"];
            string[] family = ["Ashby", "Bell", "Carter", "Dixon", "Evans", "Fox", "Grant", "Hughes", "Iqbal", "Jones"];
            for (var i = 0; i < 240; i++)
            {
                var person = new Person(Guid.CreateVersion7(), new PersonName(given[i % given.Length], family[(i / given.Length) % family.Length]), DateTimeOffset.UtcNow);
                person.SetDateOfBirth(new DateOnly(1930 + (i % 60), 1 + (i % 12), 1 + (i % 28)), DateTimeOffset.UtcNow);
                db.People.Add(person);
            }

            await db.SaveChangesAsync(ct);
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { EstimateModelCommand.Create(database.ConfigurationValues) }, ["estimate-model"], error, output);

        Assert.Equal(0, exitCode);
        await using var check = database.CreateDbContext();
        var stored = await check.MatchModels.AsNoTracking().SingleAsync(ct);
        Assert.Equal(240, stored.Records);
        Assert.StartsWith($"Stored match model {stored.Id} from 240 people: estimated from 240 records", output.ToString(), StringComparison.Ordinal);
    }
}
