using FrontDoor.Core;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.Staffing;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.Core.Telephony;
using FrontDoor.Core.Triage;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Api;
using FrontDoor.Web.Api.Partners;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;

try
{
    var builder = WebApplication.CreateBuilder(FrontEndAssets.ApplicationOptions(args));
    var frontDoor = builder.AddFrontDoorOptions();
    builder.AddFrontDoorData();
    builder.Services.AddAuditTrail();
    builder.Services.AddPersonMatching(builder.Configuration);
    builder.Services.AddPersonSearch();
    builder.Services.AddContactPersonMatching();
    builder.Services.AddContactRecords();
    builder.Services.AddEmailIntake(builder.Configuration);
    builder.Services.AddTelephony();
    builder.Services.AddStaffingPlanner();
    builder.Services.AddCaseSystemImport();
    builder.Services.AddCaseSystemDropFolder(builder.Configuration);
    builder.Services.AddOutbox(builder.Configuration);
    builder.Services.AddTriageFlows();
    builder.Services.AddTriagePriorities();
    builder.Services.AddWorkQueues();
    builder.Services.AddContactOutcomes();
    builder.Services.AddInsight();
    builder.Services.AddCaseFileAudits();
    builder.Services.AddWaitingWell();
    builder.AddFrontDoorAuthentication(frontDoor);
    builder.AddFrontDoorPartnerApi(frontDoor);
    builder.AddFrontDoorPages();
    builder.AddFrontDoorHealthChecks();
    builder.AddFrontDoorProxySupport();
    builder.AddFrontDoorThrottling();
    builder.AddFrontEndAssets();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();

    app.UseForwardedHeaders();
    app.UseFrontDoorErrorPages();
    app.UseFrontDoorSecurityHeaders();
    app.UseFrontEndAssets();
    app.UseRouting();
    app.UseAuthentication();
    app.UseRateLimiter();
    app.UseAuthorization();

    app.MapFrontDoorHealth();
    app.MapOpenApi().AllowAnonymous(); // the contract is public: partners build against it before they hold a key
    app.MapFrontDoorApi();
    app.MapRazorPages();

    app.PrintStartupBanner();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is InvalidConfigurationException or DatabaseUnavailableException)
{
    // Configuration and database problems are the operator's to fix: one clear line, no stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // A setting an options class refused on start (Intake:Mailbox, Matching, …): the same one line, each failure named.
    await Console.Error.WriteLineAsync(string.Join(" ", ex.Failures));
    return 1;
}

public partial class Program;
