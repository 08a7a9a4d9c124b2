using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.People.Search;

public sealed class SearchAdmissionTests
{
    [Fact]
    public async Task WithALimit_TheNextSearchWaitsForATurn_AndTurnsAreGivenInArrivalOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admission = new SearchAdmission(Options.Create(new PersonMatchingOptions { MaxConcurrentSearches = 1 }));
        var first = await admission.EnterAsync(ct);
        var order = new List<string>();
        var second = Turn("second");
        var third = Turn("third");

        await Task.Delay(50, ct);
        Assert.Empty(order);
        first.Dispose();
        await Task.WhenAll(second, third);

        Assert.Equal(["second", "third"], order);

        async Task Turn(string name)
        {
            using var turn = await admission.EnterAsync(ct);
            lock (order)
            {
                order.Add(name);
            }

            await Task.Yield();
        }
    }

    [Fact]
    public async Task WithNoLimit_EverySearchIsAdmitted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admission = new SearchAdmission(Options.Create(new PersonMatchingOptions()));
        var turns = new List<SearchAdmission.Turn>();
        for (var i = 0; i < 100; i++)
        {
            var entering = admission.EnterAsync(ct);
            Assert.True(entering.IsCompletedSuccessfully);
            turns.Add(await entering);
        }

        turns.ForEach(t => t.Dispose());
    }
}
