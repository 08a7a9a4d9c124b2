using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.MatchingModel;

/// <summary>The match model in use: each field's weight for agreeing and disagreeing, and the name frequency adjustment.</summary>
public sealed class IndexModel(MatchModelStore store, PersonIndexHost host) : PageModel
{
    public StoredMatchModel? Stored { get; private set; }

    /// <summary>The stored model, or the one the index uses when none is stored yet (the default, for a small index).</summary>
    public MatchModel Model { get; private set; } = MatchModel.Default;

    /// <summary>True when this node scores with a model other than the newest stored one (it picks it up within seconds).</summary>
    public bool NodeBehind { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stored = await store.LatestAsync(cancellationToken);
        Model = Stored?.ToModel() ?? (host.IsReady ? (await host.GetAsync(cancellationToken)).Model : MatchModel.Default);
        NodeBehind = Stored is not null && host.IsReady && host.ModelId != Stored.Id;
    }
}
