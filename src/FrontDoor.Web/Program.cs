var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "FrontDoor");
app.Run();

public partial class Program;
