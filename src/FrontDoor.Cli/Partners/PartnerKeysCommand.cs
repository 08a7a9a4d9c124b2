using System.CommandLine;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.Partners;

/// <summary>
/// <c>frontdoor partner-keys issue|list|revoke</c>: the keys partner systems send referrals with. A key is shown
/// once, when issued; FrontDoor keeps only its hash.
/// </summary>
public static class PartnerKeysCommand
{
    /// <param name="settings">Configuration over appsettings.json and the environment; tests point the verbs at their database.</param>
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        new("partner-keys", "Issue, list and revoke the API keys partner systems send referrals with (POST /api/v1/contacts).")
        {
            Issue(settings),
            List(settings),
            Revoke(settings),
        };

    private static Command Issue(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var partner = new Option<string>("--partner") { Description = "The partner organisation's name, as staff see it on referrals (\"Testshire Police\").", Required = true };
        var type = new Option<ContactSource>("--organisation-type")
        {
            Description = $"What kind of partner it is: {PartnerOrganisationTypes.Names}.",
            Required = true,
            CustomParser = OptionParsers.OrganisationType,
        };
        var command = new Command("issue", "Issue a new key for a partner and show it once.") { partner, type };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var issued = await Keys(session).IssueAsync(parseResult.GetValue(partner)!, parseResult.GetValue(type), CliSession.Actor, CliSession.AuditOrigin, cancellationToken);

            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Partner key issued for {issued.Key.PartnerName} ({PartnerOrganisationTypes.NameOf(issued.Key.Source)}).");
            await output.WriteLineAsync($"id:  {issued.Key.Id}");
            await output.WriteLineAsync($"key: {issued.PlainTextKey}");
            await output.WriteLineAsync("Give the key to the partner now: FrontDoor keeps only its hash and cannot show it again.");
            return CommandLineRunner.Success;
        });
        return command;
    }

    private static Command List(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var command = new Command("list", "List every partner key: id, partner, type, when issued, when last used (to the minute), last referral sent with it, and whether it is revoked or a demo key. Never the key itself.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var keys = await Keys(session).ListAsync(cancellationToken);

            var output = parseResult.InvocationConfiguration.Output;
            if (keys.Count == 0)
            {
                await output.WriteLineAsync("No partner keys have been issued.");
                return CommandLineRunner.Success;
            }

            string[][] rows =
            [
                ["ID", "PARTNER", "TYPE", "ISSUED (UTC)", "LAST USED (UTC)", "LAST REFERRAL (UTC)", "STATUS"],
                .. keys.Select(k => new[]
                {
                    k.Id.ToString(),
                    k.PartnerName,
                    PartnerOrganisationTypes.NameOf(k.Source),
                    Time(k.CreatedAt),
                    k.LastUsedAt is { } used ? Time(used) : "never",
                    k.LastReferralAt is { } last ? Time(last) : "never",
                    Status(k),
                }),
            ];
            var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
            }

            return CommandLineRunner.Success;
        });
        return command;
    }

    private static Command Revoke(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var id = new Argument<Guid>("ID") { Description = "The key's id, as issue and list show it.", CustomParser = OptionParsers.Id };
        var command = new Command("revoke", "Revoke a partner key: the API refuses it from now on (401). Revoking cannot be undone.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var key = await Keys(session).RevokeAsync(parseResult.GetValue(id), CliSession.Actor, CliSession.AuditOrigin, cancellationToken);

            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Revoked partner key {key.Id} ({key.PartnerName}): the API refuses it from now on.");
            return CommandLineRunner.Success;
        });
        return command;
    }

    private static PartnerApiKeys Keys(CliSession session) =>
        new(session.Db, session.Services.GetRequiredService<TimeProvider>());

    // A demo key says so: it is published in the README and works only while FrontDoor:Demo is on.
    private static string Status(PartnerKeySummary key) => (key.RevokedAt, key.IsDemo) switch
    {
        ({ } revoked, _) => $"revoked {Time(revoked)}",
        (null, true) => "demo key (demo mode only)",
        _ => "active",
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
