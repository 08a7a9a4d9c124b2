using System.Net;
using System.Security.Claims;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>
/// Every page and endpoint says who may use it, and one that does not is refused to everyone. These are about routing
/// metadata, not storage, so they run on SQLite only.
/// </summary>
public sealed class FolderConventionsTests
{
    [Fact]
    public async Task EveryEndpoint_DeclaresWhoMayUseIt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database);

        var endpoints = factory.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).ToList();
        var undeclared = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(endpoint => endpoint.DisplayName)
            .ToList();

        Assert.Contains(endpoints, endpoint => endpoint.DisplayName == "/Staff/Duplicates/Index");
        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData("/Staff/Duplicates/Index", Policies.Managers)]
    [InlineData("/Staff/Calls/Import", Policies.Managers)]
    [InlineData("/Staff/PersonAccess/Index", Policies.Administrators)]
    [InlineData("/Staff/Imports/Index", Policies.Administrators)]
    [InlineData("/Staff/Imports/Run", Policies.Administrators)]
    [InlineData("/Staff/Contacts/Index", Policies.Staff)]
    [InlineData("/Staff/Queues/Index", Policies.Staff)]
    [InlineData("/Staff/Index", Policies.StaffArea)]
    [InlineData("/Staff/Audits/Mine", Policies.StaffArea)]
    [InlineData("/Staff/Contacts/Contact", Policies.ContactReaders)]
    public async Task StaffFolders_AskForTheirPolicy(string page, string policy)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database);

        var endpoint = factory.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).Single(e => e.DisplayName == page);

        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), data => data.Policy == policy);
        Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
    }

    [Theory]
    [InlineData("/Staff/Index")]
    [InlineData("/Staff/Audits/Mine")]
    [InlineData("/Staff/Audits/Case")]
    [InlineData("/Staff/Contacts/Contact")]
    public async Task PagesOpenToAuditors_DoNotAskForTheWorkingRoles(string page)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database);

        var endpoint = factory.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).Single(e => e.DisplayName == page);

        Assert.DoesNotContain(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), data => data.Policy == Policies.Staff);
    }

    [Fact]
    public async Task AnEndpointThatDeclaresNothing_IsRefused_EvenToAnAdministrator()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database);
        var authorisation = factory.Services.GetRequiredService<IAuthorizationService>();
        var fallback = await factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        var administrator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Administrator)], "test", ClaimTypes.Name, ClaimTypes.Role));
        var request = new DefaultHttpContext();
        request.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/undeclared"), 0, new EndpointMetadataCollection(), "a page added with no conventions"));

        Assert.NotNull(fallback);
        Assert.False((await authorisation.AuthorizeAsync(administrator, request, fallback)).Succeeded);
    }

    [Fact]
    public async Task AnUnknownAddress_IsNotFound_NotASignInPage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
