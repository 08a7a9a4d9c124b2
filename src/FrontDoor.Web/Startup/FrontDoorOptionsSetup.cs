using FrontDoor.Core;

namespace FrontDoor.Web.Startup;

internal static class FrontDoorOptionsSetup
{
    /// <summary>Binds the <c>FrontDoor</c> section; demo mode defaults to on in Development and is refused anywhere else.</summary>
    public static FrontDoorOptions AddFrontDoorOptions(this WebApplicationBuilder builder)
    {
        var options = new FrontDoorOptions { Demo = builder.Environment.IsDevelopment() };
        builder.Configuration.GetSection(FrontDoorOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.CouncilName))
        {
            throw new InvalidConfigurationException("FrontDoor:CouncilName is empty. Set it to the council's name, e.g. FrontDoor__CouncilName=\"Leicestershire County Council\".");
        }

        if (options.Demo && !builder.Environment.IsDevelopment())
        {
            throw new InvalidConfigurationException(
                $"FrontDoor:Demo is true in the {builder.Environment.EnvironmentName} environment, and demo mode lets anyone sign in as an administrator without a password: it runs only in Development. Remove FrontDoor:Demo (FrontDoor__Demo).");
        }

        if (options.DemoPeople < 0)
        {
            throw new InvalidConfigurationException($"FrontDoor:DemoPeople is {options.DemoPeople}. Set it to 0 or more.");
        }

        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        return options;
    }
}
