using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDoor.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for Postgres without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FrontDoorDbContext>
{
    public FrontDoorDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.CreateOptions(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=frontdoor_design;Username=postgres" }));
}
