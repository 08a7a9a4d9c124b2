using FrontDoor.Core;

namespace FrontDoor.Web.Throttling;

/// <summary>The <c>Throttling</c> configuration section: how many requests each kind of caller may make in a window.</summary>
public sealed class ThrottlingOptions
{
    public const string SectionName = "Throttling";

    /// <summary>Off only for load benchmarks: a live service always throttles.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per partner API key.</summary>
    public ThrottleLimit PartnerApi { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>Sign-in attempts per client address. Generous: a council office signs everyone in from one address at nine.</summary>
    public ThrottleLimit SignIn { get; set; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>Answers posted to the public request for help and the professionals' e-forms, per client address.</summary>
    public ThrottleLimit PublicForms { get; set; } = new(120, TimeSpan.FromMinutes(10));

    /// <summary>Person searches (pages and type-ahead) per signed-in user.</summary>
    public ThrottleLimit PersonSearch { get; set; } = new(120, TimeSpan.FromMinutes(1));

    public void Validate()
    {
        foreach (var (name, limit) in new[] { (nameof(PartnerApi), PartnerApi), (nameof(SignIn), SignIn), (nameof(PublicForms), PublicForms), (nameof(PersonSearch), PersonSearch) })
        {
            if (limit.PermitLimit < 1)
            {
                throw new InvalidConfigurationException($"{SectionName}:{name}:PermitLimit is {limit.PermitLimit}. Set it to 1 or more (or {SectionName}:Enabled=false to turn throttling off).");
            }

            if (limit.Window < TimeSpan.FromSeconds(1) || limit.Window > TimeSpan.FromDays(1))
            {
                throw new InvalidConfigurationException($"{SectionName}:{name}:Window is {limit.Window}. Set it between 00:00:01 and 1.00:00:00.");
            }
        }
    }
}

/// <summary>At most <see cref="PermitLimit"/> requests in any <see cref="Window"/>.</summary>
public sealed class ThrottleLimit
{
    public ThrottleLimit()
    {
    }

    public ThrottleLimit(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
