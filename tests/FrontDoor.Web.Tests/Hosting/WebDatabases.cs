namespace FrontDoor.Web.Tests.Hosting;

/// <summary>Databases the app cannot reach, for the unhappy paths.</summary>
public static class WebDatabases
{
    /// <summary>PostgreSQL on a loopback port nothing listens on: connections are refused at once.</summary>
    public static IReadOnlyDictionary<string, string?> UnreachablePostgres()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:FrontDoor"] = $"Host=127.0.0.1;Port={port};Username=frontdoor;Database=frontdoor;Timeout=3",
        };
    }
}
