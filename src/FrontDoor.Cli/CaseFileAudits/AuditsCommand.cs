using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.CaseFileAudits;

/// <summary>
/// <c>frontdoor audits draw --month YYYY-MM</c>: draws each team's case file audit sample for a month that has ended,
/// as the monthly job and the managers' button do. Idempotent: a team already sampled keeps its sample.
/// </summary>
public static class AuditsCommand
{
    /// <param name="settings">Configuration over appsettings.json and the environment; tests point the verb at their database.</param>
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var month = new Option<AuditMonth?>("--month") { Description = "The month whose closed contacts are sampled (yyyy-MM, UTC).", Required = true, CustomParser = Month };
        var draw = new Command("draw", "Draw each team's case file audit sample for a month that has ended.") { month };
        draw.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosen = parseResult.GetValue(month)!.Value;
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var sampler = session.Services.GetRequiredService<CaseFileAuditSampler>();
            var queues = session.Services.GetRequiredService<WorkQueueCatalogue>();
            IReadOnlyList<CaseFileAuditSample> samples;
            try
            {
                samples = await sampler.DrawAsync(chosen, CliSession.Actor, cancellationToken);
            }
            catch (DomainValidationException ex)
            {
                throw new UsageException(ex.Message + ".");
            }

            var report = new StringBuilder($"Case file audit samples for {chosen.Name}\n");
            if (samples.Count == 0)
            {
                report.Append("No team closed a contact in that month.\n");
            }

            foreach (var sample in samples)
            {
                var sampled = (await sampler.ContactsInAsync(sample.Id, cancellationToken)).Count;
                report.Append(CultureInfo.InvariantCulture, $"  {queues.NameOf(sample.TeamKey)}: {sampled} of {sample.ContactsClosed} closed contacts (seed {sample.Seed})\n");
            }

            await parseResult.InvocationConfiguration.Output.WriteAsync(report.ToString());
            return CommandLineRunner.Success;
        });
        return new Command("audits", "Case file audits: each team's monthly sample of closed contacts.") { draw };
    }

    private static AuditMonth? Month(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!AuditMonth.TryParse(text, out var month))
        {
            result.AddError($"--month must be a month written yyyy-MM; got '{text}'.");
            return null;
        }

        return month;
    }
}
