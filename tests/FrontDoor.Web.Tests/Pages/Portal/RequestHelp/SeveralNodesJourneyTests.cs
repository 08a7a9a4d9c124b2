using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Portal.RequestHelp;

/// <summary>Two web nodes behind a load balancer with no sticky sessions: each page of a journey may land on either.</summary>
public sealed class SeveralNodesJourneyTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["FrontDoor:EmergencyDutyPhone"] = "0116 496 0777" };

    [Theory]
    [BothProviders]
    public async Task RequestForHelp_AnsweredOnAlternateNodes_KeepsEveryAnswerAndMakesOneContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var first = FrontDoorAppFactory.For(database, Settings);
        await using var second = FrontDoorAppFactory.For(database, Settings);
        using var balancer = new CookieContainerHandler(new CookieContainer()) { InnerHandler = new TakingTurns(first.Server.CreateHandler(), second.Server.CreateHandler()) };
        using var browser = new HttpClient(balancer) { BaseAddress = new Uri("https://localhost") };
        var journey = new RequestHelpClient(browser);

        await journey.StartAsync();
        foreach (var (path, fields) in RequestHelpClient.ForMyself)
        {
            await journey.AnswerAsync(path, fields);
        }

        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");
        var reference = await journey.SendAsync();

        Assert.Contains("Adeyemi", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("LE11 2TP", checkAnswers, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal(reference, contact.Reference.Value);
        Assert.Equal(("Margaret", "Okafor", "9434765919"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName, contact.ReportedPerson.ValidNhsNumber()?.Value));
    }

    /// <summary>Sends each request to the next node in turn.</summary>
    private sealed class TakingTurns(params HttpMessageHandler[] nodes) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] _nodes = [.. nodes.Select(node => new HttpMessageInvoker(node))];
        private int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _nodes[_next++ % _nodes.Length].SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            foreach (var node in _nodes)
            {
                node.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
