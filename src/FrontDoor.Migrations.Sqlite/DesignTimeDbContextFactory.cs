using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDoor.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for Sqlite without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FrontDoorDbContext>
{
    public FrontDoorDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.CreateOptions(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }));
}
